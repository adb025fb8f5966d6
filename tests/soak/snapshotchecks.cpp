// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "snapshotchecks.h"

#include "model/processgrouping.h"
#include "report/snapshotreport.h"
#include "snapshot/memorycomposition.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
QString describe(const ProcessRecord &process)
{
    return QStringLiteral("pid %1 \"%2\" (%3)").arg(QString::number(process.key.pid), process.name, process.displayCommand());
}

QString bytes(std::optional<qint64> value)
{
    return value ? QString::number(*value) : QStringLiteral("none");
}

// A missing value always carries the reason the UI shows in its place.
template<typename T>
QString missingWithoutReason(const Reading<T> &reading, QStringView what)
{
    return !reading.value && reading.unavailableReason.isEmpty() ? what + u" is missing without a reason" : QString();
}

QString negative(std::optional<qint64> value, QStringView what)
{
    return value && *value < 0 ? what + u" is " + QString::number(*value) : QString();
}

// One smaps_rollup or one mapping of smaps.
QString countersProblem(const SmapsCounters &counters)
{
    for (int field = 0; field < SmapsCounters::FieldCount; ++field) {
        if (const auto value = counters.value(SmapsCounters::Field(field)); value && *value < 0)
            return QStringLiteral("smaps counter %1 (in SmapsCounters::Field order) is %2").arg(field).arg(*value);
    }
    const auto uss = counters.uss(), pss = counters.value(SmapsCounters::Pss), rss = counters.value(SmapsCounters::Rss);
    if ((uss && pss && *uss > *pss) || (pss && rss && *pss > *rss))
        return QStringLiteral("not USS <= PSS <= RSS in smaps: USS %1, PSS %2, RSS %3").arg(bytes(uss), bytes(pss), bytes(rss));
    return {};
}

QString recordProblem(const ProcessRecord &process)
{
    QString problem;
    const auto first = [&problem](const QString &found) {
        if (problem.isEmpty())
            problem = found;
    };
    first(process.ppid < 0 || process.threads < 0 ? QStringLiteral("ppid %1, threads %2").arg(process.ppid).arg(process.threads) : QString());
    first(process.readAtMs <= 0 ? QStringLiteral("read at %1 ms").arg(process.readAtMs) : QString());
    first(missingWithoutReason(process.rss, u"RSS"));
    first(missingWithoutReason(process.swap, u"swap"));
    first(missingWithoutReason(process.smaps, u"smaps"));
    first(missingWithoutReason(process.oomScore, u"oom_score"));
    first(missingWithoutReason(process.oomScoreAdj, u"oom_score_adj"));
    first(negative(process.rss.value, u"RSS"));
    first(negative(process.swap.value, u"swap"));
    first(negative(process.rssAnon, u"RssAnon"));
    first(negative(process.rssFile, u"RssFile"));
    first(negative(process.rssShmem, u"RssShmem"));
    first(negative(process.oomScore.value, u"oom_score"));
    const qint64 adj = process.oomScoreAdj.value.value_or(0);
    first(adj < -1000 || adj > 1000 ? QStringLiteral("oom_score_adj is %1").arg(adj) : QString());
    first(process.kernelThread && process.smaps.value ? QStringLiteral("a kernel thread has smaps counters") : QString());
    if (process.smaps.value)
        first(countersProblem(*process.smaps.value));
    const auto uss = process.uss(), pss = process.pss(), rss = process.rss.value;
    if ((uss && pss && *uss > *pss) || (pss && rss && *pss > *rss))
        first(QStringLiteral("not USS <= PSS <= RSS: USS %1, PSS %2, RSS %3").arg(bytes(uss), bytes(pss), bytes(rss)));
    return problem;
}

