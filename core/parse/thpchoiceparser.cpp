// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thpchoiceparser.h"

#include "textscan.h"

ParseResult<ThpChoice> parseThpChoice(QByteArrayView text)
{
    ParseResult<ThpChoice> result;
    QByteArrayView rest = text.trimmed();
    if (rest.contains('\n')) {
        result.error = QStringLiteral("more than one line");
        return result;
    }
    for (QByteArrayView token = TextScan::nextToken(rest); !token.isEmpty(); token = TextScan::nextToken(rest)) {
        const bool bracketed = token.size() > 2 && token.startsWith('[') && token.endsWith(']');
        const QByteArrayView choice = bracketed ? token.sliced(1, token.size() - 2) : token;
        if (!TextScan::isPrintableName(choice) || choice.contains('[') || choice.contains(']') || result.value.offered.contains(choice)) {
            result.error = QStringLiteral("not a choice list: %1").arg(TextScan::quoted(text.trimmed()));
            return result;
        }
        if (bracketed) {
            if (!result.value.selected.isEmpty()) {
                result.error = QStringLiteral("more than one choice is marked active");
                return result;
            }
            result.value.selected = choice.toByteArray();
        }
        result.value.offered.append(choice.toByteArray());
    }
    if (result.value.selected.isEmpty())
        result.error = result.value.offered.isEmpty() ? QStringLiteral("empty file") : QStringLiteral("no choice is marked active");
    return result;
}
