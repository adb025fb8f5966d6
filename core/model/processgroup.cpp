// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "processgroup.h"

#include "model/processmodel.h"

#include <QtNumeric>

#include <limits>

static_assert(ProcessModel::AnonHugePagesColumn - ProcessModel::RssColumn + 1 == 7, "the summed columns are RSS to AnonHugePages, in a run");

static bool isSummed(int column)
{
    return column >= ProcessModel::RssColumn && column <= ProcessModel::AnonHugePagesColumn;
}

ProcessGroup::ProcessGroup(const QString &label)
    : m_label(label)
{
}

void ProcessGroup::add(const ProcessRecord &member)
{
    if (m_members == 0)
        m_user = member.user;
    else if (!m_mixedUsers && member.user != m_user)
        m_mixedUsers = true;
    ++m_members;
    if (member.kernelThread)
        ++m_kernelThreads;

    for (int column = ProcessModel::RssColumn; column <= ProcessModel::AnonHugePagesColumn; ++column) {
        Sum &sum = m_sums[size_t(column - ProcessModel::RssColumn)];
        ByteCell cell = ProcessModel::figure(member, column);
        if (column == ProcessModel::GpuColumn && cell.bytes)
            cell.bytes = unsummedGpuBytes(member);
        if (cell.bytes) {
            if (qAddOverflow(sum.bytes, *cell.bytes, &sum.bytes))
                sum.bytes = std::numeric_limits<qint64>::max();
            ++sum.known;
        } else if (member.kernelThread) {
            if (sum.unreadable == 0 && sum.reason.isEmpty())
                sum.reason = cell.unavailableReason;
        } else {
            if (sum.unreadable == 0)
                sum.reason = cell.unavailableReason;
            ++sum.unreadable;
        }
    }
}

qint64 ProcessGroup::unsummedGpuBytes(const ProcessRecord &member)
{
    qint64 bytes = 0;
    for (const GpuClient &client : *member.gpu.value) {
        const QByteArray identity = client.identity();
        if (!identity.isEmpty()) {
            if (m_gpuClients.contains(identity))
                continue;
            m_gpuClients.insert(identity);
        }
        bytes += client.bytes();
    }
    return bytes;
}

ByteCell ProcessGroup::figure(int column) const
{
    if (column == ProcessModel::OomScoreColumn || column == ProcessModel::OomScoreAdjColumn)
        return {std::nullopt, tr("not defined for a group")};
    if (!isSummed(column))
        return {};
    const Sum &sum = m_sums[size_t(column - ProcessModel::RssColumn)];
    if (sum.unreadable > 0) {
        // How many are missing, so the reader can judge; the first reason, so they can fix it.
        return {std::nullopt, tr("unreadable for %1 of %n processes, so no sum: %2", nullptr, m_members).arg(QString::number(sum.unreadable), sum.reason)};
    }
    if (sum.known == 0) // only kernel threads: they have no figure to add, and a zero would claim one
        return {std::nullopt, sum.reason};
    return {sum.bytes, {}};
}
