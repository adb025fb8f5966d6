// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/processsnapshot.h"

#include <QAbstractTableModel>

// What grew and what appeared between two moments (of a recording): a row per application,
// grouped as the Processes page groups them, with its memory then and now and the change, largest
// growth first; an application that appeared or ended says so. Memory is PSS where it was read at
// both moments, RSS otherwise (the column says which).
class MomentComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ThenColumn, NowColumn, ChangeColumn, ProcessesColumn, ColumnCount };

    struct Row {
        QString name;
        std::optional<qint64> thenBytes; // absent: it did not run then
        std::optional<qint64> nowBytes; // absent: it no longer runs
        int thenProcesses = 0;
        int nowProcesses = 0;
        bool pss = true; // false: RSS, as some PSS could not be read
        qint64 change() const
        {
            return nowBytes.value_or(0) - thenBytes.value_or(0);
        }
    };

    explicit MomentComparisonModel(QObject *parent = nullptr);

    void compare(const ProcessSnapshot &then, const ProcessSnapshot &now);
    const QList<Row> &rows() const
    {
        return m_rows;
    }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};
