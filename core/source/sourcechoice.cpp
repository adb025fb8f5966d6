// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sourcechoice.h"

#include "source/agentsource.h"
#include "source/attachingsource.h"
#include "source/replaysource.h"
#include "watch/watchercontrol.h"

SourceChoice SourceChoice::local(const SysRoot &root)
{
    return {Kind::Local, root, {}, {}, std::nullopt};
}

SourceChoice SourceChoice::hostAgent(const AgentCommand &command)
{
    return {Kind::HostAgent, SysRoot(), command, {}, std::nullopt};
}

SourceChoice SourceChoice::remoteAgent(const AgentCommand &command)
{
    return {Kind::RemoteAgent, SysRoot(), command, {}, std::nullopt};
}

SourceChoice SourceChoice::replay(const QString &recordingPath, std::optional<qint64> atMs)
{
    return {Kind::Replay, SysRoot(), {}, recordingPath, atMs};
}

std::unique_ptr<SnapshotSource> SourceChoice::create() const
{
    switch (kind) {
    case Kind::Local:
        return std::make_unique<AttachingSource>(root, WatcherControl::socketPath(root));
    case Kind::HostAgent:
    case Kind::RemoteAgent:
        return std::make_unique<AgentSource>(agent);
    case Kind::Replay:
        break;
    }
    return std::make_unique<ReplaySource>(recording, recordingAtMs);
}

bool SourceChoice::showsThisMachineLive() const
{
    return (kind == Kind::Local && root.isLive()) || kind == Kind::HostAgent;
}
