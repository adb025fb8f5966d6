// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "stream/agentrequest.h"
#include "stream/snapshotstream.h"

#include <QList>

// The watcher's sampling, shared with the window attached to it: one sampler where there would be
// two. The watcher needs its own pace (10 s, 1 s under pressure), its PSS age and the kill history;
// a window asks for what its pages show (every second, mappings, libraries, cgroups). While a
// window is attached and not paused, the source runs at the faster pace and the fresher PSS, and
// reads the extras it asked for; when it pauses or leaves, the source goes back to what the
// watcher alone needs. Each call returns the requests that bring the source there.
class SharedSampling
{
public:
    SharedSampling(int ownIntervalMs, int ownPssMaxAgeMs);

    // What the watcher alone needs, to start the source with.
    QList<AgentRequest::Request> start() const;
    // Under pressure or calm again.
    QList<AgentRequest::Request> setOwnInterval(int intervalMs);
    int ownIntervalMs() const
    {
        return m_ownIntervalMs;
    }

    QList<AgentRequest::Request> attach();
    QList<AgentRequest::Request> windowAsked(const AgentRequest::Request &request);
    QList<AgentRequest::Request> detach();
    bool attached() const
    {
        return m_attached;
    }
    // Whether the attached window is paused.
    bool paused() const
    {
        return m_attached && m_paused;
    }
    // Whether the window should have this snapshot, sampled now: nothing while it pauses but what
    // it asked for once (a refresh, the slab caches: oneOff), kill histories only when it asked.
    bool forWindow(const SnapshotStream::Snapshot &snapshot, bool oneOff) const;
    // Whether a request is answered at once, even while the window pauses.
    static bool isOneOff(const AgentRequest::Request &request);

private:
    QList<AgentRequest::Request> pace() const;
    QList<AgentRequest::Request> extras() const;

    int m_ownIntervalMs;
    int m_ownPssMaxAgeMs;
    bool m_attached = false;
    // What the attached window asked for.
    std::optional<int> m_windowIntervalMs;
    std::optional<int> m_windowPssMaxAgeMs;
    bool m_paused = false;
    bool m_libraries = false;
    bool m_cgroups = false;
    bool m_kills = false;
    std::optional<ProcessKey> m_mappings;
};
