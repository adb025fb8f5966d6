// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "procstatparser.h"

#include "textscan.h"

#include <array>

ParseResult<ProcStat> parseProcStat(QByteArrayView text)
{
    ParseResult<ProcStat> result;
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so it ends at the LAST ')'.
    const qsizetype open = text.indexOf('(');
    const qsizetype close = text.lastIndexOf(')');
    if (open < 0 || close < open) {
        result.error = QStringLiteral("no \"(name)\" in %1").arg(TextScan::quoted(text));
        return result;
    }
    ProcStat &stat = result.value;
    stat.comm = QString::fromUtf8(text.sliced(open + 1, close - open - 1));

    // Fields after the name, numbered as in proc(5) from 3 (state).
    constexpr int first = 3;
    constexpr int last = 24; // rss
    std::array<QByteArrayView, last - first + 1> fields;
    QByteArrayView rest = text.sliced(close + 1);
    for (QByteArrayView &field : fields) {
        field = TextScan::nextToken(rest);
        if (field.isEmpty()) {
            result.error = QStringLiteral("only %1 fields; expected at least %2").arg(&field - fields.data() + first - 1).arg(last);
            return result;
        }
    }
    const auto at = [&](int number) {
        return fields[size_t(number - first)];
    };
    const auto unsignedAt = [&](int number) {
        return TextScan::toUInt64(at(number));
    };
    const auto signedAt = [&](int number) {
        return TextScan::toInt64(at(number));
    };
    const auto ppid = signedAt(4), threads = signedAt(20), rss = signedAt(24);
    const auto flags = unsignedAt(9), minflt = unsignedAt(10), majflt = unsignedAt(12), utime = unsignedAt(14), stime = unsignedAt(15), start = unsignedAt(22);
    if (at(3).size() != 1 || !ppid || !flags || !threads || !rss || !minflt || !majflt || !utime || !stime || !start) {
        result.error = QStringLiteral("a numeric field is not a number in %1").arg(TextScan::quoted(text.sliced(close + 1)));
        return result;
    }
    stat.state = at(3)[0];
    stat.ppid = *ppid;
    stat.flags = *flags;
    stat.minorFaults = *minflt;
    stat.majorFaults = *majflt;
    stat.userTicks = *utime;
    stat.systemTicks = *stime;
    stat.threads = *threads;
    stat.startTime = *start;
    stat.rssPages = *rss;
    return result;
}
