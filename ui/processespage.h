// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/processmodel.h"

#include <QWidget>

class ChangeScope;
class ProcessDetailsPanel;
class ProcessFilterProxy;
class PssRssChart;
class QComboBox;
class QPushButton;
class QLineEdit;
class QSplitter;
class QTreeView;
class TuningSession;

// Every process as a table, a tree by parent, or grouped by application or user with group
// totals; beside it PSS against RSS for the rows shown, and the details of the selected process.
class ProcessesPage : public QWidget
{
    Q_OBJECT

public:
    ProcessesPage(ProcessModel *flatModel, QWidget *parent = nullptr);

    // Records the selected process's history, and applies the snapshot to the model of the
    // layout shown when the page is on screen; a page shown later catches up at once.
    void applyProcesses(const ProcessSnapshot &snapshot);
    void setLayoutMode(ProcessModel::Layout layout);
    // Grouped by application, with that application's group selected and open: where the
    // overview's list of the largest applications leads.
    void showApplication(const QString &name);
    // The "Show all processes" switch, turned off from outside when the feed ends.
    void setShowAllProcesses(bool on);
    // Offers "Show all processes" and the OOM adjustment only where they act on what is shown.
    void setChangeScope(const ChangeScope &scope);
    // The GPU column and figures, only on a machine with a GPU: elsewhere they would be a column
    // of zeros.
    void setGpuShown(bool shown);
    // Where an OOM score adjustment goes: the window's tuning session, beside its other changes.
    void setTuningSession(TuningSession *session);
    ProcessModel::Layout layoutMode() const
    {
        return m_layout;
    }

    QTreeView *view() const
    {
        return m_view;
    }
    ProcessFilterProxy *proxy() const
    {
        return m_proxy;
    }
    QLineEdit *filter() const
    {
        return m_filter;
    }
    PssRssChart *pssRssChart() const
    {
        return m_chart;
    }
    ProcessDetailsPanel *details() const
    {
        return m_details;
    }
    QList<QSplitter *> splitters() const
    {
        return {m_splitter, m_sideSplitter};
    }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

Q_SIGNALS:
    void showAllProcessesToggled(bool on);
    // The process whose details are shown changed: its mappings should be sampled.
    void processSelected(std::optional<ProcessKey> process);

private:
    void showCurrent(const QModelIndex &current);
    void adjustOomScore(const ProcessKey &process);
    void showContextMenu(const QPoint &position);
    ProcessModel *currentModel() const;

    ProcessModel *m_flatModel; // shared with the pressure page's OOM ranking
    ProcessModel::Layout m_layout = ProcessModel::Layout::Flat;
    std::unique_ptr<ProcessModel> m_layoutModel; // the model of a layout other than Flat
    ProcessSnapshot m_lastSnapshot; // to fill a layout's model the moment it is chosen
    bool m_gpuShown = false;
    ProcessFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_layoutChoice;
    QPushButton *m_showAll;
    QString m_changeRefusal; // why changes are not offered; empty when they are
    TuningSession *m_tuningSession = nullptr;
    QTreeView *m_view;
    PssRssChart *m_chart;
    ProcessDetailsPanel *m_details;
    QSplitter *m_splitter;
    QSplitter *m_sideSplitter;
};
