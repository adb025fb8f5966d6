// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tuningeffect.h"

#include "model/systemhistory.h"

#include <algorithm>

TuningEffect TuningEffect::measure(const SystemHistory &history, qint64 atMs, qint64 nowMs)
{
    const auto window = [&history](qint64 from, qint64 to) {
        return Window{history.pressure()->average(SystemHistory::SomeAvg10Column, from, to),
                      history.activity()->average(SystemHistory::SwapOutColumn, from, to),
                      history.activity()->average(SystemHistory::MajorFaultColumn, from, to)};
    };
    return {window(atMs - windowMs, atMs), window(atMs, atMs + windowMs), std::clamp<qint64>(nowMs - atMs, 0, windowMs)};
}
