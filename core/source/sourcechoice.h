// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/sysroot.h"
#include "source/snapshotsource.h"
#include "stream/agentcommand.h"

#include <memory>

// Which source a window reads, decided before sampling starts (see SnapshotSource).
struct SourceChoice {
    enum class Kind {
        Local, // this process reads root: the live system, or a captured tree (--root)
        HostAgent, // memlens-agent on the Flatpak host, this machine seen from outside the sandbox
        RemoteAgent, // memlens-agent on another machine, through ssh
        Replay, // a recording
    };
    Kind kind = Kind::Local;
    SysRoot root; // Local
    AgentCommand agent; // HostAgent, RemoteAgent
    QString recording; // Replay
    std::optional<qint64> recordingAtMs; // Replay: the moment to open it at (ms since the epoch)

    static SourceChoice local(const SysRoot &root);
    static SourceChoice hostAgent(const AgentCommand &command);
    static SourceChoice remoteAgent(const AgentCommand &command);
    static SourceChoice replay(const QString &recordingPath, std::optional<qint64> atMs = std::nullopt);

    // Called on the sampling thread: the source lives there.
    std::unique_ptr<SnapshotSource> create() const;
    // Whether what is shown is this machine, live: where tuning and the root agent act.
    bool showsThisMachineLive() const;
};
