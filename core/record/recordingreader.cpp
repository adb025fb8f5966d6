// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordingreader.h"

#include <QDir>
#include <QFileInfo>

RecordingReader::RecordingReader(const QString &path, std::optional<qint64> fromMs)
{
    if (QFileInfo(path).isDir()) {
        m_directory = true;
        m_segments = RecordingSegments::list(path);
        if (m_segments.isEmpty())
            m_error = tr("%1 holds no recording").arg(QDir::toNativeSeparators(path));
        // A segment ends where the next begins.
        while (fromMs && m_segments.size() >= 2 && m_segments[1].startMs <= *fromMs)
            m_segments.removeFirst();
    } else {
        m_segments.append(RecordingSegments::Segment{path, 0, QFileInfo(path).size()});
    }
}

RecordingReader::~RecordingReader() = default;

std::optional<SnapshotStream::Snapshot> RecordingReader::next()
{
    while (m_error.isEmpty()) {
        if (!m_reader && !openNext())
            return std::nullopt;
        if (std::optional<SnapshotStream::Snapshot> snapshot = m_reader->next()) {
            ++m_wholeRecords;
            return snapshot;
        }
        closeSegment();
    }
    return std::nullopt;
}

bool RecordingReader::openNext()
{
    if (m_segments.isEmpty())
        return false;
    m_file.setFileName(m_segments.takeFirst().path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        const QString why = tr("cannot open the recording %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        if (!m_directory) {
            m_error = why;
            return false;
        }
        m_problems.append(why); // a segment deleted by the watcher's rotation meanwhile
        return openNext();
    }
    m_reader = std::make_unique<SnapshotStream::Reader>(&m_file);
    m_wholeRecords = 0;
    return true;
}

void RecordingReader::closeSegment()
{
    const QString name = QDir::toNativeSeparators(m_file.fileName());
    // A single file that is not a recording from its first bytes is not one; a segment of the
    // watcher's may be a few bytes of header only, when it was killed as it began one.
    if (!m_directory && m_wholeRecords == 0 && !m_reader->error().isEmpty())
        m_error = m_reader->error();
    else if (!m_reader->error().isEmpty())
        m_problems.append(tr("%1: %2; the rest of it was skipped").arg(name, m_reader->error()));
    else if (m_reader->holdsPartialRecord())
        m_problems.append(tr("%1 ends in a record cut short (the recorder stopped while writing it); it was skipped").arg(name));
    m_reader.reset();
    m_file.close();
}
