// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/keyedtreemodel.h"
#include "model/meminfoglossary.h"
#include "snapshot/systemsnapshot.h"

// /proc/meminfo as a tree: groups (RAM, page cache, anonymous, kernel, swap, huge pages, commit,
// other) with their fields, each explained in a sentence (ExplanationRole and the tooltip).
struct MeminfoRow {
    QByteArray field; // empty for a group row
    MeminfoGlossary::Group group = MeminfoGlossary::Group::Other;
    qint64 value = 0;
    NamedValue::Unit unit = NamedValue::Unit::Bytes;
    qint64 memTotal = 0; // for the share column; 0 if unknown or the value is not in bytes

    bool operator==(const MeminfoRow &) const = default;
};

class SystemMemoryModel : public KeyedTreeModel<QByteArray, MeminfoRow>
{
    Q_OBJECT

public:
    enum Column { FieldColumn, ValueColumn, ShareOfRamColumn, ColumnCount };

    explicit SystemMemoryModel(QObject *parent = nullptr);

    void setSnapshot(const SystemSnapshot &snapshot);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<int> valueRoles() const override;
};
