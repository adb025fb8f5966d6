// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rollupfeed.h"

#include "privileged/privilegedclient.h"

#include <QDateTime>
#include <QTimer>

RollupFeed::RollupFeed(QObject *parent)
    : QObject(parent)
    , m_client(new PrivilegedClient({}, this))
    , m_refresh(new QTimer(this))
    , m_lifetime(new QTimer(this))
{
    m_refresh->setInterval(refreshMs);
    m_lifetime->setSingleShot(true);
    m_lifetime->setInterval(lifetimeMs);
    connect(m_refresh, &QTimer::timeout, this, [this] {
        if (!m_client->isRunning())
            m_client->run(QStringLiteral("readrollups"), {}, {});
    });
    connect(m_lifetime, &QTimer::timeout, this, [this] {
        stop();
        Q_EMIT stopped(tr("Showing all processes ended before the permission to read them runs out; switch it on again to continue."));
    });
    connect(m_client, &PrivilegedClient::finished, this, &RollupFeed::finished);
}

void RollupFeed::start()
{
    if (m_active)
        return;
    m_active = true;
    m_client->run(QStringLiteral("readrollups"), {}, tr("Read the memory figures of all processes"));
}

void RollupFeed::stop()
{
    m_active = false;
    m_refresh->stop();
    m_lifetime->stop();
    m_supplement = {};
    Q_EMIT supplementChanged();
}

void RollupFeed::finished(const QString &, const PrivilegedReply &reply)
{
    if (!m_active)
        return;
    if (!reply.ok()) {
        stop();
        Q_EMIT stopped(reply.explanation());
        return;
    }
    if (!m_refresh->isActive()) { // the first answer: authorized from now on
        m_refresh->start();
        m_lifetime->start();
    }
    m_supplement = RollupSupplement::fromReply(reply.data, QDateTime::currentMSecsSinceEpoch());
    Q_EMIT supplementChanged();
}
