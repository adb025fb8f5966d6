// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "stream/snapshotstream.h"

#include <QDateTime>
#include <QHash>

#include <optional>

// The timeline of a recording (a file, or the watcher's directory of segments): its samples'
// times and its bookmarks, from the outline of each segment, so that a day of recording is laid
// out without decoding a snapshot. reload() reads it again as the watcher's recording grows: only
// the segments that changed since (the one being written, new ones), as a day of recording takes
// a moment to outline.
class RecordingTimeline
{
public:
    explicit RecordingTimeline(const QString &path);
    void reload();

    const QList<qint64> &sampleTimesMs() const
    {
        return m_outline.sampleTimesMs;
    }
    const QList<Bookmark> &bookmarks() const
    {
        return m_outline.bookmarks;
    }
    // The sample a choice of atMs shows: the last one at or before it, or the first.
    std::optional<qint64> sampleAt(qint64 atMs) const;

private:
    struct Segment {
        qint64 bytes = 0;
        QDateTime modified;
        SnapshotStream::Outline outline;
    };

    QString m_path;
    SnapshotStream::Outline m_outline;
    QHash<QString, Segment> m_segments; // by path, as of the last reload
};
