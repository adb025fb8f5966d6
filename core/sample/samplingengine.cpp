// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "samplingengine.h"

#include "sample/samplingworker.h"
#include "source/rootagent.h"

SamplingEngine::SamplingEngine(const SourceChoice &source, QObject *parent)
    : QObject(parent)
    , m_worker(new SamplingWorker(source, RootAgent::installedPath()))
{
    m_thread.setObjectName(QStringLiteral("MemLens sampling"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SamplingWorker::sampled, this, &SamplingEngine::dispatch);
    connect(m_worker, &SamplingWorker::sourceEnded, this, &SamplingEngine::sourceEnded);
    connect(m_worker, &SamplingWorker::allProcessesStarted, this, &SamplingEngine::allProcessesStarted);
    connect(m_worker, &SamplingWorker::allProcessesEnded, this, &SamplingEngine::allProcessesEnded);
    connect(m_worker, &SamplingWorker::watcherAttachedChanged, this, &SamplingEngine::watcherAttachedChanged);
    m_thread.start();
}

SamplingEngine::~SamplingEngine()
{
    m_thread.quit();
    m_thread.wait();
}

void SamplingEngine::dispatch(const SnapshotStream::Snapshot &snapshot)
{
    std::visit(
        [this](const auto &s) {
            using S = std::decay_t<decltype(s)>;
            if constexpr (std::is_same_v<S, SystemSnapshot>)
                Q_EMIT systemSampled(s);
            else if constexpr (std::is_same_v<S, ProcessSnapshot>)
                Q_EMIT processesSampled(s);
            else if constexpr (std::is_same_v<S, MappingSnapshot>)
                Q_EMIT mappingsSampled(s);
            else if constexpr (std::is_same_v<S, NumaResidency>)
                Q_EMIT numaResidencySampled(s);
            else if constexpr (std::is_same_v<S, LibrarySnapshot>)
                Q_EMIT librariesSampled(s);
            else if constexpr (std::is_same_v<S, CgroupSnapshot>)
                Q_EMIT cgroupsSampled(s);
            else if constexpr (std::is_same_v<S, KillHistory>)
                Q_EMIT killHistorySampled(s);
            else if constexpr (std::is_same_v<S, SlabCacheSnapshot>)
                Q_EMIT slabCachesSampled(s);
            else if constexpr (std::is_same_v<S, Bookmark>)
                Q_EMIT bookmarked(s);
            // An AgentFailure never gets here: the agent source ends with its reason.
        },
        snapshot);
}

void SamplingEngine::onWorker(std::function<void(SamplingWorker &)> call)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, call = std::move(call)] {
            call(*worker);
        },
        Qt::QueuedConnection);
}

void SamplingEngine::request(const AgentRequest::Request &request)
{
    onWorker([request](SamplingWorker &worker) {
        worker.request(request);
    });
}

void SamplingEngine::start(int intervalMs)
{
    request(AgentRequest::Interval{intervalMs});
    QMetaObject::invokeMethod(m_worker, &SamplingWorker::start, Qt::QueuedConnection);
}

void SamplingEngine::setInterval(int intervalMs)
{
    request(AgentRequest::Interval{intervalMs});
}

void SamplingEngine::setPaused(bool paused)
{
    request(AgentRequest::Pause{paused});
}

void SamplingEngine::setMappingsProcess(std::optional<ProcessKey> process)
{
    request(AgentRequest::Mappings{process});
}

void SamplingEngine::setLibrariesEnabled(bool enabled)
{
    request(AgentRequest::Libraries{enabled});
}

void SamplingEngine::setCgroupsEnabled(bool enabled)
{
    request(AgentRequest::Cgroups{enabled});
}

void SamplingEngine::setKillHistoryEnabled(bool enabled)
{
    request(AgentRequest::Kills{enabled});
}

void SamplingEngine::setPssMaxAge(int maxAgeMs)
{
    request(AgentRequest::PssMaxAge{maxAgeMs});
}

void SamplingEngine::refresh()
{
    request(AgentRequest::Refresh{});
}

void SamplingEngine::readSlabCaches()
{
    request(AgentRequest::SlabCaches{});
}

void SamplingEngine::restart()
{
    QMetaObject::invokeMethod(m_worker, &SamplingWorker::start, Qt::QueuedConnection);
}

void SamplingEngine::setAllProcesses(bool on)
{
    onWorker([on](SamplingWorker &worker) {
        worker.setAllProcesses(on);
    });
}

void SamplingEngine::openMoment(qint64 atMs)
{
    onWorker([atMs](SamplingWorker &worker) {
        worker.openMoment(atMs);
    });
}
