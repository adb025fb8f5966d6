// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "oomkillparser.h"

#include "textscan.h"

#include <climits>
#include <utility>

static constexpr QByteArrayView killedProcess = "Killed process ";

// The words before "Killed process ": "Out of memory: ", "Memory cgroup out of memory: ",
// "Out of memory (oom_kill_allocating_task): ", or nothing (kernels before 4.19 printed the kill
// on a line of its own). Anything else is some other message that happens to say it.
static bool isOomTrigger(QByteArrayView prefix)
{
    if (prefix.isEmpty())
        return true;
    if (!prefix.endsWith(": "))
        return false;
    return prefix.startsWith("Out of memory") || prefix.startsWith("Memory cgroup out of memory");
}

static QString text(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

void OomKillParser::add(std::optional<qint64> timeMs, QByteArrayView message)
{
    while (!message.isEmpty() && (message.back() == '\n' || message.back() == ' '))
        message.chop(1);
    if (message.startsWith("oom-kill:")) {
        addSummary(message.sliced(9));
        return;
    }
    const qsizetype at = message.indexOf(killedProcess);
    if (at < 0 || !isOomTrigger(message.first(at)))
        return;
    addKill(timeMs, message.first(at).chopped(at > 0 ? 2 : 0), message.sliced(at + killedProcess.size()));
}

void OomKillParser::startBoot()
{
    m_summary.reset();
}

QList<OomKill> OomKillParser::takeKills()
{
    return std::exchange(m_kills, {});
}

void OomKillParser::noteProblem(const QString &what)
{
    if (m_problem.isEmpty())
        m_problem = what;
}

// "constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=/a,
// task_memcg=/a/b,task=NAME,pid=1234,uid=0". The node lists hold commas and cgroup paths and the
// task name may, so fields are found by their keys, the numbers from the end.
void OomKillParser::addSummary(QByteArrayView summary)
{
    m_summary.reset();
    const auto bad = [&] {
        noteProblem(QStringLiteral("not an oom-kill summary: %1").arg(TextScan::quoted(summary)));
    };
    if (!summary.startsWith("constraint="))
        return bad();
    const qsizetype uidAt = summary.lastIndexOf(",uid=");
    const qsizetype pidAt = uidAt < 0 ? -1 : summary.first(uidAt).lastIndexOf(",pid=");
    const qsizetype memcgAt = summary.indexOf(",task_memcg=");
    if (pidAt < 0 || memcgAt < 0 || memcgAt > pidAt)
        return bad();
    const auto pid = TextScan::toInt64(summary.sliced(pidAt + 5, uidAt - pidAt - 5));
    const auto uid = TextScan::toUInt64(summary.sliced(uidAt + 5));
    if (!pid || *pid <= 0)
        return bad();
    Summary parsed;
    parsed.pid = *pid;
    if (uid && *uid <= UINT_MAX)
        parsed.uid = uint(*uid);
    QByteArrayView constraint = summary.sliced(11);
    parsed.constraint = constraint.first(std::max<qsizetype>(0, constraint.indexOf(','))).toByteArray();
    const qsizetype limitAt = summary.first(memcgAt).indexOf(",oom_memcg=");
    if (limitAt >= 0)
        parsed.limitCgroup = summary.sliced(limitAt + 11, memcgAt - limitAt - 11).toByteArray();
    parsed.cgroupAndTask = summary.sliced(memcgAt + 12, pidAt - memcgAt - 12).toByteArray();
    m_summary = std::move(parsed);
}

// "1234 (NAME) total-vm:35372kB, anon-rss:32640kB, file-rss:1072kB, shmem-rss:0kB, UID:0
// pgtables:108kB oom_score_adj:0". Older kernels end after file-rss or shmem-rss.
void OomKillParser::addKill(std::optional<qint64> timeMs, QByteArrayView trigger, QByteArrayView kill)
{
    const QByteArrayView whole = kill;
    const auto problem = [&](const QString &what) {
        noteProblem(QStringLiteral("%1 in OOM kill message %2").arg(what, TextScan::quoted(whole)));
    };
    const qsizetype open = kill.indexOf(" (");
    const auto pid = open < 0 ? std::nullopt : TextScan::toInt64(kill.first(open));
    if (!pid || *pid <= 0)
        return problem(QStringLiteral("no process id"));

    OomKill result;
    result.timeMs = timeMs;
    result.pid = *pid;
    result.trigger = text(trigger);
    // The name ends at the last ") total-vm:": what follows it is numbers, what precedes it is
    // the name, however many parentheses it holds.
    QByteArrayView rest = kill.sliced(open + 2);
    qsizetype close = rest.lastIndexOf(") total-vm:");
    if (close < 0)
        close = rest.lastIndexOf(')');
    const QByteArrayView name = close < 0 ? rest : rest.first(close);
    result.name = text(name);
    rest = close < 0 ? QByteArrayView() : rest.sliced(close + 1);
    if (close < 0)
        problem(QStringLiteral("a cut-short process name"));

    for (QByteArrayView token = TextScan::nextToken(rest); !token.isEmpty(); token = TextScan::nextToken(rest)) {
        if (token.endsWith(','))
            token.chop(1);
        const qsizetype colon = token.indexOf(':');
        if (colon <= 0) {
            problem(QStringLiteral("an unreadable field %1").arg(TextScan::quoted(token)));
            continue;
        }
        const QByteArrayView key = token.first(colon);
        const QByteArrayView value = token.sliced(colon + 1);
        std::optional<qint64> *bytes = key == "total-vm" ? &result.totalVmBytes
            : key == "anon-rss"                          ? &result.anonRssBytes
            : key == "file-rss"                          ? &result.fileRssBytes
            : key == "shmem-rss"                         ? &result.shmemRssBytes
            : key == "pgtables"                          ? &result.pageTablesBytes
                                                         : nullptr;
        bool understood = true;
        if (bytes) {
            *bytes = TextScan::kibibytesToBytes(value);
            understood = bytes->has_value();
        } else if (key == "UID") {
            const auto uid = TextScan::toUInt64(value);
            understood = uid && *uid <= UINT_MAX;
            if (understood)
                result.uid = uint(*uid);
        } else if (key == "oom_score_adj") {
            const auto adj = TextScan::toInt64(value);
            understood = adj && *adj >= -1000 && *adj <= 1000;
            if (understood)
                result.oomScoreAdj = int(*adj);
        }
        if (!understood)
            problem(QStringLiteral("an unreadable %1").arg(TextScan::quoted(key)));
    }
    if (close >= 0 && (!result.totalVmBytes || !result.anonRssBytes || !result.fileRssBytes))
        problem(QStringLiteral("missing sizes"));

    // The summary names the same pid when it belongs to this kill. Its task name is known now,
    // so the cgroup is what precedes ",task=NAME" exactly, even if the path holds ",task=".
    if (m_summary && m_summary->pid == result.pid) {
        const Summary &summary = *m_summary;
        result.constraint = text(summary.constraint);
        result.limitCgroup = text(summary.limitCgroup);
        const QByteArray taskSuffix = ",task=" + name.toByteArray();
        const qsizetype cgroupEnd =
            summary.cgroupAndTask.endsWith(taskSuffix) ? summary.cgroupAndTask.size() - taskSuffix.size() : summary.cgroupAndTask.lastIndexOf(",task=");
        result.cgroup = text(QByteArrayView(summary.cgroupAndTask).first(std::max<qsizetype>(0, cgroupEnd)));
        if (!result.uid)
            result.uid = summary.uid;
        m_summary.reset();
    }
    m_kills.append(std::move(result));
}
