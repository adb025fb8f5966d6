// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/keyedtreemodel.h"
#include "snapshot/sharedmemorysnapshot.h"

// System V shared memory segments as ipcs -m lists them, a row per segment keyed by its id; one no
// process has attached is marked (EmphasisRole), since it holds its memory until someone removes it.
class SysVSegmentModel : public KeyedTreeModel<int, SharedMemorySegment>
{
    Q_OBJECT

public:
    enum Column { KeyColumn, IdColumn, OwnerColumn, SizeColumn, ResidentColumn, SwappedColumn, AttachedColumn, CreatorColumn, LastPidColumn, ColumnCount };

    explicit SysVSegmentModel(QObject *parent = nullptr);

    void setSegments(const QList<SharedMemorySegment> &segments);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<int> valueRoles() const override;
};
