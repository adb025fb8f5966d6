// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record/rollingrecorder.h"
#include "watch/notifier.h"

// What the user chose for the watcher in the window, kept in MemLens's settings, which the
// watcher reads when it starts (the window restarts it after a change).
struct WatcherSettings {
    bool notifyBeforeKill = true;
    bool notifyAfterKill = true;
    int recordingHours = 24;
    int recordingMiB = 200;

    static constexpr int maxRecordingHours = 24 * 366;
    static constexpr int maxRecordingMiB = 100'000;

    // Where the watcher records when not told: $XDG_STATE_HOME/memlens/recording.
    static QString recordingDirectory();

    static WatcherSettings load();
    void save() const;

    Notifier::Settings notifications() const;
    RollingRecorder::Limits limits() const;
};
