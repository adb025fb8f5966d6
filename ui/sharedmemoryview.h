// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class PosixSharedMemoryModel;
class QGroupBox;
class QLabel;
class SysVSegmentModel;
class TmpfsMountModel;
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

private:
    void showSegments(const SystemSnapshot &snapshot);
    void showPosix(const SystemSnapshot &snapshot);
    void showTmpfs(const SystemSnapshot &snapshot);

    QLabel *m_summary;
    QGroupBox *m_segmentsBox;
    QGroupBox *m_posixBox;
    QGroupBox *m_tmpfsBox;
    SysVSegmentModel *m_segments;
    PosixSharedMemoryModel *m_posix;
    TmpfsMountModel *m_tmpfs;
};
