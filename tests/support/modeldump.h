// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractItemModel>
#include <QStringList>

namespace ModelDump
{
// Every cell of every role the views ask for, row by row, as text: two models that show the
// same thing give the same dump.
inline QStringList of(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList cells;
    for (int r = 0; r < model.rowCount(parent); ++r) {
        for (int c = 0; c < model.columnCount(parent); ++c) {
            const QModelIndex index = model.index(r, c, parent);
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::UserRole)})
                cells.append(index.data(role).toString());
        }
        cells += of(model, model.index(r, 0, parent));
    }
    return cells;
}
}
