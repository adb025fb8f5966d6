#pragma once

#include "snapshot/processsnapshot.h"

#include <QHash>
#include <QList>

// Decides, each tick, which processes get a fresh smaps_rollup. Reading it makes the kernel walk
// the process's page tables, so its cost grows with the resident pages (a 4 GiB process costs tens
// of milliseconds), while /proc/PID/stat costs microseconds. The cheap stat pass shows whose
// memory moved; the scheduler reads those first, most changed and most stale for the least cost,
// within a CPU budget per tick, and reads a share of the unchanged rest, most stale first, so that
// no figure gets older than the bound.
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
        qint64 maxAgeMs = 10000; // no reading older than this (the bound)
        qint64 budgetNsPerSecond = 10'000'000; // CPU for changed processes beyond the bound's share: 1 % of a core
    };

    void setSettings(Settings settings);
    Settings settings() const
    {
        return m_settings;
    }

    // The indexes into live of the processes to read now, given the time until the next tick.
    // Processes not in live are forgotten.
    QList<qsizetype> plan(const QList<Observation> &live, qint64 nowMs, qint64 intervalMs);

    // A process was read at nowMs, which cost costNs of CPU; seen is what stat showed just before.
    void recordRead(const Observation &seen, qint64 nowMs, qint64 costNs);

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
        qint64 readAtMs = 0;
        qint64 costNs = 0;
    };

    Settings m_settings;
    QHash<ProcessKey, State> m_states;
    double m_nsPerPage = 0; // running average over reads, for processes never read yet
    qint64 m_nsFixed = 20'000; // the part of a read that does not grow with pages (the other files)
};
