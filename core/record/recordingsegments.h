// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

// The watcher's recording is a directory of segments, each a whole snapshot stream that begins
// with a process snapshot in full: the oldest segment can be deleted without the others losing
// what their changes apply to, and a segment cut short by a crash costs only its own tail. A
// segment is named after the moment it began, so that names sort as time does.
namespace RecordingSegments
{
struct Segment {
    QString path;
    qint64 startMs = 0; // since the epoch, from the name
    qint64 bytes = 0;
};

inline constexpr char suffix[] = ".memlens-recording";

// The segments in directory, oldest first; files of other names are not the recording's.
QList<Segment> list(const QString &directory);

// The name of a segment that begins at startMs: "segment-<20 digits>.memlens-recording".
QString fileName(qint64 startMs);
}
