// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "samplingworker.h"

#include "source/agentsource.h"
#include "source/attachingsource.h"
#include "source/replaysource.h"
#include "source/rootagent.h"

SamplingWorker::SamplingWorker(const SourceChoice &choice, const QString &rootAgentPath)
    : m_choice(choice)
    , m_rootAgentPath(rootAgentPath)
{
}

SamplingWorker::~SamplingWorker() = default;

void SamplingWorker::start()
{
    if (m_source)
        m_source.release()->deleteLater(); // it may be the one whose signal ended it
    m_source = m_choice.create();
    connect(m_source.get(), &SnapshotSource::sampled, this, [this](const SnapshotStream::Snapshot &snapshot) {
        if (!m_rootDelivers)
            Q_EMIT sampled(snapshot);
    });
    connect(m_source.get(), &SnapshotSource::ended, this, &SamplingWorker::sourceEnded);
    if (auto *attaching = qobject_cast<AttachingSource *>(m_source.get()))
        connect(attaching, &AttachingSource::attachedChanged, this, &SamplingWorker::watcherAttachedChanged);
    for (const AgentRequest::Request &request : m_state.replay())
        m_source->request(request);
    if (m_rootDelivers)
        m_source->request(AgentRequest::Pause{true});
    m_source->start();
}

void SamplingWorker::request(const AgentRequest::Request &request)
{
    m_state.record(request);
    // A resting source keeps its pause until it takes over again.
    const bool rests = m_rootDelivers && std::holds_alternative<AgentRequest::Pause>(request);
    if (m_source && !rests)
        m_source->request(request);
    if (m_root)
        m_root->request(request);
}

void SamplingWorker::openMoment(qint64 atMs)
{
    if (auto *replay = qobject_cast<ReplaySource *>(m_source.get()))
        replay->openMoment(atMs);
}

void SamplingWorker::setAllProcesses(bool on)
{
    if (on == bool(m_root))
        return;
    if (!on) {
        m_root.reset();
        resumeSource();
        return;
    }
    m_root = std::make_unique<AgentSource>(RootAgent::command(m_rootAgentPath, RootAgent::Asking::Desktop));
    connect(m_root.get(), &SnapshotSource::sampled, this, &SamplingWorker::rootSampled);
    connect(m_root.get(), &SnapshotSource::ended, this, &SamplingWorker::rootEnded);
    for (const AgentRequest::Request &request : m_state.replay())
        m_root->request(request);
    m_root->start();
}

void SamplingWorker::rootSampled(const SnapshotStream::Snapshot &snapshot)
{
    if (!m_rootDelivers) {
        // The password has been given and root's figures flow: the source can rest.
        m_rootDelivers = true;
        if (m_source)
            m_source->request(AgentRequest::Pause{true});
        Q_EMIT allProcessesStarted();
    }
    Q_EMIT sampled(snapshot);
}

void SamplingWorker::rootEnded(const QString &reason)
{
    // Deleted later: this runs inside the agent's own signal.
    m_root.release()->deleteLater();
    resumeSource();
    Q_EMIT allProcessesEnded(reason);
}

void SamplingWorker::resumeSource()
{
    if (!m_rootDelivers)
        return;
    m_rootDelivers = false;
    if (!m_source)
        return;
    m_source->request(AgentRequest::Pause{m_state.paused()});
    if (!m_state.paused())
        m_source->request(AgentRequest::Refresh{});
}
