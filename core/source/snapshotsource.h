// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "stream/agentrequest.h"
#include "stream/snapshotstream.h"

#include <QObject>

// Where snapshots come from: this machine's /proc read in-process, a memlens-agent at the other end
// of a pipe (as root, on the Flatpak host, on another machine), or a recording. Every source takes
// the same requests (AgentRequest) and answers in the same snapshots, so every page shows the same
// whichever it is. A source lives on the sampling thread.
class SnapshotSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Begins delivering snapshots. Requests made before are kept and take effect from the first.
    virtual void start() = 0;
    virtual void request(const AgentRequest::Request &request) = 0;

Q_SIGNALS:
    void sampled(const SnapshotStream::Snapshot &snapshot);
    // No more snapshots will come: why, in a sentence that says what to do where there is something.
    void ended(const QString &reason);
};
