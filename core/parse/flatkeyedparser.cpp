// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "flatkeyedparser.h"

#include "textscan.h"

ParseResult<NamedValues> parseFlatKeyed(QByteArrayView text)
{
    ParseResult<NamedValues> result;
    TextScan::forEachLine(text, [&](QByteArrayView line, int number) {
        if (line.trimmed().isEmpty())
            return;
        const auto field = TextScan::splitKeyValue(line, ' ');
        const auto value = field && TextScan::isPrintableName(field->key) ? TextScan::toInt64(field->value) : std::nullopt;
        if (!value) {
            if (result.ok())
                result.error = TextScan::lineError(number, QStringLiteral("not a \"name number\" line: %1").arg(TextScan::quoted(line)));
            return;
        }
        if (result.value.contains(field->key)) {
            if (result.ok())
                result.error = TextScan::lineError(number, QStringLiteral("counter %1 appears twice; the first is kept").arg(TextScan::quoted(field->key)));
            return;
        }
        result.value.append({field->key.toByteArray(), *value, NamedValue::Unit::Number});
    });
    return result;
}
