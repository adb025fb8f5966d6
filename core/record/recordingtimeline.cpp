// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordingtimeline.h"

#include "record/recordingsegments.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>

RecordingTimeline::RecordingTimeline(const QString &path)
    : m_path(path)
{
    reload();
}

void RecordingTimeline::reload()
{
    m_outline = {};
    QStringList files;
    if (QFileInfo(m_path).isDir()) {
        for (const RecordingSegments::Segment &segment : RecordingSegments::list(m_path))
            files.append(segment.path);
    } else {
        files.append(m_path);
    }
    QHash<QString, Segment> segments;
    for (const QString &path : std::as_const(files)) {
        const QFileInfo info(path);
        Segment segment = m_segments.value(path);
        if (segment.bytes != info.size() || segment.modified != info.lastModified() || segment.modified.isNull()) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue; // deleted by the watcher's rotation meanwhile
            segment = {info.size(), info.lastModified(), SnapshotStream::outline(&file)};
        }
        m_outline.sampleTimesMs += segment.outline.sampleTimesMs;
        m_outline.bookmarks += segment.outline.bookmarks;
        segments.insert(path, std::move(segment));
    }
    m_segments = std::move(segments); // the ones rotation deleted are forgotten
}

std::optional<qint64> RecordingTimeline::sampleAt(qint64 atMs) const
{
    const QList<qint64> &times = m_outline.sampleTimesMs;
    if (times.isEmpty())
        return std::nullopt;
    const auto after = std::upper_bound(times.cbegin(), times.cend(), atMs);
    return after == times.cbegin() ? times.constFirst() : *(after - 1);
}
