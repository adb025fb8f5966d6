// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "requeststate.h"

void RequestState::record(const AgentRequest::Request &request)
{
    if (std::holds_alternative<AgentRequest::Refresh>(request) || std::holds_alternative<AgentRequest::SlabCaches>(request)
        || std::holds_alternative<AgentRequest::Hello>(request))
        return;
    m_last[request.index()] = request;
}

QList<AgentRequest::Request> RequestState::replay() const
{
    QList<AgentRequest::Request> requests;
    for (const auto &request : m_last) {
        if (request)
            requests.append(*request);
    }
    return requests;
}

bool RequestState::paused() const
{
    const auto &pause = m_last[AgentRequest::Request(AgentRequest::Pause{}).index()];
    return pause && std::get<AgentRequest::Pause>(*pause).on;
}
