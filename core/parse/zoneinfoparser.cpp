// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "zoneinfoparser.h"

#include "textscan.h"

#include <limits>

namespace
{
// What a zone's block must have held; set bit by bit as lines are found.
enum Seen { Free = 1, High = 2, Managed = 4, Protection = 8, Complete = 15 };

// "(0, 3019, 8523, 8523, 8523)" -> the numbers; nullopt for anything else.
std::optional<QList<qint64>> parseProtection(QByteArrayView text)
{
    text = text.trimmed();
    if (!text.startsWith('(') || !text.endsWith(')'))
        return std::nullopt;
    QList<qint64> values;
    QByteArrayView rest = text.sliced(1).chopped(1);
    while (true) {
        const qsizetype comma = rest.indexOf(',');
        // lowmem_reserve is a long and never negative (setup_per_zone_lowmem_reserve divides
        // page counts).
        const auto value = TextScan::toInt64(comma < 0 ? rest : rest.first(comma));
        if (!value || *value < 0)
            return std::nullopt;
        values.append(*value);
        if (comma < 0)
            return values;
        rest = rest.sliced(comma + 1);
    }
}
}

ParseResult<QList<MemoryZone>> parseZoneinfo(QByteArrayView text)
{
    ParseResult<QList<MemoryZone>> result;
    std::optional<MemoryZone> zone;
    int seen = 0;
    bool inWatermarks = false; // between "pages free" and "protection:", where "high" is the watermark
    const auto fail = [&](int number, const QString &what) {
        if (result.ok())
            result.error = TextScan::lineError(number, what);
    };
    const auto finish = [&](int number) {
        if (zone && seen == Complete)
            result.value.append(*zone);
        else if (zone)
            fail(number,
                 QStringLiteral("zone %1 of node %2 lacks its free pages, high watermark, managed pages or protection")
                     .arg(QString::fromLatin1(zone->name))
                     .arg(zone->node));
        zone.reset();
    };
    int lines = 0;
    TextScan::forEachLine(text, [&](QByteArrayView line, int number) {
        lines = number;
        QByteArrayView rest = line;
        const QByteArrayView first = TextScan::nextToken(rest);
        if (first.isEmpty())
            return;
        if (first == "Node") {
            // "Node 0, zone      DMA"
            finish(number);
            const QByteArrayView nodeText = TextScan::nextToken(rest);
            const auto node = nodeText.endsWith(',') ? TextScan::toInt64(nodeText.chopped(1)) : std::nullopt;
            const QByteArrayView keyword = TextScan::nextToken(rest);
            const QByteArrayView name = TextScan::nextToken(rest);
            if (!node || *node < 0 || *node > std::numeric_limits<int>::max() || keyword != "zone" || name.isEmpty() || !TextScan::isPrintableName(name)
                || !rest.trimmed().isEmpty()) {
                fail(number, QStringLiteral("not a \"Node N, zone NAME\" line: %1").arg(TextScan::quoted(line)));
                return;
            }
            zone = MemoryZone();
            zone->node = int(*node);
            zone->name = name.toByteArray();
            seen = 0;
            inWatermarks = false;
            return;
        }
        if (!zone)
            return; // text outside a zone's block (none in kernels so far) is not ours
        if (first == "protection:") {
            const auto protection = parseProtection(rest);
            if (!protection) {
                fail(number, QStringLiteral("not a protection line: %1").arg(TextScan::quoted(line)));
                return;
            }
            zone->protection = *protection;
            seen |= Protection;
            inWatermarks = false;
            return;
        }
        const bool pagesFree = first == "pages" && TextScan::nextToken(rest) == "free";
        if (!pagesFree && !(inWatermarks && (first == "boost" || first == "high" || first == "managed")))
            return;
        const auto value = TextScan::toInt64(rest);
        if (!value || *value < 0) {
            fail(number, QStringLiteral("not a page count: %1").arg(TextScan::quoted(line)));
            return;
        }
        if (pagesFree) {
            zone->freePages = *value;
            seen |= Free;
            inWatermarks = true;
        } else if (first == "boost") {
            zone->boostPages = *value;
        } else if (first == "high") {
            zone->highPages = *value;
            seen |= High;
        } else {
            zone->managedPages = *value;
            seen |= Managed;
        }
    });
    finish(lines);
    if (result.value.isEmpty() && result.ok())
        result.error = text.trimmed().isEmpty() ? QStringLiteral("empty file") : QStringLiteral("no zones");
    return result;
}
