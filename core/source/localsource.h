// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/cgroupreader.h"
#include "read/filereader.h"
#include "read/killhistoryreader.h"
#include "sample/librarysampler.h"
#include "sample/processsampler.h"
#include "sample/systemsampler.h"
#include "source/snapshotsource.h"

#include <QTimer>

#include <memory>

// Reads /proc and /sys under a root directory in this process: the window's own sampling, and what
// memlens-agent runs wherever it is started. Each tick reads what is asked for and emits finished
// snapshots; the next tick is armed only when this one is done, so a slow tick never piles up.
class LocalSource : public SnapshotSource
{
    Q_OBJECT

public:
    explicit LocalSource(const SysRoot &root, QObject *parent = nullptr);

    void start() override;
    void request(const AgentRequest::Request &request) override;
    // The process these snapshots are for, when it is another one (see PssScheduler::setReaderPid).
    void setReaderPid(qint64 pid);

private:
    void tick();
    void sampleAll(bool everyProcessAfresh);
    void sampleKillHistory();
    void setKillHistoryEnabled(bool enabled);

    SysRoot m_root;
    SystemSampler m_system;
    ProcessSampler m_processes;
    LibrarySampler m_libraries;
    CgroupReader m_cgroups;
    FileReader m_reader; // for /proc/slabinfo
    QTimer m_timer;
    std::optional<ProcessKey> m_mappingsProcess;
    bool m_started = false;
    bool m_severalNumaNodes = false; // as of the last system sample
    bool m_librariesEnabled = false;
    bool m_cgroupsEnabled = false;
    bool m_paused = false;
    std::unique_ptr<KillHistoryReader> m_killHistory; // only while enabled
    std::optional<KillHistory> m_lastKillHistory; // the last one emitted
};
