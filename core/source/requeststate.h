// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "stream/agentrequest.h"

#include <QList>

// What has been asked of the sources so far (interval, pause, what to read besides the system and
// the processes), so that a source started later (the root agent) is brought to the same state.
// One-off requests (refresh, slab caches) are not state.
class RequestState
{
public:
    void record(const AgentRequest::Request &request);
    // The requests that bring a fresh source to this state.
    QList<AgentRequest::Request> replay() const;
    // Whether the last word on pausing was to pause.
    bool paused() const;

private:
    // The last request of each kind, by its index in the variant.
    std::array<std::optional<AgentRequest::Request>, std::variant_size_v<AgentRequest::Request>> m_last;
};
