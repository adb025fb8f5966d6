// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class LeakWatch;
class LeakWatchModel;
class QChart;
class QChartView;
class QLabel;
class QSortFilterProxyModel;
class QTreeView;

// Leak watch: the processes whose memory keeps growing over the last hour, fastest steady climb
// first, each with its rate, how well a line fits, and a sentence; below, the lines of the top
// growers (or of the one selected) over time.
class LeakWatchPage : public QWidget
{
    Q_OBJECT

public:
    explicit LeakWatchPage(LeakWatchModel *model, QWidget *parent = nullptr);

    // After the model took the watch's growing processes: the note and the chart follow.
    void applyWatch(const LeakWatch &watch);

    QTreeView *view() const
    {
        return m_view;
    }
    QChart *chart() const;
    QString note() const;
    QString sentence() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSelected();
    void drawLines(const LeakWatch &watch);

    LeakWatchModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QLabel *m_note;
    QLabel *m_sentence;
    QChartView *m_chartView;
    QLabel *m_chartEmpty; // over the chart while there is no trend to draw
    const LeakWatch *m_watch = nullptr;
};
