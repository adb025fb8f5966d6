// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "zrammmstatparser.h"

#include "textscan.h"

#include <QList>

ParseResult<ZramStats> parseZramMmStat(QByteArrayView text)
{
    ParseResult<ZramStats> result;
    QByteArrayView rest = text;
    if (rest.endsWith('\n'))
        rest.chop(1);
    if (rest.contains('\n')) {
        result.error = QStringLiteral("more than one line");
        return result;
    }
    QList<qint64> columns;
    for (QByteArrayView token = TextScan::nextToken(rest); !token.isEmpty(); token = TextScan::nextToken(rest)) {
        const auto number = TextScan::toInt64(token);
        if (!number || *number < 0) {
            result.error = QStringLiteral("not a counter: %1").arg(TextScan::quoted(token));
            return result;
        }
        columns.append(*number);
    }
    constexpr qsizetype required = 7;
    if (columns.size() < required) {
        result.error = QStringLiteral("%1 columns where at least %2 were expected").arg(columns.size()).arg(required);
        return result;
    }
    ZramStats &stats = result.value;
    stats.origDataBytes = columns[0];
    stats.comprDataBytes = columns[1];
    stats.memUsedTotalBytes = columns[2];
    stats.memLimitBytes = columns[3];
    stats.memUsedMaxBytes = columns[4];
    stats.samePages = columns[5];
    stats.pagesCompacted = columns[6];
    if (columns.size() > 7)
        stats.hugePages = columns[7];
    if (columns.size() > 8)
        stats.hugePagesSince = columns[8];
    return result;
}
