// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/killhistoryreader.h"
#include "read/sysroot.h"
#include "snapshot/cgroupsnapshot.h"
#include "snapshot/librarysnapshot.h"
#include "snapshot/mappingsnapshot.h"
#include "snapshot/numaresidency.h"
#include "snapshot/processsnapshot.h"
#include "snapshot/systemsnapshot.h"

#include <QObject>
#include <QThread>

class SamplingWorker;

// The GUI thread's handle on sampling. Reading /proc happens on a thread of its own; snapshots
// arrive here as queued signals, so slots connected to this object run on the GUI thread and
// only ever apply finished data.
class SamplingEngine : public QObject
{
    Q_OBJECT

public:
    explicit SamplingEngine(const SysRoot &root, QObject *parent = nullptr);
    ~SamplingEngine() override;

    void start(int intervalMs);
    void setInterval(int intervalMs);
    // Stops sampling until unpaused; refresh() still samples once.
    void setPaused(bool paused);
    // The process whose mappings to sample each tick; nullopt for none.
    void setMappingsProcess(std::optional<ProcessKey> process);
    // Reading every process's smaps is costly: only while a view of libraries is open.
    void setLibrariesEnabled(bool enabled);
    void setCgroupsEnabled(bool enabled);
    // The OOM kill history: read on the sampling thread at once, then each tick while enabled,
    // delivered by killHistorySampled() whenever it changed.
    void setKillHistoryEnabled(bool enabled);
    // Play a recording (`memlens --agent` output saved to a file) instead of reading /proc.
    void setReplay(const QString &recordingPath);
    // Take snapshots from an agent process instead (a Flatpak'ed MemLens reading the host).
    void setAgent(const QString &program, const QStringList &arguments);
    // Ticks read smaps_rollup only for processes whose memory moved, and for the rest before
    // their PSS gets older than this.
    void setPssMaxAge(int maxAgeMs);
    // Sample now, every process afresh, instead of waiting for the interval.
    void refresh();

Q_SIGNALS:
    void systemSampled(const SystemSnapshot &snapshot);
    void processesSampled(const ProcessSnapshot &snapshot);
    void mappingsSampled(const MappingSnapshot &snapshot);
    // The mappings process's resident memory per NUMA node; only on machines with several.
    void numaResidencySampled(const NumaResidency &residency);
    void librariesSampled(const LibrarySnapshot &snapshot);
    void cgroupsSampled(const CgroupSnapshot &snapshot);
    void killHistorySampled(const KillHistory &history);
    void replayEnded(const QString &reason);

private:
    template<typename F>
    void onWorker(F &&f);

    QThread m_thread;
    SamplingWorker *m_worker; // owned by the sampling thread once started; deleted when it ends
};
