// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>

#include <optional>

struct SystemSnapshot;

// When memory would run out at the rate it is going: a straight line fitted to MemAvailable plus
// free swap over the last minute, and where it meets zero. The kernel's OOM killer acts when both
// are gone; earlyoom and systemd-oomd act earlier, so this is the latest moment, not the moment.
class MemoryForecast
{
public:
    struct Forecast {
        qint64 headroomBytes = 0; // MemAvailable + SwapFree now
        double bytesPerSecond = 0; // the fitted rate: negative while memory is being used up
        std::optional<double> secondsLeft; // until the headroom is gone; none while it is not shrinking
    };

    // Samples older than this leave the fit: long enough to smooth a tick's noise, short enough
    // to follow a program that started eating memory a minute ago.
    static constexpr qint64 windowMs = 60'000;

    // Keeps the snapshot's figures; one without MemAvailable (kernels before 3.14) adds nothing.
    void append(const SystemSnapshot &snapshot);
    // Nothing until the samples span 10 s.
    std::optional<Forecast> forecast() const;

private:
    struct Sample {
        qint64 timeMs = 0;
        qint64 headroomBytes = 0;
    };
    QList<Sample> m_samples; // oldest first, within windowMs of the newest
};
