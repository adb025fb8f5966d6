// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseArcstats (OpenZFS's /proc/spl/kstat/zfs/arcstats) on any bytes: statistics and at most an
// error, never a crash; names are printable, and an ARC it describes has no negative size.
#include "parse/arcstatsparser.h"
#include "parse/textscan.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed = parseArcstats(QByteArrayView(data, qsizetype(size)));
    for (const NamedValue &value : parsed.value.list()) {
        if (!TextScan::isPrintableName(value.name))
            abort();
    }
    if (const auto arc = arcSizeOf(parsed.value); arc && (arc->size < 0 || arc->minimum < 0 || arc->shrinkable() < 0))
        abort();
    return 0;
}
