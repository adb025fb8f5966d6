// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class AccountingBar;
class HeadlineCard;
class HistoryChart;
class QLabel;
class QSplitter;
class QTreeView;
class SystemHistory;
class SystemMemoryModel;
struct SystemSnapshot;

// The first page: headline cards, the composition of RAM over time, every byte of RAM in one
// bar, free against available in the user's own numbers, and every meminfo field explained.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(SystemHistory *history, SystemMemoryModel *memoryModel, QWidget *parent = nullptr);

    void applySystem(const SystemSnapshot &snapshot);

    HeadlineCard *card(int index) const
    {
        return m_cards.value(index);
    }
    enum Card { TotalCard, AvailableCard, UsedCard, CacheCard, SwapCard, CommitCard, CardCount };
    HistoryChart *chart() const
    {
        return m_chart;
    }
    AccountingBar *accountingBar() const
    {
        return m_bar;
    }
    QString freeVersusAvailable() const;
    QSplitter *splitter() const
    {
        return m_splitter;
    }

private:
    QList<HeadlineCard *> m_cards;
    HistoryChart *m_chart;
    AccountingBar *m_bar;
    QLabel *m_freeVersusAvailable;
    QTreeView *m_fields;
    QLabel *m_fieldExplanation;
    QSplitter *m_splitter;
};
