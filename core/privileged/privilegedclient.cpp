// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "privilegedclient.h"

#include "privileged/privilegedbackend.h"

PrivilegedClient::PrivilegedClient(PrivilegedBackend *backend, QObject *parent)
    : QObject(parent)
    , m_backend(backend)
{
    m_backend->setParent(this);
    connect(m_backend, &PrivilegedBackend::finished, this, [this](const PrivilegedReply &reply) {
        const std::optional<Ticket> done = std::exchange(m_running, std::nullopt);
        if (!done)
            return; // a backend must answer only what it was given
        Q_EMIT finished(*done, reply);
        startNext();
    });
}

PrivilegedClient::Ticket PrivilegedClient::setSwappiness(int value)
{
    return submit(PrivilegedRequest::swappiness(value));
}

PrivilegedClient::Ticket PrivilegedClient::setTransparentHugePages(const QString &enabled, const QString &defrag)
{
    return submit(PrivilegedRequest::transparentHugePages(enabled, defrag));
}

PrivilegedClient::Ticket PrivilegedClient::dropCaches(int level)
{
    return submit(PrivilegedRequest::dropCaches(level));
}

PrivilegedClient::Ticket PrivilegedClient::setOomScoreAdj(const ProcessKey &process, const QString &name, int value)
{
    return submit(PrivilegedRequest::oomScoreAdj(process, name, value));
}

PrivilegedClient::Ticket PrivilegedClient::submit(const PrivilegedRequest &request, Urgency urgency)
{
    const Ticket ticket = ++m_lastTicket;
    if (urgency == Urgency::PutBack) {
        // After the put-backs already waiting, before every change.
        auto position = m_queue.begin();
        while (position != m_queue.end() && position->urgency == Urgency::PutBack)
            ++position;
        m_queue.insert(position, {ticket, request, urgency});
    } else {
        m_queue.push_back({ticket, request, urgency});
    }
    // From the event loop: the caller knows its ticket before anything about it is said.
    QMetaObject::invokeMethod(this, &PrivilegedClient::startNext, Qt::QueuedConnection);
    return ticket;
}

void PrivilegedClient::startNext()
{
    if (m_running || m_queue.empty())
        return;
    Queued next = std::move(m_queue.front());
    m_queue.pop_front();
    m_running = next.ticket;
    Q_EMIT asking(next.ticket);
    m_backend->run(next.request);
}
