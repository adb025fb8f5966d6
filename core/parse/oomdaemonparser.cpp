// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "oomdaemonparser.h"

#include "textscan.h"

#include <climits>
#include <cmath>
#include <utility>

namespace
{
QString text(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

// "73.45%", " 6.85", "10 %" -> the number; anything else, or out of any percentage's range, -> nothing.
std::optional<double> percent(QByteArrayView text)
{
    text = text.trimmed();
    if (text.endsWith('%'))
        text.chop(1);
    bool ok = false;
    const double value = text.trimmed().toByteArray().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0 || value > 100)
        return std::nullopt;
    return value;
}

// The numbers in parentheses, in order: "memory used (5) / total (9) and ..." -> 5, 9, ...
QList<std::optional<quint64>> parenthesised(QByteArrayView text)
{
    QList<std::optional<quint64>> numbers;
    for (qsizetype open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
        const qsizetype close = text.indexOf(')', open);
        if (close < 0)
            break;
        numbers.append(TextScan::toUInt64(text.sliced(open + 1, close - open - 1)));
    }
    return numbers;
}

// The text after a word up to the next comma or closing parenthesis: "mem 10.00%, swap ..." -> "10.00%".
QByteArrayView valueAfter(QByteArrayView text, QByteArrayView word)
{
    const qsizetype at = text.indexOf(word);
    if (at < 0)
        return {};
    QByteArrayView rest = text.sliced(at + word.size());
    while (!rest.isEmpty() && (rest.front() == ':' || rest.front() == ' '))
        rest = rest.sliced(1);
    qsizetype end = 0;
    while (end < rest.size() && rest[end] != ',' && rest[end] != ')')
        ++end;
    return rest.first(end);
}

// The unit or scope a cgroup path ends in: what the user knows the program by.
QString lastComponent(QByteArrayView path)
{
    while (path.endsWith('/'))
        path.chop(1);
    return text(path.sliced(path.lastIndexOf('/') + 1));
}
}

void OomDaemonParser::add(std::optional<qint64> timeMs, QByteArrayView identifier, QByteArrayView message)
{
    while (!message.isEmpty() && (message.back() == '\n' || message.back() == ' '))
        message.chop(1);
    if (identifier == "systemd-oomd")
        addOomd(timeMs, message);
    else if (identifier == "earlyoom")
        addEarlyoom(timeMs, message);
}

QList<OomKill> OomDaemonParser::takeKills()
{
    return std::exchange(m_kills, {});
}

void OomDaemonParser::noteProblem(const QString &what)
{
    if (m_problem.isEmpty())
        m_problem = what;
}

