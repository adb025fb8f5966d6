// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parsePressure (PSI files) on any bytes: a result and at most an error, never a crash; what it
// keeps are percentages and a stall total that cannot be negative.
#include "parse/pressureparser.h"

#include <cstdint>
#include <cstdlib>

static void check(const std::optional<PressureLine> &line)
{
    if (!line)
        return;
    for (const double average : {line->avg10, line->avg60, line->avg300}) {
        if (!(average >= 0 && average <= 100))
            abort();
    }
    if (line->totalMicroseconds < 0)
        abort();
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto pressure = parsePressure(QByteArrayView(data, qsizetype(size)));
    check(pressure.value.some);
    check(pressure.value.full);
    // A file without a "some" line is never fully understood.
    if (pressure.ok() && !pressure.value.some)
        abort();
    return 0;
}
