// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "localsource.h"

#include "read/slabcachereader.h"

#include <QDateTime>

LocalSource::LocalSource(const SysRoot &root, QObject *parent)
    : SnapshotSource(parent)
    , m_root(root)
    , m_system(root)
    , m_processes(root)
    , m_cgroups(root)
    , m_timer(this) // a child, so moveToThread() takes the timer along
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &LocalSource::tick);
}

void LocalSource::setReaderPid(qint64 pid)
{
    m_processes.setReaderPid(pid);
}

void LocalSource::start()
{
    m_started = true;
    sampleAll(true);
}

void LocalSource::request(const AgentRequest::Request &request)
{
    using namespace AgentRequest;
    if (const auto *interval = std::get_if<Interval>(&request)) {
        m_timer.setInterval(interval->ms);
    } else if (const auto *age = std::get_if<PssMaxAge>(&request)) {
        PssScheduler::Settings settings;
        settings.maxAgeMs = age->ms;
        m_processes.setSchedulerSettings(settings);
    } else if (const auto *pause = std::get_if<Pause>(&request)) {
        if (pause->on == m_paused)
            return;
        m_paused = pause->on;
        if (m_paused)
            m_timer.stop();
        else if (m_started)
            tick();
    } else if (std::holds_alternative<Refresh>(request)) {
        if (m_started)
            sampleAll(true);
    } else if (std::holds_alternative<SlabCaches>(request)) {
        Q_EMIT sampled(SlabCacheSnapshot{QDateTime::currentMSecsSinceEpoch(), readSlabCaches(m_reader, m_root)});
    } else if (const auto *libraries = std::get_if<Libraries>(&request)) {
        m_librariesEnabled = libraries->on;
        if (!m_librariesEnabled)
            m_libraries.clear();
    } else if (const auto *cgroups = std::get_if<Cgroups>(&request)) {
        m_cgroupsEnabled = cgroups->on;
    } else if (const auto *kills = std::get_if<Kills>(&request)) {
        setKillHistoryEnabled(kills->on);
    } else if (const auto *mappings = std::get_if<Mappings>(&request)) {
        m_mappingsProcess = mappings->process;
    }
}

void LocalSource::setKillHistoryEnabled(bool enabled)
{
    if (enabled == bool(m_killHistory))
        return;
    m_lastKillHistory.reset();
    if (!enabled) {
        m_killHistory.reset(); // closes the journal or /dev/kmsg
        return;
    }
    // Created here, on the sampling thread, the only one that ever reads through it.
    m_killHistory = std::make_unique<KillHistoryReader>(m_root);
    if (m_started)
        sampleKillHistory();
}

void LocalSource::sampleKillHistory()
{
    KillHistory history = m_killHistory->read();
    if (history == m_lastKillHistory)
        return;
    m_lastKillHistory = history;
    Q_EMIT sampled(history);
}

void LocalSource::tick()
{
    sampleAll(false);
}

void LocalSource::sampleAll(bool everyProcessAfresh)
{
    m_timer.stop();
    const SystemSnapshot system = m_system.sample();
    m_severalNumaNodes = system.numaNodes.value && system.numaNodes.value->size() > 1;
    Q_EMIT sampled(system);
    const ProcessSnapshot processes = everyProcessAfresh ? m_processes.sample() : m_processes.sampleIncremental(m_timer.interval());
    Q_EMIT sampled(processes);
    if (m_mappingsProcess)
        Q_EMIT sampled(m_processes.sampleMappings(*m_mappingsProcess));
    if (m_mappingsProcess && m_severalNumaNodes)
        Q_EMIT sampled(m_processes.sampleNumaResidency(*m_mappingsProcess));
    if (m_cgroupsEnabled)
        Q_EMIT sampled(m_cgroups.read());
    if (m_librariesEnabled)
        Q_EMIT sampled(m_libraries.sample(processes, m_processes));
    if (m_killHistory)
        sampleKillHistory();
    if (!m_paused)
        m_timer.start();
}
