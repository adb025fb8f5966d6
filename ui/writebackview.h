// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class HistoryChart;
class QLabel;
class SystemHistory;
struct SystemSnapshot;

// Dirty pages over time — file contents changed in RAM and not yet written to disk — with the two
// lines the kernel holds them to, and how fast pages are dirtied and written out.
class WritebackView : public QWidget
{
    Q_OBJECT

public:
    explicit WritebackView(SystemHistory *history, QWidget *parent = nullptr);

    void applySystem(const SystemSnapshot &snapshot);

    HistoryChart *dirtyChart() const
    {
        return m_dirtyChart;
    }
    HistoryChart *rateChart() const
    {
        return m_rateChart;
    }
    // Where each threshold comes from, or why there is none.
    QString thresholdsText() const;

private:
    HistoryChart *m_dirtyChart;
    HistoryChart *m_rateChart;
    QLabel *m_thresholds;
};
