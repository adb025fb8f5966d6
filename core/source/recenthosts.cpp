// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recenthosts.h"

#include "stream/remotehost.h"

#include <QSettings>

namespace
{
const QString key = QStringLiteral("recentHosts");
}

QStringList RecentHosts::load()
{
    QStringList hosts;
    for (const QString &host : QSettings().value(key).toStringList()) {
        QString error;
        if (RemoteHost::parseAddress(host, &error) && !hosts.contains(host) && hosts.size() < maxCount)
            hosts.append(host);
    }
    return hosts;
}

QStringList RecentHosts::remember(const QString &host)
{
    QStringList hosts = load();
    hosts.removeAll(host);
    hosts.prepend(host);
    while (hosts.size() > maxCount)
        hosts.removeLast();
    QSettings().setValue(key, hosts);
    return hosts;
}
