// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/keyedtreemodel.h"
#include "snapshot/cgroupsnapshot.h"
#include "snapshot/processsnapshot.h"

// The control-group tree (slices, units, scopes) with memory.current against memory.max and
// memory.high, swap and memory pressure, and the processes of each group as its leaves.
struct CgroupRow {
    QString name; // last path component ("foo.service"), "/" for the root, or a process name
    std::optional<CgroupRecord> cgroup;
    qint64 pid = 0; // process rows
    Reading<qint64> rss; // process rows
    Reading<qint64> swap; // process rows

    bool operator==(const CgroupRow &) const = default;
};

class CgroupModel : public KeyedTreeModel<QString, CgroupRow>
{
    Q_OBJECT

public:
    enum Column { NameColumn, CurrentColumn, MaxColumn, HighColumn, SwapColumn, PressureSomeColumn, PressureFullColumn, OomKillsColumn, ColumnCount };

    explicit CgroupModel(QObject *parent = nullptr);

    void setCgroups(const CgroupSnapshot &snapshot);
    void setProcesses(const ProcessSnapshot &snapshot);
    CgroupSnapshot::Version version() const
    {
        return m_cgroups.version;
    }
    QString unavailableReason() const
    {
        return m_cgroups.unavailableReason;
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<int> valueRoles() const override;

private:
    void rebuild();

    CgroupSnapshot m_cgroups;
    QList<ProcessRecord> m_processes;
};
