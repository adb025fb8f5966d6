// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/sysroot.h"

#include <QString>

#include <optional>

// `memlens --watch`: the background watcher (see Watcher), one per user. Started by the systemd
// user unit memlens-watch.service, or by the XDG autostart entry where there is no systemd user
// instance; a second one started meanwhile says so and leaves.
namespace WatchCommand
{
// Given on the command line; what is not given comes from the settings (WatcherSettings).
struct Options {
    QString recordingDirectory; // empty: WatcherSettings::recordingDirectory()
    std::optional<int> recordingMiB;
    std::optional<int> recordingHours;
    int calmIntervalMs = 10'000; // between samples while there is no pressure
};

// Runs until the watcher is stopped; the exit code for main().
int run(const SysRoot &root, const Options &options);
}