void OomDaemonParser::addOomd(std::optional<qint64> timeMs, QByteArrayView message)
{
    // "Killed <cgroup> due to ..." or, since 254, "Marked <cgroup> for killing due to ...".
    QByteArrayView rest;
    if (message.startsWith("Killed "))
        rest = message.sliced(7);
    else if (message.startsWith("Marked "))
        rest = message.sliced(7);
    else
        return; // starting, watching, failing to kill: not a kill
    const qsizetype due = rest.indexOf(" due to ");
    if (due <= 0)
        return;
    QByteArrayView victim = rest.first(due);
    if (message.startsWith("Marked ")) {
        if (!victim.endsWith(" for killing"))
            return;
        victim.chop(12);
    }
    const QByteArrayView cause = rest.sliced(due + 8);

    OomKill kill;
    kill.killer = OomKiller::SystemdOomd;
    kill.timeMs = timeMs;
    kill.cgroup = text(victim);
    kill.name = lastComponent(victim);
    constexpr QByteArrayView pressureFor = "memory pressure for ";
    if (cause.startsWith(pressureFor)) {
        // "<watched> being 73.45% > 50.00% for > 20s with reclaim activity"
        const QByteArrayView figures = cause.sliced(pressureFor.size());
        const qsizetype being = figures.lastIndexOf(" being ");
        const qsizetype above = being < 0 ? -1 : figures.indexOf(" > ", being);
        const qsizetype forAbove = above < 0 ? -1 : figures.indexOf(" for > ", above);
        if (being > 0 && above > being && forAbove > above) {
            kill.watchedCgroup = text(figures.first(being));
            kill.pressurePercent = percent(figures.sliced(being + 7, above - being - 7));
            kill.limitPercent = percent(figures.sliced(above + 3, forAbove - above - 3));
            QByteArrayView duration = figures.sliced(forAbove + 7);
            duration = duration.first(std::max<qsizetype>(0, duration.indexOf(' ') < 0 ? duration.size() : duration.indexOf(' ')));
            kill.duration = text(duration);
        }
        if (!kill.pressurePercent || !kill.limitPercent)
            noteProblem(QStringLiteral("systemd-oomd: a pressure kill whose figures were not understood: %1").arg(TextScan::quoted(message)));
    } else if (cause.contains("swap used (")) {
        // "memory used (m) / total (M) and swap used (s) / total (S) being more than 90.00%", or
        // before 250 "swap used (s) / total (S) being more than 90.00%": the last two are swap's.
        const QList<std::optional<quint64>> numbers = parenthesised(cause);
        constexpr QByteArrayView moreThan = "being more than ";
        const qsizetype more = cause.lastIndexOf(moreThan);
        if (numbers.size() >= 2 && numbers.last() && *numbers.last() > 0 && numbers[numbers.size() - 2])
            kill.swapPercent = std::min(100.0, 100.0 * double(*numbers[numbers.size() - 2]) / double(*numbers.last()));
        if (more >= 0)
            kill.limitPercent = percent(cause.sliced(more + moreThan.size()));
        if (!kill.swapPercent || !kill.limitPercent)
            noteProblem(QStringLiteral("systemd-oomd: a swap kill whose figures were not understood: %1").arg(TextScan::quoted(message)));
    } else {
        noteProblem(QStringLiteral("systemd-oomd: a kill for a reason MemLens does not know: %1").arg(TextScan::quoted(message)));
    }
    m_kills.append(std::move(kill));
}

