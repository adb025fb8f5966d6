// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/processsnapshot.h"
#include "snapshot/systemsnapshot.h"

#include <QCoreApplication>

// The headless report of `memlens --snapshot`: the system summary and every process, as a table
// in the manner of `smem -t` (with the RSS − PSS overcount), as JSON or as CSV.
class SnapshotReport
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotReport)

public:
    enum class Format { Table, Json, Csv };
    enum class SortKey { Pss, Rss, Uss, Swap };

    static std::optional<Format> formatFromName(QStringView name);
    static std::optional<SortKey> sortKeyFromName(QStringView name);

    // Kernel threads have no user-space memory: as smem does, a report lists them only if asked.
    enum class KernelThreads { LeftOut, Listed };

    SnapshotReport(const SystemSnapshot &system, const ProcessSnapshot &processes, SortKey sortKey, KernelThreads kernelThreads = KernelThreads::LeftOut);

    QByteArray render(Format format) const;

private:
    QByteArray table() const;
    QByteArray json() const;
    QByteArray csv() const;

    const SystemSnapshot &m_system;
    QList<ProcessRecord> m_processes; // sorted, largest first; unavailable values last
    qsizetype m_kernelThreadsLeftOut = 0;
};
