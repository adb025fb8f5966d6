// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QChartView>
#include <QColor>

class HistoryModel;
class QAbstractSeries;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

// A live chart of some columns of a HistoryModel: lines, or areas stacked bottom to top. The
// chart follows the model (a point per appended row) and shows the last few minutes; hovering
// shows a readout of every series at that moment, in the units a person reads.
class HistoryChart : public QChartView
{
    Q_OBJECT

public:
    enum class Style { Lines, StackedAreas };
    // How values are written on the axis and in the readout.
    enum class Scale {
        Bytes, // axis in KiB, MiB or GiB, whichever fits the largest value shown
        Percent,
        PerSecond, // events per second
        BytesPerSecond,
    };
    struct Series {
        int column; // in the history model
        QString name; // empty: the history model's column header
        QColor color;
        bool rightAxis = false; // on a second axis of its own (same scale), e.g. swap beside RAM
        bool shown = true; // a hidden band adds nothing to the stack
    };

    HistoryChart(HistoryModel *model, Style style, Scale scale, const QList<Series> &series, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // Shows or hides one series (by its place in the list given): a hidden band of a stack
    // leaves the bands above it resting on the one below, and the axis fits what is shown.
    void setSeriesShown(int index, bool shown);
    // What the chart says while it has fewer than two points to draw, in place of bare axes:
    // what it is waiting for.
    void setEmptyText(const QString &text);
    // The span of time shown, ending at the newest sample.
    void setWindowSeconds(int seconds);
    // What the hover shows for one row of the model: its time and every series' value.
    QString readoutAt(int row) const;
    HistoryModel *model() const
    {
        return m_model;
    }
    // The chart's own series (line or area), for tests and legends.
    QList<QAbstractSeries *> chartSeries() const;

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    void appendRows(int first, int last);
    bool appendRow(int row); // false when the row needs a new unit (rebuild instead)
    void trimAndScroll();
    void updateAxes();
    double valueAt(int row, const Series &series) const;
    QString formatValue(double value) const;
    double divisorFor(double maximum) const;
    QString unitName() const;
    void applyPalette();
    void updateEmptyState();

    HistoryModel *m_model;
    Style m_style;
    Scale m_scale;
    QList<Series> m_series;
    QList<QLineSeries *> m_lines; // one per series; for stacked areas the upper edge (cumulative)
    QList<QAbstractSeries *> m_drawn; // what the chart draws: the lines, or the areas over them
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QValueAxis *m_rightAxis = nullptr;
    QLabel *m_readout;
    QLabel *m_emptyNote;
    int m_windowSeconds = 300;
    double m_divisor = 1;
    double m_maximum = 0;
    double m_rightMaximum = 0;
    bool m_stale = false; // rows arrived while hidden: rebuilt when shown
};
