// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pressureepisode.h"

PressureEpisode::Change PressureEpisode::begin(qint64 nowMs)
{
    m_lastPressedMs = nowMs;
    if (m_beganAtMs)
        return Change::None;
    m_beganAtMs = nowMs;
    m_peakPercent = 0;
    return Change::Began;
}

PressureEpisode::Change PressureEpisode::triggerFired(qint64 nowMs)
{
    return begin(nowMs);
}

PressureEpisode::Change PressureEpisode::sampled(const Pressure &pressure, qint64 nowMs)
{
    if (!pressure.some)
        return Change::None;
    const double percent = pressure.some->avg10;
    Change change = Change::None;
    if (percent >= beginPercent)
        change = begin(nowMs);
    else if (percent >= endPercent && m_beganAtMs)
        m_lastPressedMs = nowMs;
    if (m_beganAtMs)
        m_peakPercent = std::max(m_peakPercent, percent);
    if (m_beganAtMs && nowMs - m_lastPressedMs >= quietMs) {
        m_beganAtMs.reset();
        return Change::Ended;
    }
    return change;
}
