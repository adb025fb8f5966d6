// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parseresult.h"

#include <QString>

// The fields of /proc/PID/stat that MemLens uses. Times are in clock ticks (sysconf(_SC_CLK_TCK));
// startTime counts from boot and, with the pid, identifies a process across pid reuse.
struct ProcStat {
    QString comm; // as written between the parentheses; may itself contain spaces and ')'
    char state = '?';
    qint64 ppid = 0;
    quint64 flags = 0; // PF_* task flags
    quint64 minorFaults = 0;
    quint64 majorFaults = 0;
    quint64 userTicks = 0;
    quint64 systemTicks = 0;
    qint64 threads = 0;
    quint64 startTime = 0;
    qint64 rssPages = 0;

    bool isKernelThread() const
    {
        constexpr quint64 PF_KTHREAD = 0x00200000;
        return flags & PF_KTHREAD;
    }

    bool operator==(const ProcStat &) const = default;
};

ParseResult<ProcStat> parseProcStat(QByteArrayView text);
