// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/keyedtreemodel.h"
#include "snapshot/numanode.h"

// A machine's NUMA nodes, a row per node keyed by its id: its memory, free, file and anonymous
// pages, and how pages were placed on it per second (numastat: hits, misses, foreign,
// interleaved, local, remote).
class NumaNodeModel : public KeyedTreeModel<int, NumaNode>
{
    Q_OBJECT

public:
    enum Column {
        NodeColumn,
        TotalColumn,
        FreeColumn,
        FileColumn,
        AnonColumn,
        HitColumn,
        MissColumn,
        ForeignColumn,
        InterleaveColumn,
        LocalColumn,
        OtherColumn,
        ColumnCount
    };

    explicit NumaNodeModel(QObject *parent = nullptr);

    void setNodes(const QList<NumaNode> &nodes);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<int> valueRoles() const override;
};
