// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseDrmFdinfo (a GPU client's /proc/PID/fdinfo/FD) on any bytes: a client or nothing and at
// most an error, never a crash; a client has a driver, printable names and no negative memory.
#include "parse/drmfdinfoparser.h"
#include "parse/textscan.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed = parseDrmFdinfo(QByteArrayView(data, qsizetype(size)));
    if (!parsed.value)
        return 0;
    if (!TextScan::isPrintableName(parsed.value->driver))
        abort();
    for (auto region = parsed.value->regions.cbegin(); region != parsed.value->regions.cend(); ++region) {
        if (!TextScan::isPrintableName(region.key()))
            abort();
        for (const std::optional<qint64> &bytes : {region->total, region->shared, region->resident, region->purgeable, region->active}) {
            if (bytes && *bytes < 0)
                abort();
        }
    }
    return 0;
}
