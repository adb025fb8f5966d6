// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QGroupBox;
class QLabel;
class QTreeWidget;
struct SystemSnapshot;

// Where meminfo's Shmem goes: System V segments (with those no process has attached marked, as
// they hold memory until someone removes them), POSIX shared memory under /dev/shm, and how full
// every tmpfs is.
class SharedMemoryView : public QWidget
{
    Q_OBJECT

public:
    explicit SharedMemoryView(QWidget *parent = nullptr);

    void applySystem(const SystemSnapshot &snapshot);

    QString summary() const;
    QTreeWidget *segments() const
    {
        return m_segments;
    }
    QTreeWidget *posixFiles() const
    {
        return m_posix;
    }
    QTreeWidget *tmpfsMounts() const
    {
        return m_tmpfs;
    }

    enum SegmentColumn { KeyColumn, IdColumn, OwnerColumn, SizeColumn, ResidentColumn, SwappedColumn, AttachedColumn, CreatorColumn, LastPidColumn };

private:
    void showSegments(const SystemSnapshot &snapshot);
    void showPosix(const SystemSnapshot &snapshot);
    void showTmpfs(const SystemSnapshot &snapshot);

    QLabel *m_summary;
    QGroupBox *m_segmentsBox;
    QTreeWidget *m_segments;
    QGroupBox *m_posixBox;
    QTreeWidget *m_posix;
    QGroupBox *m_tmpfsBox;
    QTreeWidget *m_tmpfs;
};
