// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "samplingengine.h"

#include "sample/samplingworker.h"

SamplingEngine::SamplingEngine(const SysRoot &root, QObject *parent)
    : QObject(parent)
    , m_worker(new SamplingWorker(root))
{
    m_thread.setObjectName(QStringLiteral("MemLens sampling"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SamplingWorker::systemSampled, this, &SamplingEngine::systemSampled);
    connect(m_worker, &SamplingWorker::processesSampled, this, &SamplingEngine::processesSampled);
    connect(m_worker, &SamplingWorker::mappingsSampled, this, &SamplingEngine::mappingsSampled);
    connect(m_worker, &SamplingWorker::numaResidencySampled, this, &SamplingEngine::numaResidencySampled);
    connect(m_worker, &SamplingWorker::librariesSampled, this, &SamplingEngine::librariesSampled);
    connect(m_worker, &SamplingWorker::cgroupsSampled, this, &SamplingEngine::cgroupsSampled);
    connect(m_worker, &SamplingWorker::killHistorySampled, this, &SamplingEngine::killHistorySampled);
    connect(m_worker, &SamplingWorker::replayEnded, this, &SamplingEngine::replayEnded);
    m_thread.start();
}

SamplingEngine::~SamplingEngine()
{
    m_thread.quit();
    m_thread.wait();
}

template<typename F>
void SamplingEngine::onWorker(F &&f)
{
    QMetaObject::invokeMethod(m_worker, std::forward<F>(f), Qt::QueuedConnection);
}

void SamplingEngine::start(int intervalMs)
{
    onWorker([worker = m_worker, intervalMs] {
        worker->start(intervalMs);
    });
}

void SamplingEngine::setInterval(int intervalMs)
{
    onWorker([worker = m_worker, intervalMs] {
        worker->setInterval(intervalMs);
    });
}

void SamplingEngine::setPaused(bool paused)
{
    onWorker([worker = m_worker, paused] {
        worker->setPaused(paused);
    });
}

void SamplingEngine::setMappingsProcess(std::optional<ProcessKey> process)
{
    onWorker([worker = m_worker, process] {
        worker->setMappingsProcess(process);
    });
}

void SamplingEngine::setLibrariesEnabled(bool enabled)
{
    onWorker([worker = m_worker, enabled] {
        worker->setLibrariesEnabled(enabled);
    });
}

void SamplingEngine::setCgroupsEnabled(bool enabled)
{
    onWorker([worker = m_worker, enabled] {
        worker->setCgroupsEnabled(enabled);
    });
}

void SamplingEngine::setKillHistoryEnabled(bool enabled)
{
    onWorker([worker = m_worker, enabled] {
        worker->setKillHistoryEnabled(enabled);
    });
}

void SamplingEngine::setReplay(const QString &recordingPath)
{
    onWorker([worker = m_worker, recordingPath] {
        worker->setReplay(recordingPath);
    });
}

void SamplingEngine::setAgent(const QString &program, const QStringList &arguments)
{
    onWorker([worker = m_worker, program, arguments] {
        worker->setAgent(program, arguments);
    });
}

void SamplingEngine::setPssMaxAge(int maxAgeMs)
{
    onWorker([worker = m_worker, maxAgeMs] {
        worker->setPssMaxAge(maxAgeMs);
    });
}

void SamplingEngine::refresh()
{
    onWorker([worker = m_worker] {
        worker->refreshAll();
    });
}
