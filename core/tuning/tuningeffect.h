// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

#include <optional>

class SystemHistory;

// What a change did, in the figures that show a machine short of memory: pressure (PSI some,
// the kernel's 10 s average), data written to swap and major page faults, each averaged over the
// minute before the change and the minute after it.
struct TuningEffect {
    struct Window {
        std::optional<double> pressurePercent;
        std::optional<double> swapOutBytesPerSecond;
        std::optional<double> majorFaultsPerSecond;
        bool operator==(const Window &) const = default;
    };
    Window before;
    Window after;
    qint64 afterMs = 0; // how much of the minute after has passed (windowMs once it has)

    static constexpr qint64 windowMs = 60'000;

    bool operator==(const TuningEffect &) const = default;
    bool settled() const
    {
        return afterMs >= windowMs;
    }

    static TuningEffect measure(const SystemHistory &history, qint64 atMs, qint64 nowMs);
};