// A group row sums its members' cells, and has no sum when a member other than a kernel thread
// has no figure, or when no member has one.
QString groupsProblem(const std::vector<ProcessModel::Node> &groups, qsizetype processes, QStringView layout)
{
    qsizetype members = 0;
    for (const ProcessModel::Node &node : groups) {
        const auto &group = std::get<ProcessGroup>(node.row);
        members += qsizetype(node.children.size());
        if (group.memberCount() != qsizetype(node.children.size()))
            return QStringLiteral("%1 group \"%2\" counts %3 members and has %4 rows")
                .arg(layout, group.label())
                .arg(group.memberCount())
                .arg(node.children.size());
        for (int column = ProcessModel::RssColumn; column <= ProcessModel::AnonHugePagesColumn; ++column) {
            qint64 sum = 0;
            int known = 0, unreadable = 0;
            for (const ProcessModel::Node &child : node.children) {
                const auto &process = std::get<ProcessRecord>(child.row);
                const auto cell = ProcessModel::figure(process, column);
                sum += cell.bytes.value_or(0);
                known += cell.bytes.has_value();
                unreadable += !cell.bytes && !process.kernelThread;
            }
            const std::optional<qint64> expected = unreadable == 0 && known > 0 ? std::optional<qint64>(sum) : std::nullopt;
            const std::optional<qint64> shown = group.figure(column).bytes;
            if (shown != expected)
                return QStringLiteral("%1 group \"%2\", column %3: shows %4, its rows sum to %5 (%6 without a figure)")
                    .arg(layout, group.label(), QString::number(column), bytes(shown), bytes(expected), QString::number(unreadable));
        }
    }
    return members == processes ? QString() : QStringLiteral("%1 groups hold %2 rows for %3 processes").arg(layout).arg(members).arg(processes);
}
} // namespace

QString SnapshotChecks::problemIn(const ProcessSnapshot &snapshot)
{
    if (snapshot.vanished < 0 || snapshot.smapsSource.isEmpty())
        return QStringLiteral("vanished %1, smaps source \"%2\"").arg(QString::number(snapshot.vanished), snapshot.smapsSource);
    qint64 previousPid = 0;
    for (const ProcessRecord &process : snapshot.processes) {
        if (process.key.pid <= previousPid)
            return QStringLiteral("%1 follows pid %2: not in ascending pid order").arg(describe(process)).arg(previousPid);
        previousPid = process.key.pid;
        if (const QString problem = recordProblem(process); !problem.isEmpty())
            return describe(process) + u": " + problem;
    }
    return {};
}

QString SnapshotChecks::problemIn(const MappingSnapshot &snapshot)
{
    if (const QString problem = missingWithoutReason(snapshot.mappings, u"the mappings"); !problem.isEmpty())
        return QStringLiteral("pid %1: ").arg(snapshot.process.pid) + problem;
    for (const Mapping &mapping : snapshot.mappings.value.value_or(QList<Mapping>())) {
        QString problem = countersProblem(mapping.counters);
        if (problem.isEmpty() && mapping.end < mapping.start)
            problem = QStringLiteral("it ends before it starts");
        if (!problem.isEmpty())
            return QStringLiteral("pid %1, mapping %2-%3 %4: ").arg(snapshot.process.pid).arg(mapping.start, 0, 16).arg(mapping.end, 0, 16).arg(mapping.path)
                + problem;
    }
    return {};
}

