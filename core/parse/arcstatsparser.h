// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "namedvalues.h"
#include "parseresult.h"

#include <algorithm>
#include <optional>

// OpenZFS's /proc/spl/kstat/zfs/arcstats: a kstat header line, a "name type data" line, then a
// row per statistic. The numeric rows (types 1 to 4: signed and unsigned, 32 and 64 bits) under
// their names, in bytes where the statistic is a size (size, c, c_min, c_max, ...); rows of
// another type are passed over, a row that is not one is said.
ParseResult<NamedValues> parseArcstats(QByteArrayView text);

// What the ARC holds and could give back: it shrinks under memory pressure down to c_min. Linux's
// MemAvailable leaves it out, although most of it behaves as cache.
struct ArcSize {
    qint64 size = 0; // the ARC now
    qint64 minimum = 0; // c_min: what it keeps however short memory is
    qint64 maximum = 0; // c_max
    qint64 shrinkable() const
    {
        return std::max<qint64>(0, size - minimum);
    }
    bool operator==(const ArcSize &) const = default;
};

// The ARC's figures from parsed arcstats, or nothing where size, c_min or c_max is missing.
std::optional<ArcSize> arcSizeOf(const NamedValues &arcstats);
