// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "swapsparser.h"

#include "octalescape.h"
#include "textscan.h"

#include <climits>
#include <limits>

ParseResult<QList<SwapDevice>> parseSwaps(QByteArrayView text)
{
    ParseResult<QList<SwapDevice>> result;
    bool sawHeader = false;
    TextScan::forEachLine(text, [&](QByteArrayView line, int number) {
        if (line.trimmed().isEmpty())
            return;
        if (!sawHeader) {
            sawHeader = true;
            if (line.startsWith("Filename"))
                return;
            result.error = TextScan::lineError(number, QStringLiteral("expected the \"Filename Type Size Used Priority\" header"));
        }
        QByteArrayView rest = line;
        const QByteArrayView path = TextScan::nextToken(rest);
        const QByteArrayView type = TextScan::nextToken(rest);
        const auto size = TextScan::toInt64(TextScan::nextToken(rest));
        const auto used = TextScan::toInt64(TextScan::nextToken(rest));
        const auto priority = TextScan::toInt64(TextScan::nextToken(rest));
        const bool sane = size && used && priority && *size >= 0 && *used >= 0 && *used <= *size && *size <= std::numeric_limits<qint64>::max() / 1024
            && *priority >= INT_MIN && *priority <= INT_MAX && rest.trimmed().isEmpty();
        if (path.isEmpty() || type.isEmpty() || !sane) {
            if (result.ok())
                result.error = TextScan::lineError(number, QStringLiteral("not a swap area line: %1").arg(TextScan::quoted(line)));
            return;
        }
        result.value.append({unescapeOctal(path), type.toByteArray(), *size * 1024, *used * 1024, int(*priority)});
    });
    return result;
}
