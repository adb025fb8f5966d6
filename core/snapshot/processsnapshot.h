// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/smapscounters.h"
#include "snapshot/gpumemory.h"
#include "snapshot/reading.h"

#include <QHashFunctions>
#include <QList>
#include <QStringList>

// A process's identity: a pid is reused after the process exits, the pair with its start time
// (clock ticks after boot) is not.
struct ProcessKey {
    qint64 pid = 0;
    quint64 startTime = 0;

    bool operator==(const ProcessKey &) const = default;
};

inline size_t qHash(const ProcessKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.pid, key.startTime);
}

struct ProcessRecord {
    ProcessKey key;
    qint64 ppid = 0;
    QString name; // the kernel's task name (comm, at most 15 bytes)
    QStringList commandLine; // empty for kernel threads
    uint uid = 0;
    QString user;
    char state = '?';
    quint64 cpuTicks = 0; // user + system time
    int threads = 0;
    bool kernelThread = false;

    // From /proc/PID/status: cheap, always readable while the process lives.
    Reading<qint64> rss;
    Reading<qint64> swap;
    std::optional<qint64> rssAnon;
    std::optional<qint64> rssFile;
    std::optional<qint64> rssShmem;

    // From smaps_rollup (or summed smaps on kernels before 4.14): PSS, USS and the rest.
    Reading<SmapsCounters> smaps;

    // The GPU clients among its file descriptors (/proc/PID/fd pointing at /dev/dri, their
    // fdinfo): empty for a process without any; missing where its descriptors cannot be listed.
    Reading<QList<GpuClient>> gpu;

    Reading<qint64> oomScore;
    Reading<qint64> oomScoreAdj;
    QString cgroup; // path in the hierarchy with the memory controller

    // When the figures above were read (ms since the epoch). Incremental sampling keeps a record
    // until its process moves or the age bound comes; name, state and CPU time are always fresh.
    qint64 readAtMs = 0;

    // Derived figures, unavailable exactly when smaps is.
    std::optional<qint64> pss() const
    {
        return smaps.value ? smaps.value->value(SmapsCounters::Pss) : std::nullopt;
    }
    std::optional<qint64> uss() const
    {
        return smaps.value ? smaps.value->uss() : std::nullopt;
    }
    std::optional<qint64> shared() const
    {
        return smaps.value ? smaps.value->shared() : std::nullopt;
    }
    std::optional<qint64> anonHugePages() const
    {
        return smaps.value ? smaps.value->value(SmapsCounters::AnonHugePages) : std::nullopt;
    }
    std::optional<qint64> swapPss() const
    {
        return smaps.value ? smaps.value->value(SmapsCounters::SwapPss) : std::nullopt;
    }
    // Its GPU memory, each client once; nullopt where its descriptors could not be read.
    std::optional<qint64> gpuBytes() const
    {
        return gpu.value ? std::optional(GpuUsage::bytes(*gpu.value)) : std::nullopt;
    }
    // The command line as one string, or the task name in brackets for a kernel thread, as ps does.
    QString displayCommand() const;

    bool operator==(const ProcessRecord &) const = default;
};

struct ProcessSnapshot {
    qint64 sampledAtMs = 0;
    QList<ProcessRecord> processes; // in pid order
    int vanished = 0; // processes that ended while this snapshot was read
    QString smapsSource; // "smaps_rollup", or why the slower smaps was summed instead

    bool operator==(const ProcessSnapshot &) const = default;
};
