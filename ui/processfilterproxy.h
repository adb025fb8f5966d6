// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/processsnapshot.h"

#include <QHash>
#include <QIcon>
#include <QSortFilterProxyModel>

// Sorting and filtering of the process views: the filter box matches name, user, command line
// and cgroup; kernel threads can be hidden; and a value that is unavailable sorts after every
// real value in either direction, so a column sorted by PSS starts with the largest PSS rather
// than with the processes that have none. Processes that leak watch sees climbing steadily are
// marked in the name column, with its sentence in the tooltip: a leak shows where users look.
class ProcessFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProcessFilterProxy(QObject *parent = nullptr);

    void setShowKernelThreads(bool show);
    // What the filter box says. While it is empty no row needs its children consulted, and
    // every refresh skips the walk up the tree that recursive filtering makes for a changed row.
    void setFilterText(const QString &text);
    // The processes to mark as growing, each with leak watch's sentence on it.
    void setGrowing(QHash<ProcessKey, QString> sentences);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // Tells the views that the name column under parent, and below it, may look different.
    void nameColumnChanged(const QModelIndex &parent);

    bool m_showKernelThreads = false;
    QHash<ProcessKey, QString> m_growing;
    QIcon m_growingIcon;
};
