// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// unescapeOctal on any bytes, and on any bytes written the way the kernel escapes them: every
// byte as \ooo must come back as the byte it was.
#include "parse/octalescape.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(data, qsizetype(size));
    const QString path = unescapeOctal(text);
    // Without a backslash there is nothing to undo.
    if (!text.contains('\\') && path != QString::fromUtf8(text))
        abort();

    QByteArray escaped;
    for (const char c : text) {
        const auto byte = uchar(c);
        escaped += '\\';
        escaped += char('0' + (byte >> 6));
        escaped += char('0' + ((byte >> 3) & 7));
        escaped += char('0' + (byte & 7));
    }
    if (unescapeOctal(escaped) != QString::fromUtf8(text))
        abort();
    return 0;
}
