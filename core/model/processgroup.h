// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/bytecell.h"
#include "snapshot/processsnapshot.h"

#include <QCoreApplication>
#include <QSet>

#include <array>

// The figures of a group row of ProcessModel: processes of one application or one user. It sums
// each member's own cells (ProcessModel::figure), so a group shows what its rows add up to, and
// it refuses to sum when any member's figure is unreadable: a part-sum would look like a total.
// Kernel threads are known to hold no user-space memory, so they add nothing rather than
// making a sum unknown.
class ProcessGroup
{
    Q_DECLARE_TR_FUNCTIONS(ProcessGroup)

public:
    ProcessGroup() = default;
    explicit ProcessGroup(const QString &label);

    void add(const ProcessRecord &member);

    const QString &label() const
    {
        return m_label;
    }
    int memberCount() const
    {
        return m_members;
    }
    bool allKernelThreads() const
    {
        return m_members > 0 && m_kernelThreads == m_members;
    }
    // The user all members run as, empty when they run as several.
    QString user() const
    {
        return m_mixedUsers ? QString() : m_user;
    }

    // The group's cell for a ProcessModel column: a sum for the memory columns, no value with the
    // reason for the OOM columns, an empty cell for the others.
    ByteCell figure(int column) const;

    bool operator==(const ProcessGroup &) const = default;

private:
    // The memory of the member's GPU clients the group has not summed yet (another member holds
    // the same client after a fork or a descriptor passed), counting those from now on.
    qint64 unsummedGpuBytes(const ProcessRecord &member);

    struct Sum {
        qint64 bytes = 0;
        int known = 0; // members with a value
        int unreadable = 0; // members without one, kernel threads aside
        QString reason; // the first unreadable member's reason, else a kernel thread's

        bool operator==(const Sum &) const = default;
    };
    static constexpr int SummedColumns = 7; // RSS, PSS, USS, GPU, Swap, Shared, AnonHugePages, in column order

    QString m_label;
    int m_members = 0;
    int m_kernelThreads = 0;
    QString m_user;
    bool m_mixedUsers = false;
    std::array<Sum, SummedColumns> m_sums;
    QSet<QByteArray> m_gpuClients; // identities of the GPU clients summed, each once
};
