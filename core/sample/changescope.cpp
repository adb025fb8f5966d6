// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changescope.h"

ChangeScope ChangeScope::of(const SourceChoice &source)
{
    ChangeScope scope;
    switch (source.kind) {
    case SourceChoice::Kind::Replay:
        scope.m_refusal = tr("This window plays a recording: changes would act on this machine, not on the one recorded.");
        break;
    case SourceChoice::Kind::RemoteAgent:
        scope.m_refusal = tr("This window shows %1: changes would act on this machine, not on %1.").arg(source.agent.hostName);
        break;
    case SourceChoice::Kind::Local:
        if (!source.root.isLive())
            scope.m_refusal =
                tr("This window shows the captured tree %1: changes would act on this machine, not on the one captured.").arg(source.root.directory());
        break;
    case SourceChoice::Kind::HostAgent:
        break;
    }
    return scope;
}
