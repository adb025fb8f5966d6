// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/processsnapshot.h"
#include "snapshot/systemsnapshot.h"

#include <QWidget>

class HugePagesView;
class KernelMemoryView;
class NumaView;
class OvercommitView;
class GraphicsView;
class QTabWidget;
class SharedMemoryView;
class SystemHistory;
class WritebackView;

// The memory the kernel manages beside processes' own, a tab per question users bring: what the
// kernel keeps for itself, dirty pages waiting for the disk, huge pages, how far memory can be
// promised, NUMA nodes, shared memory and graphics.
class KernelPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { KernelMemoryTab, WritebackTab, HugePagesTab, OvercommitTab, NumaTab, SharedMemoryTab, GraphicsTab, TabCount };

    // replaying: the window plays a recording, which holds no slab caches.
    explicit KernelPage(SystemHistory *history, bool replaying = false, QWidget *parent = nullptr);

    void applySystem(const SystemSnapshot &snapshot);
    // The processes, for what their GPU clients hold (the Graphics tab).
    void applyProcesses(const QList<ProcessRecord> &processes);
    void showTab(Tab tab);

    KernelMemoryView *kernelMemory() const
    {
        return m_kernelMemory;
    }
    WritebackView *writeback() const
    {
        return m_writeback;
    }
    HugePagesView *hugePages() const
    {
        return m_hugePages;
    }
    OvercommitView *overcommit() const
    {
        return m_overcommit;
    }
    NumaView *numa() const
    {
        return m_numa;
    }
    SharedMemoryView *sharedMemory() const
    {
        return m_sharedMemory;
    }
    GraphicsView *graphics() const
    {
        return m_graphics;
    }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyToCurrentTab();

    SystemSnapshot m_last; // what a tab brought forward catches up with
    QList<ProcessRecord> m_lastProcesses;
    QTabWidget *m_tabs;
    KernelMemoryView *m_kernelMemory;
    WritebackView *m_writeback;
    HugePagesView *m_hugePages;
    OvercommitView *m_overcommit;
    NumaView *m_numa;
    SharedMemoryView *m_sharedMemory;
    GraphicsView *m_graphics;
};
