// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "stream/snapshotstream.h"

#include <QFile>

#include <memory>

// Writes the watcher's recording (see RecordingSegments), keeping it within its bounds: segments
// older than the age limit are deleted, and the oldest go first while the whole is above its
// byte budget. Each record reaches the file in one write, without a buffer in between, so a
// watcher killed at any moment leaves every record before the last one whole; a new recorder
// always begins a new segment rather than append after a tail that may be cut short.
class RollingRecorder
{
    Q_DECLARE_TR_FUNCTIONS(RollingRecorder)

public:
    struct Limits {
        qint64 maxBytes = 200ll << 20;
        qint64 maxAgeMs = 24ll * 3600 * 1000;
    };

    RollingRecorder(const QString &directory, Limits limits);
    ~RollingRecorder();

    // Records snapshot, taking the time of a new segment from nowMs. false when the directory
    // will not take it (error() says why); the next write tries again.
    bool write(const SnapshotStream::Snapshot &snapshot, qint64 nowMs);
    QString error() const
    {
        return m_error;
    }

private:
    bool startSegment(qint64 nowMs);
    // Deletes segments older than the age limit, then the oldest while the others and room
    // bytes more would be above the budget; the current segment is never deleted.
    void prune(qint64 nowMs, qint64 room);

    QString m_directory;
    Limits m_limits;
    QFile m_file;
    std::unique_ptr<SnapshotStream::Writer> m_writer;
    qint64 m_segmentStartMs = 0;
    qint64 m_olderBytes = 0; // in the segments before the current one
    int m_segmentRecords = 0; // whole records in the current segment
    QString m_error;
};
