// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/processsnapshot.h"

#include <QWidget>

class ChangeScope;
class ElidedLabel;
class HistoryChart;
class HistoryModel;
class MappingModel;
class QFormLayout;
class QLabel;
class QPushButton;
class QSplitter;
class QTreeView;
struct MappingSnapshot;
struct NumaResidency;

// Everything about one process: its smaps_rollup figures with PSS split into anonymous, file and
// shared memory, OOM score and adjustment, RSS / PSS / swap since it was selected (a leak shows
// as a rising line), and its mappings grouped by file.
class ProcessDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProcessDetailsPanel(QWidget *parent = nullptr);

    // Offers the OOM adjustment only where it acts on the process shown; otherwise says why.
    void setChangeScope(const ChangeScope &scope);

    // Shows this process from the next snapshot on; nullopt shows the hint to pick one.
    void setProcess(std::optional<ProcessKey> process);
    std::optional<ProcessKey> process() const
    {
        return m_process;
    }
    void applyProcesses(const ProcessSnapshot &snapshot);
    // Whether the machine has a GPU: without one, no GPU figures.
    void setGpuShown(bool shown);
    void applyMappings(const MappingSnapshot &snapshot);
    // Shows where the process's resident memory is, node by node; the row stays hidden on a
    // machine with a single node, where no residency is ever sampled.
    void applyNumaResidency(const NumaResidency &residency);

    enum Figure {
        Rss,
        Pss,
        PssAnon,
        PssFile,
        PssShmem,
        Uss,
        Shared,
        Swap,
        SwapPss,
        Gpu,
        GpuCard,
        GpuSystemRam,
        GpuDevices, // per device, its regions
        GpuShared, // the clients other processes hold too
        OomScore,
        OomScoreAdj,
        NumaNodes,
        FigureCount
    };
    // The text shown for a figure (tests read what the user reads).
    QString figureText(Figure figure) const;
    MappingModel *mappings() const
    {
        return m_mappings;
    }
    HistoryModel *history() const
    {
        return m_history;
    }
    QSplitter *splitter() const
    {
        return m_splitter;
    }

Q_SIGNALS:
    // The user wants to change this process's oom_score_adj.
    void adjustOomScoreRequested(const ProcessKey &process);

private:
    void addFigure(Figure figure, const QString &label, const QString &explanation);
    void addNote(Figure figure, const QString &explanation);
    void showRecord(const ProcessRecord &record);
    void showGpu(const Reading<QList<GpuClient>> &gpu);

    std::optional<ProcessKey> m_process;
    ElidedLabel *m_title;
    ElidedLabel *m_command;
    QFormLayout *m_figures;
    std::array<QLabel *, FigureCount> m_figureLabels{};
    HistoryModel *m_history;
    HistoryChart *m_chart;
    MappingModel *m_mappings;
    QTreeView *m_mappingView;
    QLabel *m_mappingsNote;
    QPushButton *m_adjustOom;
    QString m_changeRefusal; // why the OOM adjustment is not offered; empty when it is
    bool m_gpuShown = false;
    QSplitter *m_splitter;
};
