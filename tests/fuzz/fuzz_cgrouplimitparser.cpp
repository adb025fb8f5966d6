// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseCgroupLimit on any bytes: a limit or an error, never a crash; a limit is unlimited or a
// byte count below the "no limit" threshold.
#include "parse/cgrouplimitparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto limit = parseCgroupLimit(QByteArrayView(data, qsizetype(size)));
    if (limit.value.bytes < 0 || limit.value.bytes >= (qint64(1) << 62) || (limit.value.unlimited && limit.value.bytes != 0))
        abort();
    if (!limit.ok() && (limit.value.unlimited || limit.value.bytes != 0))
        abort();
    return 0;
}
