// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record/recordingsegments.h"
#include "stream/snapshotstream.h"

#include <QFile>

#include <memory>

// Reads a recording in order: one stream file (`memlens --agent > FILE`) or the watcher's
// directory of segments. A segment that ends in a record cut short (a recorder killed while it
// wrote, a machine that lost power), or is damaged from some record on, is read up to its last
// whole record and the rest skipped, and the reading goes on with the next segment; problems()
// says what was skipped. A single file that is not a recording at all is an error.
class RecordingReader
{
    Q_DECLARE_TR_FUNCTIONS(RecordingReader)

public:
    // fromMs: leave out the segments that end before it (each stands alone, so this costs nothing).
    explicit RecordingReader(const QString &path, std::optional<qint64> fromMs = std::nullopt);
    ~RecordingReader();

    // The next snapshot, or nullopt at the end (or when nothing could be read: error()).
    std::optional<SnapshotStream::Snapshot> next();
    // Why nothing more can be read, when that is not the end of the recording.
    QString error() const
    {
        return m_error;
    }
    // What was skipped so far, one sentence per segment.
    QStringList problems() const
    {
        return m_problems;
    }

private:
    bool openNext();
    void closeSegment();

    QList<RecordingSegments::Segment> m_segments;
    bool m_directory = false;
    QFile m_file;
    std::unique_ptr<SnapshotStream::Reader> m_reader;
    QStringList m_problems;
    QString m_error;
    qsizetype m_wholeRecords = 0; // read from the open segment
};
