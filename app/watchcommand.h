// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/sysroot.h"
#include "record/rollingrecorder.h"
#include "watch/notifier.h"

#include <QString>

// `memlens --watch`: the background watcher (see Watcher), one per user. Started by the systemd
// user unit memlens-watch.service, or by the XDG autostart entry where there is no systemd user
// instance; a second one started meanwhile says so and leaves.
namespace WatchCommand
{
struct Options {
    QString recordingDirectory; // empty: $XDG_STATE_HOME/memlens/recording
    RollingRecorder::Limits limits;
    int calmIntervalMs = 10'000; // between samples while there is no pressure
    Notifier::Settings notifications;
};

// Where the recording goes when not told: the user's state directory (~/.local/state).
QString defaultRecordingDirectory();

// Runs until the watcher is stopped; the exit code for main().
int run(const SysRoot &root, const Options &options);
}
