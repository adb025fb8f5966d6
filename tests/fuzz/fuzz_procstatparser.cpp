// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseProcStat on any bytes: a result or an error, never a crash. The name ends at the last
// ')', so whatever the name holds, a stat line rebuilt around it parses to the same name.
#include "parse/procstatparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(data, qsizetype(size));
    const auto stat = parseProcStat(text);
    if (!stat.ok())
        return 0;
    // Field 3 (state) to 24 (rss): 22 fields after the name.
    QByteArray rebuilt = "1 (" + stat.value.comm.toUtf8() + ") S";
    for (int field = 4; field <= 24; ++field)
        rebuilt += ' ' + QByteArray::number(field);
    const auto again = parseProcStat(rebuilt);
    if (!again.ok() || again.value.comm != stat.value.comm || again.value.rssPages != 24)
        abort();
    return 0;
}
