// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/cgroupreader.h"
#include "read/killhistoryreader.h"
#include "sample/librarysampler.h"
#include "sample/processsampler.h"
#include "sample/systemsampler.h"
#include "snapshot/librarysnapshot.h"

#include "stream/snapshotstream.h"

#include <QFile>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include <memory>

// Lives on the sampling thread. Each tick reads what is wanted and emits finished snapshots;
// the next tick is armed only when this one is done, so a slow tick never piles up behind itself.
class SamplingWorker : public QObject
{
    Q_OBJECT

public:
    explicit SamplingWorker(const SysRoot &root);

    // Called on the sampling thread only (the engine queues them there).
    void start(int intervalMs);
    void setInterval(int intervalMs);
    // While paused no tick is armed; tick() still samples once (a manual refresh).
    void setPaused(bool paused);
    void setMappingsProcess(std::optional<ProcessKey> process);
    void setLibrariesEnabled(bool enabled);
    void setCgroupsEnabled(bool enabled);
    // Enabling reads the history at once and then each tick, emitting it when it changed;
    // disabling closes the journal or /dev/kmsg.
    void setKillHistoryEnabled(bool enabled);
    // No process's PSS gets older than this (see PssScheduler).
    void setPssMaxAge(int maxAgeMs);
    // A tick: every process's stat, and smaps_rollup only where the scheduler says.
    void tick();
    // Every file of every process read afresh (a manual refresh).
    void refreshAll();

Q_SIGNALS:
    void systemSampled(const SystemSnapshot &snapshot);
    void processesSampled(const ProcessSnapshot &snapshot);
    void mappingsSampled(const MappingSnapshot &snapshot);
    // The mappings process's memory per NUMA node, each tick, on machines with more than one.
    void numaResidencySampled(const NumaResidency &residency);
    void librariesSampled(const LibrarySnapshot &snapshot);
    void cgroupsSampled(const CgroupSnapshot &snapshot);
    void killHistorySampled(const KillHistory &history);
    // A replayed recording has no more snapshots, or cannot be read: why, in a sentence.
    void replayEnded(const QString &reason);

public:
    // From now on each tick plays the next system and process snapshot of this recording
    // instead of reading /proc (mappings, libraries and cgroups are not recorded).
    void setReplay(const QString &recordingPath);
    // From now on the snapshots come from an agent process (`memlens --agent` on the host,
    // started through flatpak-spawn) as it writes them, not from this sandbox's /proc.
    void setAgent(const QString &program, const QStringList &arguments);

private:
    void sampleAll(bool everyProcessAfresh);
    void replayTick();
    void sampleKillHistory();

    SystemSampler m_system;
    ProcessSampler m_processes;
    LibrarySampler m_libraries;
    CgroupReader m_cgroups;
    QTimer m_timer;
    std::optional<ProcessKey> m_mappingsProcess;
    bool m_severalNumaNodes = false; // as of the last system sample
    bool m_librariesEnabled = false;
    bool m_cgroupsEnabled = false;
    bool m_paused = false;
    bool m_agent = false;
    void readAgent();

    std::unique_ptr<QIODevice> m_recording; // a recording file, or the agent's process
    std::unique_ptr<SnapshotStream::Reader> m_replay;
    SysRoot m_root;
    std::unique_ptr<KillHistoryReader> m_killHistory; // only while enabled
    std::optional<KillHistory> m_lastKillHistory; // the last one emitted
};
