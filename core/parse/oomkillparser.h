// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Who ended a program for want of memory.
enum class OomKiller : quint8 {
    Kernel, // the kernel's OOM killer: the whole system, or a cgroup at its limit
    SystemdOomd, // systemd-oomd, on memory pressure or swap use of a cgroup it watches
    Earlyoom, // earlyoom, on available memory and free swap under its limits
};

// One process the kernel's OOM killer killed, from its kernel log messages, or one that
// systemd-oomd or earlyoom killed, from theirs (OomDaemonParser). Figures an older kernel or
// daemon did not print, or a damaged message did not hold, are absent rather than zero.
struct OomKill {
    OomKiller killer = OomKiller::Kernel;
    std::optional<qint64> timeMs; // wall clock, ms since the epoch; absent when the boot time is unknown
    qint64 pid = 0;
    QString name; // the task's command name (at most 15 bytes; may hold spaces, parentheses, commas)
    std::optional<uint> uid;
    // Why it happened, as the kernel says it: "Out of memory" (the whole system, or a cpuset or
    // memory policy), "Memory cgroup out of memory" (a cgroup hit its limit).
    QString trigger;
    std::optional<qint64> totalVmBytes;
    std::optional<qint64> anonRssBytes;
    std::optional<qint64> fileRssBytes;
    std::optional<qint64> shmemRssBytes;
    std::optional<qint64> pageTablesBytes;
    std::optional<int> oomScoreAdj;
    // From the "oom-kill:" summary the kernel prints just before the kill; empty when that line
    // was not in the log (overwritten, or a kernel older than 5.0).
    QString constraint; // "CONSTRAINT_NONE", "CONSTRAINT_CPUSET", "CONSTRAINT_MEMORY_POLICY", "CONSTRAINT_MEMCG"
    QString cgroup; // the victim's memory cgroup ("/system.slice/foo.service")
    QString limitCgroup; // for CONSTRAINT_MEMCG: the cgroup whose limit was hit (the victim's or an ancestor)

    // A daemon's reason, in its own figures (percentages as it printed them):
    // - systemd-oomd on pressure: pressure is the watched cgroup's PSI some avg10, over limit for
    //   duration ("20s"); on swap: swap is the share of swap in use, over limit;
    // - earlyoom: available is MemAvailable's share of RAM, swap the share of swap free, both at
    //   or under their limits (limit and swapLimit); signal is what it sent (SIGTERM, SIGKILL).
    QString watchedCgroup; // systemd-oomd: the cgroup whose pressure or swap it watched
    std::optional<double> pressurePercent;
    std::optional<double> availablePercent;
    std::optional<double> swapPercent;
    std::optional<double> limitPercent;
    std::optional<double> swapLimitPercent;
    QString duration;
    QString signal;
    std::optional<qint64> rssBytes; // earlyoom: the victim's VmRSS when it was chosen

    bool operator==(const OomKill &) const = default;
};

// Recognises the OOM killer's messages in a kernel log, fed one message at a time in log order,
// and pairs each "Killed process" message with the "oom-kill:" summary before it. Pure: no I/O,
// so the kill history reader feeds it from the journal or /dev/kmsg, and tests from fixtures.
class OomKillParser
{
public:
    // timeMs: when the kernel wrote the message, if known. Messages that are not about an OOM
    // kill cost a few comparisons.
    void add(std::optional<qint64> timeMs, QByteArrayView message);
    // A new boot: a summary left from the previous one belongs to no kill that follows.
    void startBoot();

    // The kills recognised since the last call, oldest first.
    QList<OomKill> takeKills();
    // The first OOM message that was not fully understood, or empty. Its kill is still reported,
    // with what could be read.
    QString problem() const
    {
        return m_problem;
    }

private:
    struct Summary {
        qint64 pid = 0;
        std::optional<uint> uid;
        QByteArray constraint;
        QByteArray limitCgroup;
        QByteArray cgroupAndTask; // "<task_memcg>,task=<name>": split once the kill names the task
    };

    void addSummary(QByteArrayView text);
    void addKill(std::optional<qint64> timeMs, QByteArrayView trigger, QByteArrayView text);
    void noteProblem(const QString &what);

    std::optional<Summary> m_summary;
    QList<OomKill> m_kills;
    QString m_problem;
};
