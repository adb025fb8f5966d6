// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/sysroot.h"

#include <QWidget>

class KernelMemoryModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;
class SlabCacheFeed;
class SlabCacheModel;
struct SystemSnapshot;

// What the kernel keeps for itself: slab, stacks, page tables, vmalloc, per-CPU data, and the RAM
// no counter explains; below, the slab caches ranked by size, as slabtop shows them. The caches
// come from /proc/slabinfo, which only root reads: as root (or on a captured tree) they follow
// every refresh; otherwise the user asks for them once, through the helper.
class KernelMemoryView : public QWidget
{
    Q_OBJECT

public:
    // replaying: the window plays a recording; the caches of this machine would not belong in it.
    KernelMemoryView(const SysRoot &root, bool replaying, QWidget *parent = nullptr);

    void applySystem(const SystemSnapshot &snapshot);

    QTreeView *partsView() const
    {
        return m_parts;
    }
    QTreeView *cachesView() const
    {
        return m_caches;
    }
    QString summary() const;
    QString cachesNote() const;
    QPushButton *readCachesButton() const
    {
        return m_readCaches;
    }

private:
    void showCaches();
    void showSelectedPart();

    KernelMemoryModel *m_partsModel;
    SlabCacheModel *m_cachesModel;
    QSortFilterProxyModel *m_cachesProxy;
    SlabCacheFeed *m_feed;
    QLabel *m_summary;
    QTreeView *m_parts;
    QLabel *m_partExplanation;
    QLabel *m_cachesNote;
    QPushButton *m_readCaches;
    QTreeView *m_caches;
    bool m_replaying;
};
