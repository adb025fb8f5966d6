// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/keyedtreemodel.h"
#include "snapshot/slabcacherecord.h"

// The kernel's slab caches, as slabtop shows them: a row per cache, keyed by its name, with its
// objects, their size, the memory the cache holds and whether the kernel can reclaim it.
class SlabCacheModel : public KeyedTreeModel<QByteArray, SlabCacheRecord>
{
    Q_OBJECT

public:
    enum Column { NameColumn, SizeColumn, ActiveObjectsColumn, ObjectsColumn, ObjectSizeColumn, UseColumn, ReclaimableColumn, ColumnCount };

    explicit SlabCacheModel(QObject *parent = nullptr);

    void setCaches(const QList<SlabCacheRecord> &caches);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<int> valueRoles() const override;
};
