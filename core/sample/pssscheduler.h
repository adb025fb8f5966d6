// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/processsnapshot.h"

#include <QHash>
#include <QList>

// Decides, each tick, which processes get a fresh smaps_rollup. Reading it makes the kernel walk
// the process's page tables, so its cost grows with the resident pages (a 4 GiB process costs tens
// of milliseconds), while /proc/PID/stat costs microseconds. The cheap stat pass shows whose
// memory moved; the scheduler reads those first, most changed and most stale for the least cost,
// within a CPU budget per tick, and reads a share of the rest, most stale first, so that no
// figure gets older than the bound.
//
// A process that did not move can still see its PSS change, when others map or unmap pages it
// shares with them. Each page another process maps or unmaps moves its PSS by at most half a
// page, and stat shows about how many pages each process moved (RSS and faults, at a page a
// fault: the kernel's fault-around can map up to 16) and which processes started or ended. So the
// scheduler keeps, for each reading, how far it could have drifted since; while that stays under
// a percent of the figure, the reading is as good as fresh, and the bound that applies is the
// longer one for settled readings. KSM merges pages without any process faulting: the sampler
// passes its counters' moves in. The longer bound is there for what still escapes both: unmaps
// hidden in the kernel's per-CPU batching of RSS (a few dozen pages a CPU).
class PssScheduler
{
public:
    // What the cheap pass saw of one process this tick.
    struct Observation {
        ProcessKey key;
        qint64 rssPages = 0; // stat's resident pages (the kernel's batched counter)
        quint64 faults = 0; // minor + major: a page mapped in, even where RSS did not move
        quint64 cpuTicks = 0;
    };

    struct Settings {
        qint64 maxAgeMs = 10000; // no reading is shown longer than this after it could have drifted
        qint64 settledMaxAgeMs = 120000; // nor one that could not, in case something escaped stat
        qint64 budgetNsPerSecond = 10'000'000; // CPU for changed processes beyond the bound's share: 1 % of a core
        // Drift that still counts as settled: a share of the figure, but never less than 16 pages,
        // under the last digit the table shows of a figure in MiB. 0: nothing counts as settled.
        double tolerance = 0.01;
    };

    void setSettings(Settings settings);
    Settings settings() const
    {
        return m_settings;
    }

    // The process doing the sampling: its own page moves are its heap's, which no other process
    // maps, so they are not counted as drift of others' readings (they would be, every tick).
    void setSamplingPid(qint64 pid)
    {
        m_samplingPid = pid;
    }
    // The process reading these samples through a pipe (the window, for memlens-agent): its page
    // moves are its own heap's too, every tick, and would otherwise unsettle every reading.
    void setReaderPid(qint64 pid)
    {
        m_readerPid = pid;
    }

    // The indexes into live of the processes to read now, given the time until the next tick.
    // Processes not in live are forgotten. unseenPagesMoved: pages merged or unmerged since the
    // last plan() by the kernel itself (KSM), which no process's stat shows.
    QList<qsizetype> plan(const QList<Observation> &live, qint64 nowMs, qint64 intervalMs, qint64 unseenPagesMoved = 0);

    // A process was read at nowMs, which cost costNs of CPU; seen is what stat showed just
    // before, pssBytes the PSS read (nullopt when unreadable).
    void recordRead(const Observation &seen, qint64 nowMs, qint64 costNs, std::optional<qint64> pssBytes = std::nullopt);

    // How many processes it remembers: those live at the last plan(), no more.
    qsizetype tracked() const
    {
        return m_states.size();
    }

    // The estimated cost of reading a process never read before, from those that were: their
    // cost per resident page times its resident pages.
    qint64 estimatedCostNs(qint64 rssPages) const;

private:
    struct State {
        Observation lastRead;
        Observation lastSeen; // at the last plan(), to count the pages moved since
        qint64 readAtMs = 0;
        qint64 costNs = 0;
        qint64 toleranceBytes = 0; // drift that still counts as settled
        qint64 driftBytes = 0; // how far others' page moves could have taken its PSS since read
        qint64 unsettledAtMs = -1; // since when it could have drifted more than its tolerance
    };
    // Pages the whole system mapped or unmapped since the last plan(), by what stat shows.
    qint64 pagesMoved(const QList<Observation> &live);

    Settings m_settings;
    qint64 m_samplingPid = 0;
    qint64 m_readerPid = 0;
    QHash<ProcessKey, State> m_states;
    double m_shareCreditNs = 0; // the bound's share not yet spent
    double m_nsPerPage = 0; // running average over reads, for processes never read yet
    qint64 m_nsFixed = 20'000; // the part of a read that does not grow with pages (the other files)
};
