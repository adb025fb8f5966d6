// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parseresult.h"

#include <QByteArray>
#include <QList>

// One memory zone of /proc/zoneinfo: its free pages and the watermarks and reserves the page
// allocator keeps, all in pages. Only what the dirty thresholds need is kept (see
// snapshot/dirtythresholds.h); the per-node and per-CPU counters zoneinfo also prints are not.
struct MemoryZone {
    int node = 0;
    QByteArray name; // "DMA", "DMA32", "Normal", "Movable", "Device", "HighMem" (32-bit)
    qint64 freePages = 0;
    qint64 boostPages = 0; // watermark_boost, included in highPages; kernels before 5.0 have none
    qint64 highPages = 0; // the high watermark as the kernel prints it: base + boost
    qint64 managedPages = 0; // pages the buddy allocator manages; 0 for an empty zone
    QList<qint64> protection; // lowmem_reserve[], one per zone type, "protection: (0, 3019, ...)"

    bool operator==(const MemoryZone &) const = default;
};

// /proc/zoneinfo: every zone of every node, in the kernel's order (by node, then by zone type,
// so a zone's position within its node is its zone index). A zone that lacks free pages, the
// high watermark, managed pages or its protection line is reported and left out.
ParseResult<QList<MemoryZone>> parseZoneinfo(QByteArrayView text);
