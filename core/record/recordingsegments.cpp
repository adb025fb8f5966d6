// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordingsegments.h"

#include <QDir>

#include <algorithm>

namespace
{
const QString prefix = QStringLiteral("segment-");
constexpr int digits = 20;
}

namespace RecordingSegments
{
QString fileName(qint64 startMs)
{
    return prefix + QStringLiteral("%1").arg(startMs, digits, 10, QLatin1Char('0')) + QLatin1StringView(suffix);
}

QList<Segment> list(const QString &directory)
{
    QList<Segment> segments;
    const QFileInfoList files = QDir(directory).entryInfoList({prefix + u'*' + QLatin1StringView(suffix)}, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &file : files) {
        const QString name = file.fileName();
        const QStringView number = QStringView(name).sliced(prefix.size(), name.size() - prefix.size() - int(sizeof(suffix) - 1));
        const bool allDigits = number.size() == digits && std::all_of(number.begin(), number.end(), [](QChar c) {
                                   return c >= u'0' && c <= u'9';
                               });
        bool ok = false;
        const qint64 startMs = allDigits ? number.toLongLong(&ok) : 0;
        if (ok)
            segments.append(Segment{file.filePath(), startMs, file.size()});
    }
    std::sort(segments.begin(), segments.end(), [](const Segment &a, const Segment &b) {
        return a.startMs < b.startMs;
    });
    return segments;
}
}
