// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class HistoryChart;
class QLabel;
class HugePagePoolModel;
class QTreeView;
class SystemHistory;
struct SystemSnapshot;

// Huge pages, both kinds: transparent huge pages (what is in them now, and how often faults get
// one, fall back to small pages or stall to make one), the hugetlbfs pools set aside by size, and
// what kernel samepage merging saves where it runs.
class HugePagesView : public QWidget
{
    Q_OBJECT

public:
    explicit HugePagesView(SystemHistory *history, QWidget *parent = nullptr);

    void applySystem(const SystemSnapshot &snapshot);

    QString transparentText() const;
    QString poolsNote() const;
    QString ksmText() const;
    HistoryChart *eventChart() const
    {
        return m_events;
    }

private:
    void showPools(const SystemSnapshot &snapshot);
    void showKsm(const SystemSnapshot &snapshot);

    QLabel *m_transparent;
    HistoryChart *m_events;
    HugePagePoolModel *m_poolModel;
    QTreeView *m_pools;
    QLabel *m_poolsNote;
    QLabel *m_ksm;
};
