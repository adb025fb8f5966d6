// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "memoryforecast.h"

#include "snapshot/systemsnapshot.h"

void MemoryForecast::append(const SystemSnapshot &snapshot)
{
    if (!snapshot.meminfo.value)
        return;
    const auto available = snapshot.meminfo.value->value("MemAvailable");
    if (!available)
        return;
    const qint64 headroom = *available + snapshot.meminfo.value->value("SwapFree").value_or(0);
    // A clock that went back (a recording replayed again, the time set) starts the fit afresh.
    if (!m_samples.isEmpty() && snapshot.sampledAtMs <= m_samples.last().timeMs)
        m_samples.clear();
    m_samples.append({snapshot.sampledAtMs, headroom});
    while (m_samples.first().timeMs < snapshot.sampledAtMs - windowMs)
        m_samples.removeFirst();
}

std::optional<MemoryForecast::Forecast> MemoryForecast::forecast() const
{
    if (m_samples.size() < 3 || m_samples.last().timeMs - m_samples.first().timeMs < 10'000)
        return std::nullopt;
    // Least squares over (seconds since the first sample, headroom), in doubles around the means.
    const qint64 origin = m_samples.first().timeMs;
    double meanT = 0;
    double meanH = 0;
    for (const Sample &sample : m_samples) {
        meanT += double(sample.timeMs - origin) / 1000.0;
        meanH += double(sample.headroomBytes);
    }
    meanT /= double(m_samples.size());
    meanH /= double(m_samples.size());
    double covariance = 0;
    double variance = 0;
    for (const Sample &sample : m_samples) {
        const double t = double(sample.timeMs - origin) / 1000.0 - meanT;
        covariance += t * (double(sample.headroomBytes) - meanH);
        variance += t * t;
    }
    Forecast forecast;
    forecast.headroomBytes = m_samples.last().headroomBytes;
    forecast.bytesPerSecond = variance > 0 ? covariance / variance : 0;
    if (forecast.bytesPerSecond < 0)
        forecast.secondsLeft = double(forecast.headroomBytes) / -forecast.bytesPerSecond;
    return forecast;
}
