// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/keyedtreemodel.h"
#include "snapshot/kernelmemory.h"

// The kernel's own memory, a row per part of KernelMemory, with its size, its share of RAM and
// what it holds (ExplanationRole, the tooltip of the part's name).
struct KernelMemoryRow {
    KernelMemory::Part part = KernelMemory::SlabReclaimable;
    Reading<qint64> bytes;
    qint64 memTotal = 0;

    bool operator==(const KernelMemoryRow &) const = default;
};

class KernelMemoryModel : public KeyedTreeModel<int, KernelMemoryRow>
{
    Q_OBJECT

public:
    enum Column { PartColumn, SizeColumn, ShareOfRamColumn, ColumnCount };

    explicit KernelMemoryModel(QObject *parent = nullptr);

    void setMemory(const KernelMemory &memory);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<int> valueRoles() const override;
};
