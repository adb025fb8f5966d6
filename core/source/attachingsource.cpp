// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "attachingsource.h"

#include <QFileInfo>

AttachingSource::AttachingSource(const SysRoot &root, const QString &watcherSocket, QObject *parent)
    : SnapshotSource(parent)
    , m_root(root)
    , m_socketPath(watcherSocket)
    , m_lookAgain(this)
{
    m_lookAgain.setInterval(lookAgainMs);
    connect(&m_lookAgain, &QTimer::timeout, this, &AttachingSource::lookForWatcher);
}

AttachingSource::~AttachingSource() = default;

void AttachingSource::start()
{
    startOwn();
    lookForWatcher();
    m_lookAgain.start();
}

void AttachingSource::request(const AgentRequest::Request &request)
{
    m_state.record(request);
    if (m_own)
        m_own->request(request);
    if (m_watcher)
        m_watcher->request(request);
}

void AttachingSource::startOwn()
{
    m_own = std::make_unique<LocalSource>(m_root);
    connect(m_own.get(), &SnapshotSource::sampled, this, &SnapshotSource::sampled);
    for (const AgentRequest::Request &request : m_state.replay())
        m_own->request(request);
    m_own->start();
}

void AttachingSource::lookForWatcher()
{
    if (m_watcher || !QFileInfo::exists(m_socketPath))
        return;
    m_watcher = std::make_unique<WatcherConnection>(m_socketPath);
    connect(m_watcher.get(), &SnapshotSource::sampled, this, &AttachingSource::watcherSampled);
    connect(m_watcher.get(), &SnapshotSource::ended, this, &AttachingSource::watcherEnded);
    for (const AgentRequest::Request &request : m_state.replay())
        m_watcher->request(request);
    m_watcher->start();
}

void AttachingSource::watcherSampled(const SnapshotStream::Snapshot &snapshot)
{
    if (!m_attached) {
        m_attached = true;
        m_own.reset(); // the watcher samples for both from now on
        m_lookAgain.stop();
        Q_EMIT attachedChanged(true, QString());
    }
    Q_EMIT sampled(snapshot);
}

void AttachingSource::watcherEnded(const QString &reason)
{
    m_watcher.release()->deleteLater(); // this runs inside its own signal
    m_lookAgain.start();
    if (!m_attached)
        return; // never attached: the window sampled by itself all along
    m_attached = false;
    startOwn();
    Q_EMIT attachedChanged(false, reason);
}
