// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "textescape.h"

#include <QList>

#include <algorithm>

namespace
{
bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

// The characters that change the direction of the text around them, and the separators that
// break a line where none was written.
bool isDirectionalOrSeparator(char16_t c)
{
    return c == 0x061c // ARABIC LETTER MARK
        || c == 0x200e || c == 0x200f // LEFT-TO-RIGHT and RIGHT-TO-LEFT MARK
        || (c >= 0x202a && c <= 0x202e) // embeddings, overrides and POP DIRECTIONAL FORMATTING
        || (c >= 0x2066 && c <= 0x2069) // isolates and POP DIRECTIONAL ISOLATE
        || c == 0x2028 || c == 0x2029; // LINE and PARAGRAPH SEPARATOR
}
}

QString TextEscape::visible(const QString &text)
{
    qsizetype first = 0;
    while (first < text.size() && !isControl(text[first].unicode()) && !isDirectionalOrSeparator(text[first].unicode()))
        ++first;
    if (first == text.size())
        return text; // the usual case: nothing to escape, and no copy made
    QString out = text.first(first);
    out.reserve(text.size() + 16);
    for (const QChar ch : QStringView(text).sliced(first)) {
        const char16_t c = ch.unicode();
        if (isControl(c))
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else if (isDirectionalOrSeparator(c))
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += ch;
    }
    return out;
}

QString TextEscape::csvCell(const QString &text)
{
    QString cell = visible(text);
    if (!cell.isEmpty() && (cell[0] == u'=' || cell[0] == u'+' || cell[0] == u'-' || cell[0] == u'@'))
        cell.prepend(u'\'');
    return cell;
}

QString TextEscape::forDialog(const QString &text, qsizetype maxLength)
{
    QString out;
    for (const char32_t c : visible(text).toUcs4()) {
        if (QChar::category(c) == QChar::Other_Format)
            out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
        else
            out += QString::fromUcs4(&c, 1);
    }
    if (out.size() > maxLength) {
        out.truncate(std::max<qsizetype>(maxLength - 1, 0));
        if (!out.isEmpty() && out.back().isHighSurrogate())
            out.chop(1); // never half a character
        out += u'…';
    }
    return out;
}
