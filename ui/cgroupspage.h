// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class CgroupModel;
class QLabel;
class QSortFilterProxyModel;
class QTreeView;
class UsageBarDelegate;

// The control-group tree — systemd slices, services and scopes — with each group's memory
// against its limits as bars, its swap, memory pressure and OOM kills, and its processes.
class CgroupsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CgroupsPage(CgroupModel *model, QWidget *parent = nullptr);

    QTreeView *view() const
    {
        return m_view;
    }
    UsageBarDelegate *usageBars() const
    {
        return m_bars;
    }
    QString note() const;

private:
    void updateNote();

    CgroupModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    UsageBarDelegate *m_bars;
    QLabel *m_note;
};
