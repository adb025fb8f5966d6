// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseSwaps on any bytes: a result and at most an error, never a crash, and only swap areas
// whose figures could be real.
#include "parse/swapsparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto swaps = parseSwaps(QByteArrayView(data, qsizetype(size)));
    for (const SwapDevice &area : swaps.value) {
        if (area.path.isEmpty() || area.type.isEmpty() || area.sizeBytes < 0 || area.usedBytes < 0 || area.usedBytes > area.sizeBytes)
            abort();
    }
    return 0;
}
