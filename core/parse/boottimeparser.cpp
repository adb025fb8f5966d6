// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "boottimeparser.h"

#include "textscan.h"

ParseResult<qint64> parseBootTime(QByteArrayView procStat)
{
    ParseResult<qint64> result;
    bool found = false;
    TextScan::forEachLine(procStat, [&](QByteArrayView line, int number) {
        if (found || !line.startsWith("btime "))
            return;
        found = true;
        const auto seconds = TextScan::toInt64(line.sliced(6));
        if (!seconds || *seconds <= 0)
            result.error = TextScan::lineError(number, QStringLiteral("not a boot time: %1").arg(TextScan::quoted(line)));
        else
            result.value = *seconds;
    });
    if (!found)
        result.error = QStringLiteral("no btime line");
    return result;
}
