// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>

// A kernel counter's change per second between two samples.
struct CounterRate {
    QByteArray name;
    double perSecond = 0;

    bool operator==(const CounterRate &) const = default;
};
