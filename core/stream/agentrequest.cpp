// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "agentrequest.h"

#include "parse/textscan.h"

namespace AgentRequest
{
namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("AgentRequest", text);
}

QByteArray onOff(bool on)
{
    return on ? QByteArrayLiteral("on") : QByteArrayLiteral("off");
}

std::optional<bool> parseOnOff(QByteArrayView word)
{
    if (word == "on")
        return true;
    if (word == "off")
        return false;
    return std::nullopt;
}

// A decimal number without sign, spaces or leading zeros beyond one, within [low, high].
std::optional<qint64> parseNumber(QByteArrayView word, qint64 low, qint64 high)
{
    if (word.isEmpty() || (word.size() > 1 && word.front() == '0'))
        return std::nullopt;
    for (const char c : word) {
        if (c < '0' || c > '9') // toUInt64 would also take surrounding whitespace
            return std::nullopt;
    }
    const std::optional<quint64> value = TextScan::toUInt64(word);
    if (!value || *value < quint64(low) || *value > quint64(high))
        return std::nullopt;
    return qint64(*value);
}

Parsed refused(const char *why)
{
    return Parsed{std::nullopt, tr(why)};
}
}

QByteArray toLine(const Request &request)
{
    QByteArray line = std::visit(
        [](const auto &r) -> QByteArray {
            using R = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<R, Hello>)
                return "hello " + QByteArray::number(r.version);
            else if constexpr (std::is_same_v<R, Interval>)
                return "interval " + QByteArray::number(r.ms);
            else if constexpr (std::is_same_v<R, PssMaxAge>)
                return "pss-max-age " + QByteArray::number(r.ms);
            else if constexpr (std::is_same_v<R, Pause>)
                return "pause " + onOff(r.on);
            else if constexpr (std::is_same_v<R, Refresh>)
                return "refresh";
            else if constexpr (std::is_same_v<R, SlabCaches>)
                return "slab-caches";
            else if constexpr (std::is_same_v<R, Libraries>)
                return "libraries " + onOff(r.on);
            else if constexpr (std::is_same_v<R, Cgroups>)
                return "cgroups " + onOff(r.on);
            else if constexpr (std::is_same_v<R, Kills>)
                return "kill-history " + onOff(r.on);
            else if (r.process)
                return "mappings " + QByteArray::number(r.process->pid) + ' ' + QByteArray::number(r.process->startTime);
            else
                return "mappings none";
        },
        request);
    return line + '\n';
}

Parsed parseLine(QByteArrayView line)
{
    if (line.size() > maxLineLength)
        return refused(QT_TR_NOOP("a request is longer than any request"));
    const QList<QByteArray> words = line.toByteArray().split(' ');
    const QByteArray &verb = words.front();
    const auto arity = [&](qsizetype count) {
        return words.size() == count + 1;
    };
    if (verb == "hello" && arity(1)) {
        if (const auto v = parseNumber(words[1], 1, 1'000'000))
            return Parsed{Hello{quint32(*v)}, {}};
        return refused(QT_TR_NOOP("the handshake does not name a version"));
    }
    if (verb == "interval" && arity(1)) {
        if (const auto ms = parseNumber(words[1], 500, 10'000))
            return Parsed{Interval{int(*ms)}, {}};
        return refused(QT_TR_NOOP("the interval asked for is not between 500 and 10000 ms"));
    }
    if (verb == "pss-max-age" && arity(1)) {
        if (const auto ms = parseNumber(words[1], 1'000, 600'000))
            return Parsed{PssMaxAge{int(*ms)}, {}};
        return refused(QT_TR_NOOP("the PSS age asked for is not between 1 and 600 s"));
    }
    if ((verb == "refresh" || verb == "slab-caches") && arity(0))
        return verb == "refresh" ? Parsed{Refresh{}, {}} : Parsed{SlabCaches{}, {}};
    if (verb == "mappings" && arity(1) && words[1] == "none")
        return Parsed{Mappings{}, {}};
    if (verb == "mappings" && arity(2)) {
        const auto pid = parseNumber(words[1], 1, std::numeric_limits<int>::max());
        const auto start = parseNumber(words[2], 0, std::numeric_limits<qint64>::max());
        if (pid && start)
            return Parsed{Mappings{ProcessKey{*pid, quint64(*start)}}, {}};
        return refused(QT_TR_NOOP("the process asked for is not a pid and a start time"));
    }
    if (arity(1)) {
        if (const auto on = parseOnOff(words[1])) {
            if (verb == "pause")
                return Parsed{Pause{*on}, {}};
            if (verb == "libraries")
                return Parsed{Libraries{*on}, {}};
            if (verb == "cgroups")
                return Parsed{Cgroups{*on}, {}};
            if (verb == "kill-history")
                return Parsed{Kills{*on}, {}};
        }
    }
    return refused(QT_TR_NOOP("a request is not one this agent knows"));
}

void LineSplitter::append(QByteArrayView bytes)
{
    if (m_error.isEmpty())
        m_buffer += bytes;
}

std::optional<QByteArray> LineSplitter::next()
{
    if (!m_error.isEmpty())
        return std::nullopt;
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0) {
        if (m_buffer.size() > maxLineLength)
            m_error = tr("the requests are damaged: a line goes on past any request's length");
        return std::nullopt;
    }
    QByteArray line = m_buffer.left(end);
    m_buffer.remove(0, end + 1);
    return line;
}
}
