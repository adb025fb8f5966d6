// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class KernelMemoryModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;
class SlabCacheModel;
struct SlabCacheSnapshot;
struct SystemSnapshot;

// What the kernel keeps for itself: slab, stacks, page tables, vmalloc, per-CPU data, and the RAM
// no counter explains; below, the slab caches ranked by size, as slabtop shows them. The caches
// come from /proc/slabinfo, asked of the window's source while on screen; only root reads it, so
// a user's window offers to read as administrator (the root agent, as "Show all processes").
class KernelMemoryView : public QWidget
{
    Q_OBJECT

public:
    // replaying: the window plays a recording; the caches of this machine would not belong in it.
    explicit KernelMemoryView(bool replaying, QWidget *parent = nullptr);

    void applySystem(const SystemSnapshot &snapshot);
    void applySlabCaches(const SlabCacheSnapshot &snapshot);
    // Reading as administrator acts on this machine: not offered where another one is shown.
    void setAdministratorOffered(bool offered);

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

Q_SIGNALS:
    // Each refresh while on screen: the source answers with applySlabCaches().
    void slabCachesWanted();
    // The caches need root: the person asked to read everything as administrator.
    void administratorWanted();

private:
    void showSelectedPart();

    KernelMemoryModel *m_partsModel;
    SlabCacheModel *m_cachesModel;
    QSortFilterProxyModel *m_cachesProxy;
    QLabel *m_summary;
    QTreeView *m_parts;
    QLabel *m_partExplanation;
    QLabel *m_cachesNote;
    QPushButton *m_readCaches;
    QTreeView *m_caches;
    bool m_replaying;
    bool m_administratorOffered = true;
};
