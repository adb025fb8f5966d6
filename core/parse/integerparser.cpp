// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "integerparser.h"

#include "textscan.h"

ParseResult<qint64> parseInteger(QByteArrayView text)
{
    ParseResult<qint64> result;
    const auto value = TextScan::toInt64(text);
    if (value)
        result.value = *value;
    else
        result.error = text.trimmed().isEmpty() ? QStringLiteral("empty file") : QStringLiteral("not an integer: %1").arg(TextScan::quoted(text.trimmed()));
    return result;
}
