// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/processsnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPointF>

#include <algorithm>
#include <vector>

// Which processes keep growing. Each process's PSS (RSS where PSS cannot be read) is kept over a
// window of history, a point per bucket of time, and fitted with a least-squares line. The fit
// tells a steady climb (a leak, or a cache without a limit) from noise, and a second model, one
// step between two flat levels, tells a single jump (a file loaded once) from a climb: a process
// that allocated once and stayed flat is not flagged, however large the allocation.
class LeakWatch
{
    Q_DECLARE_TR_FUNCTIONS(LeakWatch)

public:
    struct Settings {
        qint64 windowMs = 3'600'000; // how far back a trend looks
        qint64 bucketMs = 15'000; // one point per bucket: 240 an hour, whatever the refresh interval
        qint64 minSpanMs = 300'000; // a trend over less time than this is not judged
        int minPoints = 6;
        double steadyFit = 0.9; // R² from which a climb counts as steady
        qint64 minGrowthBytes = 1 << 20; // growth over the span below this (and 1 % of the figure) is flat
    };

    enum class Trend {
        TooShort, // not watched long enough to say
        Flat,
        Shrinking,
        Jump, // one step up or down explains the figures better than a line
        Noisy, // growing, but the line explains little of the movement
        Steady, // growing along the line
    };

    struct Growth {
        ProcessKey key;
        QString name;
        Trend trend = Trend::TooShort;
        bool pss = true; // the figure is PSS; RSS where PSS could not be read
        double bytesPerHour = 0; // the line's slope
        double fit = 0; // R² of the line, 0 to 1
        qint64 spanMs = 0; // from the first point to the last
        qint64 firstBytes = 0;
        qint64 lastBytes = 0;
        int points = 0;

        bool operator==(const Growth &) const = default;
    };

    explicit LeakWatch(Settings settings = defaultSettings());
    static Settings defaultSettings()
    {
        return {};
    }
    Settings settings() const
    {
        return m_settings;
    }
    // How long processes have been watched: from the first snapshot, at most the window.
    qint64 watchedMs() const
    {
        return std::min(m_lastAtMs - m_firstAtMs, m_settings.windowMs);
    }

    // Takes the figures of every process in the snapshot; processes not in it are forgotten.
    // Only a fresh reading adds a point: incremental sampling carries old ones forward.
    void append(const ProcessSnapshot &snapshot);

    std::optional<Growth> growthOf(const ProcessKey &key) const;
    // The growing processes, steady ones first, each group by rate.
    QList<Growth> growing() const;
    // The points of one process, x in ms since the epoch and y in bytes, for its chart line.
    QList<QPointF> points(const ProcessKey &key) const;

    // One plain sentence: "firefox has grown 210 MiB/h steadily for 40 min".
    static QString describe(const Growth &growth);

private:
    struct Point {
        qint64 atMs;
        qint64 bytes;
    };
    struct Track {
        QString name;
        bool pss = true;
        std::vector<Point> points; // oldest first, at most one per bucket
        quint64 seenIn = 0; // the append() that last saw its process
    };

    Growth judge(const ProcessKey &key, const Track &track) const;

    Settings m_settings;
    QHash<ProcessKey, Track> m_tracks;
    quint64 m_generation = 0; // append() calls so far
    qint64 m_firstAtMs = 0;
    qint64 m_lastAtMs = 0;
};
