// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rollupsupplement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

RollupSupplement RollupSupplement::fromReply(const QVariantMap &data, qint64 readAtMs)
{
    RollupSupplement supplement;
    supplement.m_readAtMs = readAtMs;
    QHash<qint64, SmapsCounters> byPid;
    QHash<qint64, quint64> startTimes;
    for (auto it = data.cbegin(); it != data.cend(); ++it) {
        const qsizetype dot = it.key().indexOf(u'.');
        bool pidOk = false;
        bool valueOk = false;
        const qint64 pid = it.key().left(dot).toLongLong(&pidOk);
        const qint64 value = it.value().toString().toLongLong(&valueOk);
        if (dot <= 0 || !pidOk || !valueOk || pid <= 0 || value < 0)
            continue; // "message", or anything else that is not a figure
        const QString name = it.key().mid(dot + 1);
        if (name == u"starttime") {
            startTimes.insert(pid, quint64(value));
        } else if (const auto field = SmapsCounters::fieldFromName(name.toLatin1())) {
            byPid[pid].set(*field, value);
        }
    }
    // A figure without the start time cannot be matched to a process safely: left out.
    for (auto it = byPid.cbegin(); it != byPid.cend(); ++it) {
        if (startTimes.contains(it.key()))
            supplement.m_counters.insert({it.key(), startTimes.value(it.key())}, it.value());
    }
    return supplement;
}

int RollupSupplement::fill(ProcessSnapshot &snapshot) const
{
    if (m_counters.isEmpty())
        return 0;
    const QString note = QCoreApplication::translate("RollupSupplement", "read through the privileged helper at %1")
                             .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_readAtMs).time(), QLocale::LongFormat));
    int filled = 0;
    for (ProcessRecord &process : snapshot.processes) {
        if (process.smaps.available())
            continue;
        const auto found = m_counters.constFind(process.key);
        if (found == m_counters.cend())
            continue;
        process.smaps = {*found, {}, note};
        ++filled;
    }
    return filled;
}
