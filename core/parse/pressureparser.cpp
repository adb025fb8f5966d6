// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pressureparser.h"

#include "textscan.h"

static std::optional<double> percentage(QByteArrayView text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !(value >= 0 && value <= 100))
        return std::nullopt;
    return value;
}

// "avg10=0.00 avg60=0.00 avg300=0.00 total=0"; every key must be present exactly once.
static std::optional<PressureLine> parseLine(QByteArrayView rest)
{
    PressureLine line;
    int seen = 0;
    for (QByteArrayView token = TextScan::nextToken(rest); !token.isEmpty(); token = TextScan::nextToken(rest)) {
        const auto field = TextScan::splitKeyValue(token, '=');
        if (!field)
            return std::nullopt;
        std::optional<double> average;
        if (field->key == "total") {
            const auto total = TextScan::toInt64(field->value);
            if (!total || *total < 0 || (seen & 8))
                return std::nullopt;
            line.totalMicroseconds = *total;
            seen |= 8;
            continue;
        }
        average = percentage(field->value);
        int bit = 0;
        double *target = nullptr;
        if (field->key == "avg10") {
            bit = 1;
            target = &line.avg10;
        } else if (field->key == "avg60") {
            bit = 2;
            target = &line.avg60;
        } else if (field->key == "avg300") {
            bit = 4;
            target = &line.avg300;
        }
        if (!target || !average || (seen & bit))
            return std::nullopt;
        *target = *average;
        seen |= bit;
    }
    if (seen != 15)
        return std::nullopt;
    return line;
}

ParseResult<Pressure> parsePressure(QByteArrayView text)
{
    ParseResult<Pressure> result;
    TextScan::forEachLine(text, [&](QByteArrayView line, int number) {
        if (line.trimmed().isEmpty())
            return;
        QByteArrayView rest = line;
        const QByteArrayView kind = TextScan::nextToken(rest);
        std::optional<PressureLine> *target = kind == "some" ? &result.value.some : kind == "full" ? &result.value.full : nullptr;
        const auto parsed = target ? parseLine(rest) : std::nullopt;
        if (!parsed || target->has_value()) {
            if (result.ok())
                result.error = TextScan::lineError(number, QStringLiteral("not a pressure line: %1").arg(TextScan::quoted(line)));
            return;
        }
        *target = parsed;
    });
    if (result.ok() && !result.value.some)
        result.error = QStringLiteral("no \"some\" line");
    return result;
}
