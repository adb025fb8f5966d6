// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/keyedtreemodel.h"
#include "snapshot/mappingsnapshot.h"

// The mappings of one process, grouped by what backs them: one group per file (a library maps
// several ranges), one for the heap, one for the stack, one for unnamed anonymous memory, one per
// named anonymous region. A group's figures are the sums of its mappings.
struct MappingRow {
    QString label; // group: path or pseudo-path; mapping: its address range
    bool isGroup = false;
    int mappingCount = 0; // for a group
    Mapping mapping; // for a mapping row; a group keeps its summed counters here

    bool operator==(const MappingRow &) const = default;
};

class MappingModel : public KeyedTreeModel<QString, MappingRow>
{
    Q_OBJECT

public:
    enum Column { NameColumn, PermissionsColumn, SizeColumn, RssColumn, PssColumn, PrivateColumn, SwapColumn, DirtyColumn, ColumnCount };

    explicit MappingModel(QObject *parent = nullptr);

    void setSnapshot(const MappingSnapshot &snapshot);
    // Why there are no rows (the process ended, permission denied), or empty.
    QString unavailableReason() const
    {
        return m_unavailableReason;
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<int> valueRoles() const override;

private:
    QString m_unavailableReason;
};
