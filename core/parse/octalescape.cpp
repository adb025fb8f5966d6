// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "octalescape.h"

static bool isOctal(char c)
{
    return c >= '0' && c <= '7';
}

// An escape stands for one byte, so its first digit is at most 3 ("\377"); "\777" is not one.
static bool isEscape(QByteArrayView text, qsizetype at)
{
    return text[at] == '\\' && at + 3 < text.size() && text[at + 1] >= '0' && text[at + 1] <= '3' && isOctal(text[at + 2]) && isOctal(text[at + 3]);
}

QString unescapeOctal(QByteArrayView text)
{
    QByteArray raw;
    raw.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isEscape(text, i)) {
            raw += char(((text[i + 1] - '0') << 6) | ((text[i + 2] - '0') << 3) | (text[i + 3] - '0'));
            i += 3;
        } else {
            raw += text[i];
        }
    }
    return QString::fromUtf8(raw);
}
