// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseBootTime on any bytes (a whole /proc/stat): a time or an error, never a crash.
#include "parse/boottimeparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto bootTime = parseBootTime(QByteArrayView(data, qsizetype(size)));
    if (bootTime.ok() ? bootTime.value <= 0 : bootTime.value != 0)
        abort();
    return 0;
}
