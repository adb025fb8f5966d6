// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "oomkillparser.h"

// Recognises the kills systemd-oomd and earlyoom write to the journal, fed one message at a
// time in log order with the identifier that wrote it ("systemd-oomd", "earlyoom"). Pure, like
// OomKillParser. The formats, from their sources:
// - systemd-oomd (247 and later): "Killed <cgroup> due to memory pressure for <watched> being
//   <a.bc>% > <d.ef>% for > <duration> with reclaim activity"; "Killed <cgroup> due to memory
//   used (<n>) / total (<n>) and swap used (<n>) / total (<n>) being more than <a.bc>%"; before
//   250, "... due to swap used (<n>) / total (<n>) being more than <a.bc>%"; since 254 "Marked
//   <cgroup> for killing due to ...".
// - earlyoom (1.2 and later): "mem avail: ... (<a.bc>%), swap free: ... (<d.ef>%)", then "low
//   memory! at or below SIG<X> limits: mem <a.bc>%, swap <d.ef>%", then "sending SIG<X> to
//   process <pid> uid <uid> "<name>": <fields>", the fields varying by version (badness,
//   oom_score, oom_score_adj, VmRSS <n> MiB, cmdline "...").
class OomDaemonParser
{
public:
    void add(std::optional<qint64> timeMs, QByteArrayView identifier, QByteArrayView message);

    // The kills recognised since the last call, oldest first.
    QList<OomKill> takeKills();
    // The first kill message that was not fully understood, or empty. Its kill is still
    // reported, with what could be read.
    QString problem() const
    {
        return m_problem;
    }

private:
    void addOomd(std::optional<qint64> timeMs, QByteArrayView message);
    void addEarlyoom(std::optional<qint64> timeMs, QByteArrayView message);
    void noteProblem(const QString &what);

    // earlyoom's lines before a kill: its reading of memory, then the limits it crossed.
    std::optional<double> m_availablePercent;
    std::optional<double> m_swapFreePercent;
    std::optional<double> m_limitPercent;
    std::optional<double> m_swapLimitPercent;
    QList<OomKill> m_kills;
    QString m_problem;
};
