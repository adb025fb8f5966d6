// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "agentsession.h"

#include <cerrno>
#include <unistd.h>

AgentSession::AgentSession(const SysRoot &root, int requestFd, QIODevice *output, std::optional<int> processCount)
    : m_source(root)
    , m_conversation(output)
    , m_requestFd(requestFd)
    , m_requests(requestFd, QSocketNotifier::Read)
    , m_processesLeft(processCount)
{
    // Started by the window it writes for (directly, or through pkexec, which becomes the agent):
    // the window's own page moves are not drift of anyone's PSS.
    m_source.setReaderPid(getppid());
    connect(&m_source, &SnapshotSource::sampled, this, &AgentSession::write);
    connect(&m_requests, &QSocketNotifier::activated, this, &AgentSession::readRequests);
    m_firstRequests.setSingleShot(true);
    m_firstRequests.setInterval(200);
    connect(&m_firstRequests, &QTimer::timeout, this, &AgentSession::startSampling);
}

void AgentSession::start(int intervalMs, int pssMaxAgeMs)
{
    m_source.request(AgentRequest::Interval{intervalMs});
    m_source.request(AgentRequest::PssMaxAge{pssMaxAgeMs});
    m_firstRequests.start();
}

void AgentSession::startSampling()
{
    if (m_sampling || m_finished)
        return;
    m_sampling = true;
    m_firstRequests.stop();
    m_source.start();
}

void AgentSession::readRequests()
{
    char buffer[4096];
    const ssize_t got = ::read(m_requestFd, buffer, sizeof buffer);
    if (got < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (got <= 0) {
        m_requests.setEnabled(false);
        if (m_conversation.greeted())
            finish(0); // MemLens closed the pipe: nobody reads what this agent would write
        else
            startSampling(); // no conversation: a recording
        return;
    }
    // Nothing more is taken once finished (a write failed while answering a request).
    if (!m_conversation.receive(QByteArrayView(buffer, got), [this](const AgentRequest::Request &request) {
            if (!m_finished)
                m_source.request(request);
        })) {
        finish(1);
        return;
    }
    startSampling();
}

void AgentSession::write(const SnapshotStream::Snapshot &snapshot)
{
    if (m_finished)
        return;
    if (!m_conversation.write(snapshot)) {
        finish(m_wroteAny ? 0 : 1);
        return;
    }
    m_wroteAny = true;
    if (m_processesLeft && std::holds_alternative<ProcessSnapshot>(snapshot) && --*m_processesLeft == 0)
        finish(0);
}

void AgentSession::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_requests.setEnabled(false);
    m_source.request(AgentRequest::Pause{true});
    Q_EMIT finished(exitCode);
}
