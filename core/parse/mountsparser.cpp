// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mountsparser.h"

#include "octalescape.h"
#include "textscan.h"

ParseResult<QList<MountEntry>> parseMounts(QByteArrayView text)
{
    ParseResult<QList<MountEntry>> result;
    TextScan::forEachLine(text, [&](QByteArrayView line, int number) {
        if (line.trimmed().isEmpty())
            return;
        QByteArrayView rest = line;
        const QByteArrayView source = TextScan::nextToken(rest);
        const QByteArrayView mountPoint = TextScan::nextToken(rest);
        const QByteArrayView type = TextScan::nextToken(rest);
        const QByteArrayView options = TextScan::nextToken(rest);
        // The kernel always writes 0 for the dump frequency and fsck pass.
        const auto dump = TextScan::toInt64(TextScan::nextToken(rest));
        const auto pass = TextScan::toInt64(TextScan::nextToken(rest));
        if (source.isEmpty() || !mountPoint.startsWith('/') || !TextScan::isPrintableName(type) || !TextScan::isPrintableName(options) || !dump || !pass
            || !rest.trimmed().isEmpty()) {
            if (result.ok())
                result.error = TextScan::lineError(number, QStringLiteral("not a mount line: %1").arg(TextScan::quoted(line)));
            return;
        }
        result.value.append({unescapeOctal(source), unescapeOctal(mountPoint), type.toByteArray(), options.toByteArray()});
    });
    return result;
}
