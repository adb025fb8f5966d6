// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parseresult.h"

#include <optional>

// /sys/block/zramN/mm_stat: what a zram device holds and what that costs. Sizes are in bytes,
// page counts in pages of the kernel's page size.
struct ZramStats {
    qint64 origDataBytes = 0; // data stored, before compression
    qint64 comprDataBytes = 0; // the same data compressed
    qint64 memUsedTotalBytes = 0; // memory zram really takes: compressed data plus allocator overhead
    qint64 memLimitBytes = 0; // 0: no limit set
    qint64 memUsedMaxBytes = 0; // the peak of memUsedTotalBytes
    qint64 samePages = 0; // pages of one repeated word (zeros, mostly): stored without memory
    qint64 pagesCompacted = 0;
    std::optional<qint64> hugePages; // incompressible pages stored whole; absent before the kernel counted them
    std::optional<qint64> hugePagesSince; // ever stored as huge; newer kernels only

    // orig / compr: how many bytes of data one byte of compressed data stands for. There is no
    // ratio while nothing is compressed (an empty device, or one holding only same pages).
    std::optional<double> compressionRatio() const
    {
        if (comprDataBytes <= 0)
            return std::nullopt;
        return double(origDataBytes) / double(comprDataBytes);
    }

    bool operator==(const ZramStats &) const = default;
};

// One line of whitespace-separated counters. Kernels added columns over time; the first seven
// are in every kernel that has mm_stat, the rest are optional and columns after them ignored.
ParseResult<ZramStats> parseZramMmStat(QByteArrayView text);
