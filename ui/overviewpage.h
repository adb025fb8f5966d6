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
class TopApplicationsModel;
class QCheckBox;
struct SystemSnapshot;

// The first page: headline cards; the applications using the most memory beside what RAM holds
// over time (in use, free as the remainder unless asked for); every byte of RAM in one bar; free
// against available in the user's own numbers; and every meminfo field explained.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    OverviewPage(SystemHistory *history, SystemMemoryModel *memoryModel, TopApplicationsModel *topApplications, QWidget *parent = nullptr);

    void applySystem(const SystemSnapshot &snapshot);
    // After the top applications' model took a snapshot: what the rows leave over.
    void showRest();

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

Q_SIGNALS:
    // An application in the list was chosen: show its processes.
    void applicationChosen(const QString &name);

private:
    QWidget *createTopApplications();

    QList<HeadlineCard *> m_cards;
    TopApplicationsModel *m_topApplications;
    QTreeView *m_topView = nullptr;
    QLabel *m_rest = nullptr;
    QCheckBox *m_showFree = nullptr;
    HistoryChart *m_chart;
    AccountingBar *m_bar;
    QLabel *m_freeVersusAvailable;
    QTreeView *m_fields;
    QLabel *m_fieldExplanation;
    QSplitter *m_splitter;
};
