// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>

#include <optional>

// A journal as `journalctl -o short-iso` prints it, "TIME HOST IDENTIFIER[PID]: MESSAGE" a line,
// split into what the kill history reader gets from the journal's fields: the time, the
// SYSLOG_IDENTIFIER and the MESSAGE. Lines that are not shaped so are passed over.
struct JournalLine {
    std::optional<qint64> timeMs;
    QByteArray identifier;
    QByteArray message;
};

inline QList<JournalLine> journalLines(QByteArrayView text)
{
    QList<JournalLine> lines;
    for (const QByteArrayView line : QByteArray(text.toByteArray()).split('\n')) {
        const qsizetype time = line.indexOf(' ');
        const qsizetype host = time < 0 ? -1 : line.indexOf(' ', time + 1);
        const qsizetype colon = host < 0 ? -1 : line.indexOf(": ", host + 1);
        if (colon < 0)
            continue;
        QByteArrayView identifier = line.sliced(host + 1, colon - host - 1);
        if (const qsizetype pid = identifier.indexOf('['); pid >= 0)
            identifier = identifier.first(pid);
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(line.first(time)), Qt::ISODate);
        lines.append({at.isValid() ? std::optional(at.toMSecsSinceEpoch()) : std::nullopt, identifier.toByteArray(), line.sliced(colon + 2).toByteArray()});
    }
    return lines;
}
