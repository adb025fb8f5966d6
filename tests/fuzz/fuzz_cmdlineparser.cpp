// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseCmdline on any bytes: never fails, and gives one argument per NUL-separated string.
#include "parse/cmdlineparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArrayView text(data, qsizetype(size));
    const QStringList arguments = parseCmdline(text);
    while (text.endsWith('\0'))
        text.chop(1);
    if (arguments.size() != (text.isEmpty() ? 0 : text.count('\0') + 1))
        abort();
    return 0;
}
