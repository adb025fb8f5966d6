// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/killhistoryreader.h"
#include "snapshot/cgroupsnapshot.h"
#include "snapshot/librarysnapshot.h"
#include "snapshot/mappingsnapshot.h"
#include "snapshot/numaresidency.h"
#include "snapshot/processsnapshot.h"
#include "snapshot/slabcachesnapshot.h"
#include "snapshot/systemsnapshot.h"
#include "source/sourcechoice.h"

#include <QObject>
#include <QThread>

#include <functional>

class SamplingWorker;

// The GUI thread's handle on sampling. The window's source (see SourceChoice) lives on a thread of
// its own; what the pages want is asked of it as requests, and snapshots arrive here as queued
// signals, so slots connected to this object run on the GUI thread and only apply finished data.
class SamplingEngine : public QObject
{
    Q_OBJECT

public:
    explicit SamplingEngine(const SourceChoice &source, QObject *parent = nullptr);
    ~SamplingEngine() override;

    void start(int intervalMs);
    void setInterval(int intervalMs);
    // Stops sampling until unpaused; refresh() still samples once.
    void setPaused(bool paused);
    // The process whose mappings (and NUMA residency) to sample each tick; nullopt for none.
    void setMappingsProcess(std::optional<ProcessKey> process);
    // Reading every process's mappings costs: only while a view of libraries is open.
    void setLibrariesEnabled(bool enabled);
    void setCgroupsEnabled(bool enabled);
    // The OOM kill history: read at once, then each tick while enabled, delivered by
    // killHistorySampled() whenever it changed.
    void setKillHistoryEnabled(bool enabled);
    // Ticks read smaps_rollup only for processes whose memory moved, and for the rest before
    // their PSS gets older than this.
    void setPssMaxAge(int maxAgeMs);
    // Sample now, every process afresh, instead of waiting for the interval.
    void refresh();
    // The kernel's slab caches, once; answered by slabCachesSampled().
    void readSlabCaches();
    // Read everything as root through the root agent (one polkit authentication), or stop.
    void setAllProcesses(bool on);
    // Start the source again after it ended (an agent whose connection was lost), as it was.
    void restart();
    // A recording: show it at another moment and play on from there (a timeline's choice).
    void openMoment(qint64 atMs);

Q_SIGNALS:
    void systemSampled(const SystemSnapshot &snapshot);
    void processesSampled(const ProcessSnapshot &snapshot);
    void mappingsSampled(const MappingSnapshot &snapshot);
    // The mappings process's resident memory per NUMA node; only on machines with several.
    void numaResidencySampled(const NumaResidency &residency);
    void librariesSampled(const LibrarySnapshot &snapshot);
    void cgroupsSampled(const CgroupSnapshot &snapshot);
    void killHistorySampled(const KillHistory &history);
    void slabCachesSampled(const SlabCacheSnapshot &snapshot);
    // A moment the background watcher marked just now (this window being attached to it).
    void bookmarked(const Bookmark &bookmark);
    // The source has no more snapshots (a recording's end, an agent gone): why, in a sentence.
    void sourceEnded(const QString &reason);
    void allProcessesStarted();
    void allProcessesEnded(const QString &reason);
    // The background watcher samples for this window, or no longer (why); see AttachingSource.
    void watcherAttachedChanged(bool attached, const QString &reason);

private:
    // Runs call on the sampling thread, where the worker lives.
    void onWorker(std::function<void(SamplingWorker &)> call);
    void request(const AgentRequest::Request &request);
    void dispatch(const SnapshotStream::Snapshot &snapshot);

    QThread m_thread;
    SamplingWorker *m_worker; // owned by the sampling thread once started; deleted when it ends
};
