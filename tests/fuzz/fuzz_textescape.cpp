// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// TextEscape on any bytes a process could put in its name or command line: what it shows holds
// no control or bidi character, keeps every other character in order, and a CSV cell never
// starts a formula.
#include "format/textescape.h"

#include <QRegularExpression>

#include <cstdint>
#include <cstdlib>

namespace
{
bool escaped(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028 || c == 0x2029;
}
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QRegularExpression escape(QStringLiteral("\\\\(x[0-9a-f]{2}|u[0-9a-f]{4})"));
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString shown = TextEscape::visible(text);
    QString kept;
    for (const char32_t c : text.toUcs4()) {
        if (!escaped(c))
            kept += QString::fromUcs4(&c, 1);
    }
    for (const char32_t c : shown.toUcs4()) {
        if (escaped(c))
            abort();
    }
    // Without a backslash of its own, what shows less the escapes is the rest, in order.
    if (!text.contains(u'\\') && QString(shown).remove(escape) != kept)
        abort();
    const QString cell = TextEscape::csvCell(text);
    if (!cell.isEmpty() && (cell[0] == u'=' || cell[0] == u'+' || cell[0] == u'-' || cell[0] == u'@'))
        abort();
    return 0;
}
