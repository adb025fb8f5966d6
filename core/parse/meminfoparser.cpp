// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "meminfoparser.h"

#include "textscan.h"

QString addMeminfoField(QByteArrayView field, NamedValues &values)
{
    const auto split = TextScan::splitKeyValue(field, ':');
    std::optional<qint64> value;
    NamedValue::Unit unit = NamedValue::Unit::Bytes;
    if (split && TextScan::isPrintableName(split->key)) {
        value = TextScan::kibibytesToBytes(split->value);
        if (!value) {
            value = TextScan::toInt64(split->value);
            unit = NamedValue::Unit::Number;
        }
    }
    if (!split || !value || *value < 0)
        return QStringLiteral("not a \"Name: value kB\" field: %1").arg(TextScan::quoted(field));
    if (values.contains(split->key))
        return QStringLiteral("field %1 appears twice; the first is kept").arg(TextScan::quoted(split->key));
    values.append({split->key.toByteArray(), *value, unit});
    return QString();
}

ParseResult<NamedValues> parseMeminfo(QByteArrayView text)
{
    ParseResult<NamedValues> result;
    TextScan::forEachLine(text, [&](QByteArrayView line, int number) {
        if (line.trimmed().isEmpty())
            return;
        const QString problem = addMeminfoField(line, result.value);
        if (!problem.isEmpty() && result.ok())
            result.error = TextScan::lineError(number, problem);
    });
    return result;
}
