// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class LibraryModel;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTreeView;

// Shared objects and other mapped files ranked by PSS or by what sharing saves, each with the
// processes that map it.
class LibrariesPage : public QWidget
{
    Q_OBJECT

public:
    explicit LibrariesPage(LibraryModel *model, QWidget *parent = nullptr);

    QTreeView *view() const
    {
        return m_view;
    }
    QString note() const;

private:
    void updateNote();

    LibraryModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_rankBy;
    QTreeView *m_view;
    QLabel *m_note;
};
