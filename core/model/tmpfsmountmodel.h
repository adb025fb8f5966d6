// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/keyedtreemodel.h"
#include "snapshot/sharedmemorysnapshot.h"

// Every tmpfs and how full it is, a row per mount (keyed by its mount point and, for mounts one
// over another, their order): its files live in memory (or swap) and count as Shmem.
class TmpfsMountModel : public KeyedTreeModel<QString, TmpfsMount>
{
    Q_OBJECT

public:
    enum Column { MountPointColumn, SizeColumn, UsedColumn, OptionsColumn, ColumnCount };

    explicit TmpfsMountModel(QObject *parent = nullptr);

    void setMounts(const QList<TmpfsMount> &mounts);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<int> valueRoles() const override;
};
