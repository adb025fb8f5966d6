// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rollingrecorder.h"

#include "record/recordingsegments.h"

#include <QDir>

#include <unistd.h>

namespace
{
// A segment holds an eighth of the budget at most, or an hour's records by default, so what
// pruning deletes at a time is small beside what it keeps.
constexpr int segmentsPerBudget = 8;
constexpr int segmentsPerAge = 24;
}

RollingRecorder::RollingRecorder(const QString &directory, Limits limits)
    : m_directory(directory)
    , m_limits(limits)
{
}

RollingRecorder::~RollingRecorder() = default;

bool RollingRecorder::write(const SnapshotStream::Snapshot &snapshot, qint64 nowMs)
{
    // A new segment begins only with a system snapshot, the first record of a sample, so that
    // each segment's first sample is whole.
    const bool full = m_file.size() >= m_limits.maxBytes / segmentsPerBudget || nowMs - m_segmentStartMs >= m_limits.maxAgeMs / segmentsPerAge;
    if ((!m_writer || (full && std::holds_alternative<SystemSnapshot>(snapshot))) && !startSegment(nowMs))
        return false;
    if (!m_writer->write(snapshot)) {
        m_error = tr("cannot write the recording %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        m_writer.reset(); // its tail may be cut short: the next write begins a new segment
        m_file.close();
        // A full disk fails every sample: a segment without a whole record is not left behind each time.
        if (m_segmentRecords == 0)
            QFile::remove(m_file.fileName());
        return false;
    }
    ++m_segmentRecords;
    // A record that took the segment past its share: older ones go at once, not at the next segment.
    if (m_olderBytes + m_file.size() > m_limits.maxBytes)
        prune(nowMs, m_file.size());
    // A bookmark marks a moment worth keeping through a power loss that may follow it.
    if (std::holds_alternative<Bookmark>(snapshot))
        ::fdatasync(m_file.handle());
    m_error.clear();
    return true;
}

bool RollingRecorder::startSegment(qint64 nowMs)
{
    m_writer.reset();
    m_file.close();
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("cannot create the recording's directory %1").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    prune(nowMs, m_limits.maxBytes / segmentsPerBudget);
    // Two segments begun in the same millisecond (a watcher restarted at once) must not share a file.
    qint64 startMs = nowMs;
    const QList<RecordingSegments::Segment> existing = RecordingSegments::list(m_directory);
    if (!existing.isEmpty())
        startMs = std::max(startMs, existing.constLast().startMs + 1);
    m_file.setFileName(QDir(m_directory).filePath(RecordingSegments::fileName(startMs)));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        m_error = tr("cannot write the recording %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        return false;
    }
    m_segmentStartMs = nowMs;
    m_segmentRecords = 0;
    m_writer = std::make_unique<SnapshotStream::Writer>(&m_file);
    return true;
}

void RollingRecorder::prune(qint64 nowMs, qint64 room)
{
    QList<RecordingSegments::Segment> segments = RecordingSegments::list(m_directory);
    if (m_file.isOpen() && !segments.isEmpty() && segments.constLast().path == m_file.fileName())
        segments.removeLast();
    // Older than the age limit: its successor began before the limit, so all it holds is older.
    while (segments.size() >= 2 && segments[1].startMs < nowMs - m_limits.maxAgeMs)
        QFile::remove(segments.takeFirst().path);
    qint64 total = 0;
    for (const RecordingSegments::Segment &segment : std::as_const(segments))
        total += segment.bytes;
    while (!segments.isEmpty() && total + room > m_limits.maxBytes) {
        total -= segments.constFirst().bytes;
        QFile::remove(segments.takeFirst().path);
    }
    m_olderBytes = total;
}
