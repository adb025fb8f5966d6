// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// A moment the watcher marks in its recording, so that a timeline can show it and a person can
// go straight to it: pressure beginning and ending, a warning that memory runs out, a kill, a
// notification sent. Written into the snapshot stream between the snapshots it stands among.
struct Bookmark {
    // Stored by number in recordings: append new kinds, never reorder.
    enum class Kind : quint8 {
        WatcherStarted,
        PressureBegan,
        PressureEnded,
        ForecastWarning,
        OomKill,
        NotificationSent,
    };

    qint64 timeMs = 0; // since the epoch, as the snapshots' sampledAtMs
    Kind kind = Kind::WatcherStarted;
    QString text; // what happened, in a sentence for the person reading the timeline

    bool operator==(const Bookmark &) const = default;
};
