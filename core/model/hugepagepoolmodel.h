// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/keyedtreemodel.h"
#include "read/hugepagereader.h"

// The hugetlbfs pools, a row per page size (2 MiB, 1 GiB): pages in the pool, free, reserved and
// surplus, and the memory the pool sets aside whether programs use it or not.
class HugePagePoolModel : public KeyedTreeModel<qint64, HugePagePool>
{
    Q_OBJECT

public:
    enum Column { SizeColumn, TotalColumn, FreeColumn, ReservedColumn, SurplusColumn, SetAsideColumn, ColumnCount };

    explicit HugePagePoolModel(QObject *parent = nullptr);

    void setPools(const QList<HugePagePool> &pools);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<int> valueRoles() const override;
};
