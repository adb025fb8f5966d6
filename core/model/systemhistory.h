// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/historymodel.h"
#include "snapshot/memorycomposition.h"

#include <QObject>

struct SystemSnapshot;

// The system-wide series MemLens charts, appended from each SystemSnapshot: the composition of
// RAM with swap beside it, memory pressure, swap and fault activity, dirty pages with the
// thresholds the kernel holds them to, and transparent huge page events. One history model per
// chart; the columns are named by the enums below.
class SystemHistory : public QObject
{
    Q_OBJECT

public:
    // Composition: column 1 + MemoryComposition::Part for each part, then swap used.
    static constexpr int compositionColumn(MemoryComposition::Part part)
    {
        return 1 + int(part);
    }
    static constexpr int swapUsedColumn = 1 + MemoryComposition::PartCount;
    enum PressureColumn {
        SomeAvg10Column = 1, // percent of time, the kernel's 10 s average
        FullAvg10Column,
        SomeRateColumn, // percent of the last interval, from the running stall total
        FullRateColumn,
    };
    enum ActivityColumn {
        SwapInColumn = 1, // bytes per second read back from swap (pswpin)
        SwapOutColumn, // bytes per second written to swap (pswpout)
        MajorFaultColumn, // major faults per second (pgmajfault): a page had to be read from disk
    };
    enum WritebackColumn {
        DirtyColumn = 1, // bytes of page cache changed and not yet written (meminfo Dirty)
        DirtyAndWritebackColumn, // Dirty + Writeback: what the kernel holds to the throttle threshold
        BackgroundThresholdColumn, // bytes: the flusher threads start writing once Dirty passes it
        ThrottleThresholdColumn, // bytes: tasks that dirty pages wait once Dirty + Writeback reaches it
    };
    enum WriteoutColumn {
        DirtiedColumn = 1, // bytes per second made dirty (vmstat nr_dirtied)
        WrittenColumn, // bytes per second written back (vmstat nr_written)
    };
    enum HugePageColumn { // events per second, from vmstat
        ThpFaultAllocColumn = 1, // a fault got a transparent huge page (thp_fault_alloc)
        ThpFaultFallbackColumn, // a fault wanted one and got small pages (thp_fault_fallback)
        ThpCollapseAllocColumn, // khugepaged merged small pages into a huge one (thp_collapse_alloc)
        CompactStallColumn, // an allocation stopped to defragment memory itself (compact_stall)
    };

    static QString partName(MemoryComposition::Part part);

    explicit SystemHistory(QObject *parent = nullptr, qsizetype capacity = HistoryModel::defaultCapacity);

    void append(const SystemSnapshot &snapshot);

    HistoryModel *composition() const
    {
        return m_composition;
    }
    HistoryModel *pressure() const
    {
        return m_pressure;
    }
    HistoryModel *activity() const
    {
        return m_activity;
    }
    HistoryModel *writeback() const
    {
        return m_writeback;
    }
    HistoryModel *writeout() const
    {
        return m_writeout;
    }
    HistoryModel *hugePages() const
    {
        return m_hugePages;
    }

private:
    HistoryModel *m_composition;
    HistoryModel *m_pressure;
    HistoryModel *m_activity;
    HistoryModel *m_writeback;
    HistoryModel *m_writeout;
    HistoryModel *m_hugePages;
    // The previous sample's stall totals, for the rate over the interval.
    qint64 m_previousTimeMs = 0;
    std::optional<qint64> m_previousSomeTotal;
    std::optional<qint64> m_previousFullTotal;
};