void OomDaemonParser::addEarlyoom(std::optional<qint64> timeMs, QByteArrayView message)
{
    if (message.startsWith("mem avail:")) {
        // "mem avail: 11750 of 124610 MiB ( 9.43%), swap free: 207 of 16383 MiB ( 1.27%)"
        const qsizetype swap = message.indexOf("swap free:");
        const auto share = [](QByteArrayView part) {
            const qsizetype open = part.indexOf('(');
            const qsizetype close = part.indexOf(')', open);
            return open >= 0 && close > open ? percent(part.sliced(open + 1, close - open - 1)) : std::nullopt;
        };
        m_availablePercent = share(swap < 0 ? message : message.first(swap));
        m_swapFreePercent = swap < 0 ? std::nullopt : share(message.sliced(swap));
        return;
    }
    if (message.startsWith("low memory!") || message.startsWith("Low memory!") || message.startsWith("Low Memory!")) {
        // "low memory! at or below SIGTERM limits: mem 10.00%, swap 10.00%"; before 1.6 "Low
        // Memory! At or below SIGTERM limits (mem: 10 %, swap: 10 %)"
        const qsizetype limits = message.indexOf("limits");
        const QByteArrayView figures = limits < 0 ? QByteArrayView() : message.sliced(limits);
        m_limitPercent = percent(valueAfter(figures, "mem"));
        m_swapLimitPercent = percent(valueAfter(figures, "swap"));
        return;
    }
    constexpr QByteArrayView sending = "sending ";
    if (!message.startsWith(sending))
        return;
    // "sending SIGTERM to process 2232050 uid 1000 "bun": oom_score 712, VmRSS 4514 MiB, cmdline "..."
    QByteArrayView rest = message.sliced(sending.size());
    const QByteArrayView signal = TextScan::nextToken(rest);
    if (signal.startsWith("0"))
        return; // the self-test at start: no signal sent
    if (TextScan::nextToken(rest) != "to")
        return; // its start-up banner: "sending SIGTERM when mem <= 10.00% and swap <= 10.00%,"
    const bool shaped = TextScan::nextToken(rest) == "process";
    const auto pid = TextScan::toInt64(TextScan::nextToken(rest));
    const bool uidWord = TextScan::nextToken(rest) == "uid";
    const auto uid = TextScan::toUInt64(TextScan::nextToken(rest));
    rest = rest.trimmed();
    if (!shaped || !pid || *pid <= 0 || !uidWord || !uid || !rest.startsWith('"')) {
        noteProblem(QStringLiteral("earlyoom: a kill message that was not understood: %1").arg(TextScan::quoted(message)));
        return;
    }
    // The name is the kernel's comm (at most 15 bytes, which may hold quotes): it ends at the
    // first '": ' that a field follows.
    qsizetype nameEnd = -1;
    for (qsizetype at = rest.indexOf("\": ", 1); at >= 0 && at <= 64; at = rest.indexOf("\": ", at + 1)) {
        const QByteArrayView next = rest.sliced(at + 3);
        if (next.startsWith("badness ") || next.startsWith("oom_score ")) {
            nameEnd = at;
            break;
        }
    }
    OomKill kill;
    kill.killer = OomKiller::Earlyoom;
    kill.timeMs = timeMs;
    kill.pid = *pid;
    kill.uid = *uid <= UINT_MAX ? std::optional(uint(*uid)) : std::nullopt;
    kill.signal = text(signal);
    kill.availablePercent = std::exchange(m_availablePercent, std::nullopt);
    kill.swapPercent = std::exchange(m_swapFreePercent, std::nullopt);
    kill.limitPercent = std::exchange(m_limitPercent, std::nullopt);
    kill.swapLimitPercent = std::exchange(m_swapLimitPercent, std::nullopt);
    if (nameEnd < 0) {
        noteProblem(QStringLiteral("earlyoom: a kill message whose name or figures were not understood: %1").arg(TextScan::quoted(message)));
        kill.name = text(rest.sliced(1).first(std::min<qsizetype>(rest.size() - 1, 15)));
        m_kills.append(std::move(kill));
        return;
    }
    kill.name = text(rest.sliced(1, nameEnd - 1));
    QByteArrayView fields = rest.sliced(nameEnd + 3);
    while (!fields.isEmpty()) {
        if (fields.startsWith("cmdline "))
            break; // the last field, free text
        const qsizetype comma = fields.indexOf(", ");
        QByteArrayView field = comma < 0 ? fields : fields.first(comma);
        fields = comma < 0 ? QByteArrayView() : fields.sliced(comma + 2);
        const QByteArrayView key = TextScan::nextToken(field);
        const QByteArrayView value = TextScan::nextToken(field);
        if (key == "oom_score_adj") {
            const auto adj = TextScan::toInt64(value);
            if (adj && *adj >= -1000 && *adj <= 1000)
                kill.oomScoreAdj = int(*adj);
        } else if (key == "VmRSS") {
            const auto mib = TextScan::toUInt64(value);
            if (mib && *mib < (quint64(1) << 43) && field.trimmed() == "MiB")
                kill.rssBytes = qint64(*mib) * 1024 * 1024;
            else
                noteProblem(QStringLiteral("earlyoom: a VmRSS that is not one: %1").arg(TextScan::quoted(message)));
        }
    }
    // earlyoom sends SIGTERM, then SIGKILL to the same process if it lingers: one kill.
    const OomKill *last = m_kills.isEmpty() ? nullptr : &m_kills.last();
    if (last && last->killer == OomKiller::Earlyoom && last->pid == kill.pid && last->name == kill.name && last->timeMs.has_value() == kill.timeMs.has_value()
        && (!kill.timeMs || std::abs(*kill.timeMs - *last->timeMs) < 60'000)) {
        m_kills.last().signal = kill.signal;
        return;
    }
    m_kills.append(std::move(kill));
}
