// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseInteger (one-number files) on any bytes: a result or an error, never a crash; a number it
// accepts reads back the same when written out again.
#include "parse/integerparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto parsed = parseInteger(QByteArrayView(data, qsizetype(size)));
    if (parsed.ok()) {
        const QByteArray written = QByteArray::number(parsed.value) + '\n';
        const auto again = parseInteger(written);
        if (!again.ok() || again.value != parsed.value)
            abort();
    } else if (parsed.value != 0) {
        abort();
    }
    return 0;
}
