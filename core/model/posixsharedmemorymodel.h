// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/keyedtreemodel.h"
#include "snapshot/sharedmemorysnapshot.h"

// POSIX shared memory objects and semaphores, the files directly under /dev/shm, a row per file
// keyed by its name: its owner, the size it was given and what its pages take.
class PosixSharedMemoryModel : public KeyedTreeModel<QString, PosixSharedMemoryFile>
{
    Q_OBJECT

public:
    enum Column { NameColumn, OwnerColumn, SizeColumn, UsedColumn, ColumnCount };

    explicit PosixSharedMemoryModel(QObject *parent = nullptr);

    void setFiles(const QList<PosixSharedMemoryFile> &files);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<int> valueRoles() const override;
};
