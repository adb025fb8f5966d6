// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sharedsampling.h"

#include <algorithm>

using namespace AgentRequest;

SharedSampling::SharedSampling(int ownIntervalMs, int ownPssMaxAgeMs)
    : m_ownIntervalMs(ownIntervalMs)
    , m_ownPssMaxAgeMs(ownPssMaxAgeMs)
{
}

QList<Request> SharedSampling::start() const
{
    return pace() << Kills{true};
}

QList<Request> SharedSampling::setOwnInterval(int intervalMs)
{
    m_ownIntervalMs = intervalMs;
    return pace();
}

QList<Request> SharedSampling::pace() const
{
    const bool shared = m_attached && !m_paused;
    const int intervalMs = shared ? std::min(m_ownIntervalMs, m_windowIntervalMs.value_or(m_ownIntervalMs)) : m_ownIntervalMs;
    const int pssMaxAgeMs = shared ? std::min(m_ownPssMaxAgeMs, m_windowPssMaxAgeMs.value_or(m_ownPssMaxAgeMs)) : m_ownPssMaxAgeMs;
    return {Interval{intervalMs}, PssMaxAge{pssMaxAgeMs}};
}

// The window's extras as they are to be read now: none while it pauses or is away.
QList<Request> SharedSampling::extras() const
{
    const bool shared = m_attached && !m_paused;
    return {Libraries{shared && m_libraries}, Cgroups{shared && m_cgroups}, Mappings{shared ? m_mappings : std::nullopt}};
}

QList<Request> SharedSampling::attach()
{
    *this = SharedSampling(m_ownIntervalMs, m_ownPssMaxAgeMs);
    m_attached = true;
    return pace();
}

QList<Request> SharedSampling::detach()
{
    m_attached = false;
    return pace() + extras();
}

QList<Request> SharedSampling::windowAsked(const Request &request)
{
    if (!m_attached)
        return {};
    if (const auto *interval = std::get_if<Interval>(&request)) {
        m_windowIntervalMs = interval->ms;
        return pace();
    }
    if (const auto *age = std::get_if<PssMaxAge>(&request)) {
        m_windowPssMaxAgeMs = age->ms;
        return pace();
    }
    if (const auto *pause = std::get_if<Pause>(&request)) {
        if (pause->on == m_paused)
            return {};
        m_paused = pause->on;
        // Back from a pause, the window wants the present at once.
        return pace() + extras() + (m_paused ? QList<Request>{} : QList<Request>{Refresh{}});
    }
    if (const auto *libraries = std::get_if<Libraries>(&request))
        m_libraries = libraries->on;
    else if (const auto *cgroups = std::get_if<Cgroups>(&request))
        m_cgroups = cgroups->on;
    else if (const auto *mappings = std::get_if<Mappings>(&request))
        m_mappings = mappings->process;
    else if (const auto *kills = std::get_if<Kills>(&request))
        m_kills = kills->on; // the watcher reads them anyway
    else if (isOneOff(request))
        return {request};
    return m_paused ? QList<Request>{} : extras();
}

bool SharedSampling::isOneOff(const Request &request)
{
    return std::holds_alternative<Refresh>(request) || std::holds_alternative<SlabCaches>(request);
}

bool SharedSampling::forWindow(const SnapshotStream::Snapshot &snapshot, bool oneOff) const
{
    if (!m_attached)
        return false;
    if (std::holds_alternative<Bookmark>(snapshot))
        return true; // the window's timeline marks them as they happen
    if (std::holds_alternative<KillHistory>(snapshot) && !m_kills)
        return false;
    return oneOff || !m_paused;
}
