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
    , m_quiet(this)
{
    m_lookAgain.setInterval(lookAgainMs);
    connect(&m_lookAgain, &QTimer::timeout, this, &AttachingSource::lookForWatcher);
    m_quiet.setSingleShot(true);
    connect(&m_quiet, &QTimer::timeout, this, [this] {
        watcherEnded(tr("the background watcher sent nothing for %1 s").arg(m_quiet.interval() / 1000));
    });
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
    if (const auto *interval = std::get_if<AgentRequest::Interval>(&request))
        m_intervalMs = interval->ms;
    if (m_attached)
        expectSamples();
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
    expectSamples();
    Q_EMIT sampled(snapshot);
}

void AttachingSource::expectSamples()
{
    if (m_state.paused()) {
        m_quiet.stop();
        return;
    }
    m_quiet.start(std::max(quietMs, 3 * m_intervalMs));
}

void AttachingSource::watcherEnded(const QString &reason)
{
    m_quiet.stop();
    if (m_watcher) {
        m_watcher->disconnect(this); // nothing more is taken from it, even what is on its way
        m_watcher.release()->deleteLater(); // this may run inside its own signal
    }
    m_lookAgain.start();
    if (!m_attached)
        return; // never attached: the window sampled by itself all along
    m_attached = false;
    startOwn();
    Q_EMIT attachedChanged(false, reason);
}
