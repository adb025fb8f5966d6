// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseZramMmStat on any bytes: counters or an error, never a crash; no counter below zero and
// no ratio that is not a number.
#include "parse/zrammmstatparser.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto mmStat = parseZramMmStat(QByteArrayView(data, qsizetype(size)));
    const ZramStats &stats = mmStat.value;
    for (const qint64 counter : {stats.origDataBytes,
                                 stats.comprDataBytes,
                                 stats.memUsedTotalBytes,
                                 stats.memLimitBytes,
                                 stats.memUsedMaxBytes,
                                 stats.samePages,
                                 stats.pagesCompacted,
                                 stats.hugePages.value_or(0),
                                 stats.hugePagesSince.value_or(0)}) {
        if (counter < 0)
            abort();
    }
    if (const auto ratio = stats.compressionRatio(); ratio && !(std::isfinite(*ratio) && *ratio >= 0))
        abort();
    return 0;
}
