// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseSmapsRollup on any bytes: counters and at most an error, never a crash, and no counter
// below zero, alone or summed.
#include "parse/smapsparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto rollup = parseSmapsRollup(QByteArrayView(data, qsizetype(size)));
    SmapsCounters twice = rollup.value;
    twice.add(rollup.value);
    for (int field = 0; field < SmapsCounters::FieldCount; ++field) {
        const auto which = SmapsCounters::Field(field);
        if (rollup.value.has(which) != twice.has(which))
            abort();
        if (rollup.value.has(which) && (*rollup.value.value(which) < 0 || *twice.value(which) < *rollup.value.value(which)))
            abort();
    }
    return 0;
}
