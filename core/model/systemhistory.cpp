// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "systemhistory.h"

#include "read/sysroot.h"
#include "snapshot/systemsnapshot.h"

namespace
{
QStringList compositionNames()
{
    QStringList names;
    for (int p = 0; p < MemoryComposition::PartCount; ++p)
        names.append(SystemHistory::partName(MemoryComposition::Part(p)));
    names.append(SystemHistory::tr("Swap used"));
    return names;
}

std::optional<double> rateOf(const QList<CounterRate> &rates, QByteArrayView name, double scale = 1)
{
    for (const CounterRate &rate : rates) {
        if (rate.name == name)
            return rate.perSecond * scale;
    }
    return std::nullopt;
}

// Stall time over the interval as a percentage of it; nullopt on the first sample or a reset.
std::optional<double> stallPercent(std::optional<qint64> previous, std::optional<qint64> now, qint64 intervalMs)
{
    if (!previous || !now || intervalMs <= 0 || *now < *previous)
        return std::nullopt;
    return std::min(100.0, double(*now - *previous) / 10.0 / double(intervalMs));
}
}

QString SystemHistory::partName(MemoryComposition::Part part)
{
    switch (part) {
    case MemoryComposition::Anonymous:
        return tr("Anonymous");
    case MemoryComposition::PageCache:
        return tr("Page cache");
    case MemoryComposition::ZfsArc:
        return tr("ZFS ARC");
    case MemoryComposition::Shmem:
        return tr("Shared memory");
    case MemoryComposition::SlabReclaimable:
        return tr("Slab, reclaimable");
    case MemoryComposition::SlabUnreclaimable:
        return tr("Slab, unreclaimable");
    case MemoryComposition::KernelStacksPageTables:
        return tr("Kernel stacks & page tables");
    case MemoryComposition::GpuSystemRam:
        return tr("Graphics, in RAM");
    case MemoryComposition::Free:
        return tr("Free");
    case MemoryComposition::Unaccounted:
        return tr("Unaccounted");
    case MemoryComposition::PartCount:
        break;
    }
    return {};
}

SystemHistory::SystemHistory(QObject *parent, qsizetype capacity)
    : QObject(parent)
    , m_composition(new HistoryModel(compositionNames(), capacity, this))
    , m_pressure(new HistoryModel({tr("Some, avg10"), tr("Full, avg10"), tr("Some, now"), tr("Full, now")}, capacity, this))
    , m_activity(new HistoryModel({tr("Swap-in"), tr("Swap-out"), tr("Major faults")}, capacity, this))
    , m_writeback(
          new HistoryModel({tr("Dirty pages"), tr("Dirty and being written back"), tr("Background threshold"), tr("Throttle threshold")}, capacity, this))
    , m_writeout(new HistoryModel({tr("Dirtied"), tr("Written")}, capacity, this))
    , m_hugePages(
          new HistoryModel({tr("Huge page faults"), tr("Fallbacks to small pages"), tr("Collapsed by khugepaged"), tr("Compaction stalls")}, capacity, this))
{
}

void SystemHistory::append(const SystemSnapshot &snapshot)
{
    const qint64 time = snapshot.sampledAtMs;
    if (snapshot.meminfo.value) {
        if (const auto composition = MemoryComposition::fromSnapshot(snapshot)) {
            QList<std::optional<double>> values;
            for (const qint64 part : composition->parts)
                values.append(double(part));
            const auto headline = MemoryHeadline::fromMeminfo(*snapshot.meminfo.value);
            values.append(double(headline->swapUsed));
            m_composition->append(time, values);
        }
    }

    if (snapshot.memoryPressure.value) {
        const Pressure &pressure = *snapshot.memoryPressure.value;
        const auto total = [](const std::optional<PressureLine> &line) {
            return line ? std::optional<qint64>(line->totalMicroseconds) : std::nullopt;
        };
        const auto avg10 = [](const std::optional<PressureLine> &line) {
            return line ? std::optional<double>(line->avg10) : std::nullopt;
        };
        const qint64 interval = time - m_previousTimeMs;
        m_pressure->append(time,
                           {avg10(pressure.some),
                            avg10(pressure.full),
                            stallPercent(m_previousSomeTotal, total(pressure.some), interval),
                            stallPercent(m_previousFullTotal, total(pressure.full), interval)});
        m_previousSomeTotal = total(pressure.some);
        m_previousFullTotal = total(pressure.full);
        m_previousTimeMs = time;
    }

    // vmstat counts swap traffic in pages; the chart shows bytes.
    const double pageSize = double(SysRoot::pageSize());
    if (!snapshot.vmstatRates.isEmpty()) {
        m_activity->append(
            time,
            {rateOf(snapshot.vmstatRates, "pswpin", pageSize), rateOf(snapshot.vmstatRates, "pswpout", pageSize), rateOf(snapshot.vmstatRates, "pgmajfault")});
        m_writeout->append(time, {rateOf(snapshot.vmstatRates, "nr_dirtied", pageSize), rateOf(snapshot.vmstatRates, "nr_written", pageSize)});
        m_hugePages->append(time,
                            {rateOf(snapshot.vmstatRates, "thp_fault_alloc"),
                             rateOf(snapshot.vmstatRates, "thp_fault_fallback"),
                             rateOf(snapshot.vmstatRates, "thp_collapse_alloc"),
                             rateOf(snapshot.vmstatRates, "compact_stall")});
    }

    if (snapshot.meminfo.value) {
        const auto bytes = [](std::optional<qint64> value) {
            return value ? std::optional<double>(double(*value)) : std::nullopt;
        };
        const auto &thresholds = snapshot.dirtyThresholds.value;
        const std::optional<qint64> dirty = snapshot.meminfo.value->value("Dirty");
        const std::optional<qint64> writeback = snapshot.meminfo.value->value("Writeback");
        m_writeback->append(time,
                            {bytes(dirty),
                             bytes(dirty && writeback ? std::optional(*dirty + *writeback) : std::nullopt),
                             thresholds ? std::optional<double>(double(thresholds->backgroundBytes)) : std::nullopt,
                             thresholds ? std::optional<double>(double(thresholds->throttleBytes)) : std::nullopt});
    }
}
