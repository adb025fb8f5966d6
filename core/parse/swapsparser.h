// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parseresult.h"

#include <QList>
#include <QString>

// One active swap area from /proc/swaps.
struct SwapDevice {
    QString path; // "/dev/zram0", "/swapfile"; the kernel's \040-style escapes undone
    QByteArray type; // "partition", "file"
    qint64 sizeBytes = 0;
    qint64 usedBytes = 0;
    int priority = 0; // higher is used first; areas of equal priority are used round-robin

    bool operator==(const SwapDevice &) const = default;
};

// /proc/swaps: a header line, then one line per area. No swap is a header and nothing else.
ParseResult<QList<SwapDevice>> parseSwaps(QByteArrayView text);
