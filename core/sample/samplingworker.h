// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "source/requeststate.h"
#include "source/sourcechoice.h"

#include <QObject>

#include <memory>

// Lives on the sampling thread and holds the window's source. Every request goes to the source
// and is remembered, so that the root agent ("Show all processes"), started later, is brought to
// the same state. While the root agent delivers, it replaces the source: its snapshots are the
// window's and the source rests; when it ends, the source takes over again.
class SamplingWorker : public QObject
{
    Q_OBJECT

public:
    SamplingWorker(const SourceChoice &choice, const QString &rootAgentPath);
    ~SamplingWorker() override;

    // Called on the sampling thread only (the engine queues them there).
    // Starts the source, or starts it again, brought to the state asked for so far.
    void start();
    void request(const AgentRequest::Request &request);
    void setAllProcesses(bool on);
    // A recording at another moment; other sources have no moments but the present.
    void openMoment(qint64 atMs);

Q_SIGNALS:
    void sampled(const SnapshotStream::Snapshot &snapshot);
    void sourceEnded(const QString &reason);
    // The root agent's first snapshot has arrived: from now on every figure is root's.
    void allProcessesStarted();
    // The root agent stopped (refused, or ended): why; the window's source has taken over again.
    void allProcessesEnded(const QString &reason);
    // The background watcher samples for this window (see AttachingSource), or no longer: why.
    void watcherAttachedChanged(bool attached, const QString &reason);

private:
    void rootSampled(const SnapshotStream::Snapshot &snapshot);
    void rootEnded(const QString &reason);
    void resumeSource();

    SourceChoice m_choice;
    QString m_rootAgentPath;
    RequestState m_state;
    std::unique_ptr<SnapshotSource> m_source;
    std::unique_ptr<SnapshotSource> m_root; // while "Show all processes" is on
    bool m_rootDelivers = false;
};