QString SnapshotChecks::problemIn(const SystemSnapshot &snapshot)
{
    for (const auto *counters : {&snapshot.meminfo, &snapshot.vmstat}) {
        if (const QString problem = missingWithoutReason(*counters, u"meminfo or vmstat"); !problem.isEmpty())
            return problem;
        if (!counters->value)
            continue;
        for (const NamedValue &value : counters->value->list()) {
            if (value.value < 0)
                return QStringLiteral("%1 is %2").arg(QString::fromLatin1(value.name)).arg(value.value);
        }
    }
    for (const CounterRate &rate : snapshot.vmstatRates) {
        if (!(rate.perSecond >= 0) || !std::isfinite(rate.perSecond))
            return QStringLiteral("vmstat %1 changes by %2 a second").arg(QString::fromLatin1(rate.name)).arg(rate.perSecond);
    }
    if (const auto &pressure = snapshot.memoryPressure.value) {
        for (const auto &line : {pressure->some, pressure->full}) {
            if (line && (line->avg10 < 0 || line->avg60 < 0 || line->avg300 < 0 || line->totalMicroseconds < 0))
                return QStringLiteral("negative memory pressure: %1 %2 %3 %4").arg(line->avg10).arg(line->avg60).arg(line->avg300).arg(line->totalMicroseconds);
        }
    }
    for (const SwapDevice &swap : snapshot.swaps.value.value_or(QList<SwapDevice>())) {
        if (swap.sizeBytes < 0 || swap.usedBytes < 0 || swap.usedBytes > swap.sizeBytes)
            return QStringLiteral("swap %1: %2 used of %3").arg(swap.path).arg(swap.usedBytes).arg(swap.sizeBytes);
    }
    for (const VmTunable &tunable : snapshot.tunables) {
        if (const QString problem = negative(tunable.value.value, QString::fromLatin1(tunable.name)); !problem.isEmpty())
            return problem;
    }
    for (const ZramDevice &zram : snapshot.zram.value.value_or(QList<ZramDevice>())) {
        const ZramStats stats = zram.stats.value.value_or(ZramStats());
        for (const qint64 value : {zram.disksizeBytes.value.value_or(0), stats.origDataBytes, stats.comprDataBytes, stats.memUsedTotalBytes})
            if (value < 0)
                return QStringLiteral("zram %1 has a figure of %2").arg(zram.name).arg(value);
    }
    // The overview's bar places every byte of MemTotal in exactly one part.
    if (const auto composition = MemoryComposition::fromSnapshot(snapshot)) {
        qint64 sum = 0;
        for (const qint64 part : composition->parts) {
            if (part < 0)
                return QStringLiteral("a part of RAM is %1 bytes").arg(part);
            sum += part;
        }
        if (sum - composition->overcounted != composition->total)
            return QStringLiteral("the parts of RAM sum to %1 less %2 overcounted, MemTotal is %3")
                .arg(sum)
                .arg(composition->overcounted)
                .arg(composition->total);
    }
    return {};
}

QString SnapshotChecks::problemInTotals(const SystemSnapshot &system, const ProcessSnapshot &processes)
{
    qint64 rss = 0, pss = 0, uss = 0, swap = 0, rssWithPss = 0, withoutPss = 0;
    for (const ProcessRecord &process : processes.processes) {
        rss += process.rss.value.value_or(0);
        swap += process.swap.value.value_or(0);
        uss += process.uss().value_or(0);
        pss += process.pss().value_or(0);
        rssWithPss += process.pss() ? process.rss.value.value_or(0) : 0;
        withoutPss += !process.pss() && !process.kernelThread;
    }
    const QJsonObject totals =
        QJsonDocument::fromJson(SnapshotReport(system, processes, SnapshotReport::SortKey::Pss).render(SnapshotReport::Format::Json))["totals"_L1].toObject();
    const std::pair<QLatin1StringView, qint64> expected[] = {
        {"rss"_L1, rss},
        {"pss"_L1, pss},
        {"uss"_L1, uss},
        {"swap"_L1, swap},
        {"rssMinusPss"_L1, rssWithPss - pss},
        {"processesWithoutPss"_L1, withoutPss},
    };
    for (const auto &[name, sum] : expected) {
        if (totals[name].toInteger(-1) != sum)
            return QStringLiteral("the report's total %1 is %2, its rows sum to %3").arg(name).arg(totals[name].toInteger(-1)).arg(sum);
    }
    if (QString problem = groupsProblem(ProcessGrouping::byApplication(processes.processes), processes.processes.size(), u"by application"); !problem.isEmpty())
        return problem;
    return groupsProblem(ProcessGrouping::byUser(processes.processes), processes.processes.size(), u"by user");
}
