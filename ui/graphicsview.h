// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class GpuDeviceModel;
class QLabel;
struct ProcessRecord;
struct SystemSnapshot;

// Graphics: every GPU with its driver's counters of VRAM and GTT and what its clients hold, and
// a paragraph on where its memory in system RAM is counted: moved out of the unaccounted rest
// (amdgpu's GTT), already in Shmem (i915 and the shmem-based drivers), or in no counter at all.
class GraphicsView : public QWidget
{
    Q_OBJECT

public:
    explicit GraphicsView(QWidget *parent = nullptr);

    void apply(const SystemSnapshot &snapshot, const QList<ProcessRecord> &processes);

    QString summary() const;
    GpuDeviceModel *model() const
    {
        return m_model;
    }

private:
    QLabel *m_summary;
    GpuDeviceModel *m_model;
};
