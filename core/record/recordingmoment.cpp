// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordingmoment.h"

namespace RecordingMoment
{
std::optional<qint64> parse(const QString &text, const QDateTime &now)
{
    const QString trimmed = text.trimmed();
    if (trimmed.contains(u'T')) {
        const QDateTime moment = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        return moment.isValid() ? std::optional(moment.toMSecsSinceEpoch()) : std::nullopt;
    }
    QTime time = QTime::fromString(trimmed, QStringLiteral("H:mm:ss"));
    if (!time.isValid())
        time = QTime::fromString(trimmed, QStringLiteral("H:mm"));
    if (!time.isValid())
        return std::nullopt;
    const QDateTime local = now.toLocalTime();
    QDateTime moment(local.date(), time, local.timeSpec());
    if (moment > local)
        moment = moment.addDays(-1);
    return moment.toMSecsSinceEpoch();
}
}
