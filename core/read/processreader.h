// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/numamapsparser.h"
#include "parse/procstatparser.h"
#include "read/filereader.h"
#include "read/sysroot.h"
#include "read/usernames.h"
#include "snapshot/mappingsnapshot.h"
#include "snapshot/processsnapshot.h"

#include <QCoreApplication>
#include <QHash>

// Reads one process at a time from /proc/PID. A process can end at any moment; whatever file
// shows that first makes read() return nothing, and the caller drops the process from the
// snapshot. Files the user may not read (another user's smaps_rollup) leave that figure
// unavailable with the reason, and the rest of the process is still shown.
class ProcessReader
{
    Q_DECLARE_TR_FUNCTIONS(ProcessReader)

public:
    explicit ProcessReader(const SysRoot &root);
    ~ProcessReader();
    ProcessReader(const ProcessReader &) = delete;
    ProcessReader &operator=(const ProcessReader &) = delete;

    // The numeric entries of /proc, ascending. Closes the stat files of processes not listed.
    QList<qint64> pids();

    std::optional<ProcessRecord> read(qint64 pid);
    // The same, with stat already read (by the cheap pass of incremental sampling).
    std::optional<ProcessRecord> read(qint64 pid, const ProcStat &stat);

    // Only /proc/PID/stat: identity, CPU time, faults and resident pages, for microseconds.
    // Nothing when the process has ended or its stat cannot be understood.
    std::optional<ProcStat> readStat(qint64 pid);
    // Copies what stat says (name, state, parent, CPU time, threads) into a record.
    static void applyStat(ProcessRecord &record, const ProcStat &stat);

    // Every mapping of the process, or why there are none. Refuses a pid reused by another process.
    Reading<QList<Mapping>> readMappings(const ProcessKey &process);
    // The process's resident memory per NUMA node from /proc/PID/numa_maps: bytes (each mapping's
    // pages × its kernelpagesize_kB), ascending by node, nodes without its pages left out. Lines
    // not understood are left out of the sums and named in problem. Refuses a reused pid too.
    Reading<QList<NodeAmount>> readNumaResidency(const ProcessKey &process);

    // False when the last read() had to sum smaps because there is no smaps_rollup (kernels before 4.14).
    bool usedRollup() const
    {
        return m_usedRollup;
    }

private:
    QString processPath(qint64 pid, QStringView file) const;
    // Empty while the pid still belongs to that process (the same start time); else why not.
    QString whyNotCurrent(const ProcessKey &process);
    Reading<SmapsCounters> readSmapsCounters(qint64 pid, bool *vanished);

    SysRoot m_root;
    FileReader m_reader;
    QHash<qint64, int> m_statFiles; // each live process's /proc/PID/stat, kept open
    qsizetype m_maximumStatFiles; // leaves room under the open-file limit for the rest of MemLens
    UserNames m_userNames;
    bool m_usedRollup = true;
};
