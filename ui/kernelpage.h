// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/systemsnapshot.h"

#include <QWidget>

class HugePagesView;
class KernelMemoryView;
class NumaView;
class OvercommitView;
class QTabWidget;
class SharedMemoryView;
class SystemHistory;
class WritebackView;

// The memory the kernel manages beside processes' own, a tab per question users bring: what the
// kernel keeps for itself, dirty pages waiting for the disk, huge pages, how far memory can be
// promised, NUMA nodes and shared memory.
class KernelPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { KernelMemoryTab, WritebackTab, HugePagesTab, OvercommitTab, NumaTab, SharedMemoryTab, TabCount };

    // replaying: the window plays a recording, which holds no slab caches.
    explicit KernelPage(SystemHistory *history, bool replaying = false, QWidget *parent = nullptr);

    void applySystem(const SystemSnapshot &snapshot);
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

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applyToCurrentTab();

    SystemSnapshot m_last; // what a tab brought forward catches up with
    QTabWidget *m_tabs;
    KernelMemoryView *m_kernelMemory;
    WritebackView *m_writeback;
    HugePagesView *m_hugePages;
    OvercommitView *m_overcommit;
    NumaView *m_numa;
    SharedMemoryView *m_sharedMemory;
};
