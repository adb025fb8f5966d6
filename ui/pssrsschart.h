// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QAbstractItemModel;
class QBarCategoryAxis;
class QBarSet;
class QChartView;
class QLabel;
class QTimer;
class QValueAxis;

// PSS against RSS for the processes the table shows: the first rows in the table's own sort and
// filter as horizontal bars (RSS, PSS and USS side by side), and the overcount — how much adding
// up RSS counts shared pages more than once — over every row that passes the filter.
class PssRssChart : public QWidget
{
    Q_OBJECT

public:
    // rows: the process table's proxy (columns of ProcessModel).
    explicit PssRssChart(QAbstractItemModel *rows, QWidget *parent = nullptr);

    void setTopCount(int count);
    // Names of the bars, top first; the overcount sentence. For tests and accessibility.
    QStringList categories() const;
    QList<double> values(int set) const; // 0 RSS, 1 PSS, 2 USS, in the axis unit, top first
    QString overcountText() const;

public Q_SLOTS:
    void refresh();

private:
    void scheduleRefresh();

    QAbstractItemModel *m_rows;
    QChartView *m_view;
    QBarSet *m_rss;
    QBarSet *m_pss;
    QBarSet *m_uss;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
    QLabel *m_overcount;
    QTimer *m_refreshTimer;
    int m_topCount = 12;
};
