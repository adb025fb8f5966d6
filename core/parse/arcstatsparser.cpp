// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "arcstatsparser.h"

#include "textscan.h"

#include <algorithm>
#include <limits>

ParseResult<NamedValues> parseArcstats(QByteArrayView text)
{
    return TextScan::parseWholeLines(text, [](QByteArrayView whole) {
        ParseResult<NamedValues> result;
        const auto fail = [&result](int number, const QString &what) {
            if (result.error.isEmpty())
                result.error = TextScan::lineError(number, what);
        };
        bool columns = false;
        TextScan::forEachLine(whole, [&](QByteArrayView line, int number) {
            QByteArrayView rest = line;
            const QByteArrayView name = TextScan::nextToken(rest);
            const QByteArrayView type = TextScan::nextToken(rest);
            const QByteArrayView data = TextScan::nextToken(rest);
            if (number == 1)
                return; // the kstat header: its id, type, flags, count, size and times
            if (!columns) {
                columns = name == "name" && type == "type" && data == "data" && TextScan::nextToken(rest).isEmpty();
                if (!columns)
                    fail(number, QStringLiteral("no \"name type data\" line: %1").arg(TextScan::quoted(line)));
                return;
            }
            if (line.trimmed().isEmpty())
                return;
            const std::optional<qint64> kind = TextScan::toInt64(type);
            if (!TextScan::isPrintableName(name) || !kind || data.isEmpty() || !TextScan::nextToken(rest).isEmpty()) {
                fail(number, QStringLiteral("not a statistic: %1").arg(TextScan::quoted(line)));
                return;
            }
            if (*kind < 1 || *kind > 4)
                return; // a character or string statistic
            // Unsigned 64-bit values above what a signed one holds do not describe memory.
            const std::optional<qint64> value = *kind == 1 || *kind == 3 ? TextScan::toInt64(data) : std::optional<qint64>();
            const std::optional<quint64> unsignedValue = *kind == 2 || *kind == 4 ? TextScan::toUInt64(data) : std::optional<quint64>();
            if (!value && !(unsignedValue && *unsignedValue <= quint64(std::numeric_limits<qint64>::max()))) {
                fail(number, QStringLiteral("%1 is not a number of its type: %2").arg(QString::fromLatin1(name), TextScan::quoted(data)));
                return;
            }
            result.value.append({name.toByteArray(), value ? *value : qint64(*unsignedValue), NamedValue::Unit::Number});
        });
        if (!columns && result.error.isEmpty())
            result.error = QStringLiteral("not an arcstats file: no statistics");
        return result;
    });
}

std::optional<ArcSize> arcSizeOf(const NamedValues &arcstats)
{
    const auto size = arcstats.value("size");
    const auto minimum = arcstats.value("c_min");
    const auto maximum = arcstats.value("c_max");
    if (!size || !minimum || !maximum || *size < 0 || *minimum < 0 || *maximum < 0)
        return std::nullopt;
    return ArcSize{*size, *minimum, *maximum};
}
