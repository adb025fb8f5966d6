// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/pressureparser.h"

#include <optional>

// Whether memory pressure is on, from the kernel's trigger and the averages each sample reads.
// An episode begins when the trigger fires or the share of time some task stalled on memory
// (avg10) reaches beginPercent; it ends once avg10 has stayed below endPercent, with no trigger,
// for quietMs. The gap between the two thresholds and the quiet time make one stall of a
// desktop one episode, not a bookmark every few seconds.
class PressureEpisode
{
public:
    static constexpr double beginPercent = 10;
    static constexpr double endPercent = 2;
    static constexpr qint64 quietMs = 30'000;

    enum class Change { None, Began, Ended };

    Change triggerFired(qint64 nowMs);
    Change sampled(const Pressure &pressure, qint64 nowMs);

    bool active() const
    {
        return m_beganAtMs.has_value();
    }
    // The highest avg10 seen in the episode (or the last one).
    double peakPercent() const
    {
        return m_peakPercent;
    }

private:
    Change begin(qint64 nowMs);

    std::optional<qint64> m_beganAtMs;
    qint64 m_lastPressedMs = 0; // the last trigger or high-enough average
    double m_peakPercent = 0;
};
