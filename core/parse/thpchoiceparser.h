// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parseresult.h"

#include <QByteArrayList>

// A sysfs choice file such as /sys/kernel/mm/transparent_hugepage/enabled:
// "always [madvise] never" — the values this kernel offers, the active one in brackets.
struct ThpChoice {
    QByteArray selected;
    QByteArrayList offered;

    bool operator==(const ThpChoice &) const = default;
};

ParseResult<ThpChoice> parseThpChoice(QByteArrayView text);
