// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/keyedtreemodel.h"
#include "model/leakwatch.h"

// The processes LeakWatch finds growing, a row each: how fast, how steadily, for how long.
// Every cell's tooltip is the row's sentence.
class LeakWatchModel : public KeyedTreeModel<ProcessKey, LeakWatch::Growth>
{
    Q_OBJECT

public:
    enum Column { ProcessColumn, PidColumn, TrendColumn, RateColumn, FitColumn, WatchedColumn, NowColumn, ColumnCount };

    explicit LeakWatchModel(QObject *parent = nullptr);

    void setGrowing(const QList<LeakWatch::Growth> &growing);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<int> valueRoles() const override;
};
