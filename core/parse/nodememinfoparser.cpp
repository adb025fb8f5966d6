// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "nodememinfoparser.h"

#include "meminfoparser.h"
#include "textscan.h"

#include <climits>

ParseResult<NodeMeminfo> parseNodeMeminfo(QByteArrayView text)
{
    ParseResult<NodeMeminfo> result;
    TextScan::forEachLine(text, [&](QByteArrayView line, int number) {
        if (line.trimmed().isEmpty())
            return;
        QByteArrayView rest = line;
        const bool prefixed = TextScan::nextToken(rest) == "Node";
        const auto node = TextScan::toInt64(TextScan::nextToken(rest));
        QString problem;
        if (!prefixed || !node || *node < 0 || *node > INT_MAX)
            problem = QStringLiteral("not a \"Node N Name: value kB\" line: %1").arg(TextScan::quoted(line));
        else if (result.value.node >= 0 && *node != result.value.node)
            problem = QStringLiteral("a line for node %1 in node %2's file").arg(*node).arg(result.value.node);
        else
            problem = addMeminfoField(rest, result.value.values);
        if (problem.isEmpty())
            result.value.node = int(*node);
        else if (result.ok())
            result.error = TextScan::lineError(number, problem);
    });
    return result;
}
