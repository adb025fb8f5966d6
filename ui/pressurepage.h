// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/memoryforecast.h"

#include <QWidget>

class HistoryChart;
class ProcessFilterProxy;
class ProcessModel;
class QGroupBox;
class QLabel;
class QSplitter;
class QTreeView;
class QTreeWidget;
class SystemHistory;
struct CgroupSnapshot;
struct KillHistory;
struct SystemSnapshot;

// When memory runs short: stall time (PSI) and swap and fault rates over time, the swap
// devices with zram and zswap compression, and the OOM killer — who it would pick next, how
// often it struck, and its kills from the kernel log.
class PressurePage : public QWidget
{
    Q_OBJECT

public:
    PressurePage(SystemHistory *history, ProcessModel *processes, QWidget *parent = nullptr);

    void applySystem(const SystemSnapshot &snapshot);
    void applyCgroups(const CgroupSnapshot &snapshot);
    void applyKillHistory(const KillHistory &history);

    HistoryChart *pressureChart() const
    {
        return m_pressureChart;
    }
    HistoryChart *swapChart() const
    {
        return m_swapChart;
    }
    QTreeWidget *swapDevices() const
    {
        return m_swapDevices;
    }
    QTreeView *oomRanking() const
    {
        return m_oomRanking;
    }
    QTreeWidget *killHistory() const
    {
        return m_killHistory;
    }
    QString killHistoryNote() const;
    QString compressionText() const;
    QString oomKillText() const;
    QList<QSplitter *> splitters() const
    {
        return {m_splitter};
    }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *createChartsRow(SystemHistory *history);
    QWidget *createSwapRow();
    QWidget *createOomRow(ProcessModel *processes);
    void showCompression(const SystemSnapshot &snapshot);
    void showOomKills();

    HistoryChart *m_pressureChart = nullptr;
    HistoryChart *m_swapChart = nullptr;
    HistoryChart *m_faultChart = nullptr;
    QLabel *m_pressureNote = nullptr;
    MemoryForecast m_forecast; // MemAvailable and free swap over the last minute
    QTreeWidget *m_swapDevices = nullptr;
    QGroupBox *m_swapBox = nullptr;
    QLabel *m_swapNote = nullptr;
    QLabel *m_compression = nullptr;
    ProcessFilterProxy *m_oomProxy = nullptr;
    QTreeView *m_oomRanking = nullptr;
    QLabel *m_oomKills = nullptr;
    QTreeWidget *m_killHistory = nullptr;
    QLabel *m_killNote = nullptr;
    QSplitter *m_splitter;
    std::optional<qint64> m_systemOomKills;
    QStringList m_cgroupOomKills; // "name: n" for groups with kills
};
