// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseHugePageDirectory on any bytes: a page size that is a power of two of at least 4 KiB, or
// an error and no size.
#include "parse/hugepagedirectory.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto pageSize = parseHugePageDirectory(QByteArrayView(data, qsizetype(size)));
    if (pageSize.ok() ? pageSize.value < 4096 || (pageSize.value & (pageSize.value - 1)) != 0 : pageSize.value != 0)
        abort();
    return 0;
}
