// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parseresult.h"

#include <optional>

// One line of a PSI file: the share of wall time in which tasks stalled on memory, averaged over
// 10 s, 60 s and 300 s (percent), and the running total of stall time.
struct PressureLine {
    double avg10 = 0;
    double avg60 = 0;
    double avg300 = 0;
    qint64 totalMicroseconds = 0;

    bool operator==(const PressureLine &) const = default;
};

// /proc/pressure/memory and cgroup v2 memory.pressure. "some": at least one task stalled;
// "full": every non-idle task stalled at once. Older kernels have no "full" line for the CPU file,
// and a line may be missing in a truncated file, so both are optional.
struct Pressure {
    std::optional<PressureLine> some;
    std::optional<PressureLine> full;

    bool operator==(const Pressure &) const = default;
};

ParseResult<Pressure> parsePressure(QByteArrayView text);
