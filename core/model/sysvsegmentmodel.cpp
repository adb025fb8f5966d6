// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sysvsegmentmodel.h"

#include "model/bytecell.h"
#include "model/modelroles.h"

SysVSegmentModel::SysVSegmentModel(QObject *parent)
    : KeyedTreeModel(ColumnCount, parent)
{
}

void SysVSegmentModel::setSegments(const QList<SharedMemorySegment> &segments)
{
    std::vector<Node> rows;
    rows.reserve(size_t(segments.size()));
    for (const SharedMemorySegment &segment : segments)
        rows.push_back({segment.segment.shmid, segment, {}});
    apply(std::move(rows));
}

QVariant SysVSegmentModel::data(const QModelIndex &index, int role) const
{
    const SharedMemorySegment *row = rowAt(index);
    if (!row)
        return {};
    const SysVShmSegment &s = row->segment;
    if (role == ModelRoles::KeyRole)
        return QString::number(s.shmid);
    // A segment nobody has attached is easy to forget and never freed: it stands out.
    if (role == ModelRoles::EmphasisRole)
        return row->orphaned();
    if (role == Qt::ToolTipRole && row->orphaned() && (index.column() == KeyColumn || index.column() == AttachedColumn))
        return tr("No process has this segment attached: it holds its memory until someone removes it (ipcrm -m %1).").arg(s.shmid);
    // Ids and pids: plain digits, as ipcs and ps write them.
    const auto number = [role](qint64 value) -> QVariant {
        if (role == Qt::DisplayRole)
            return QString::number(value);
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return role == ModelRoles::RawValueRole ? QVariant(value) : QVariant();
    };
    const QString noColumns = tr("this kernel's /proc/sysvipc/shm has no rss and swap columns");
    switch (index.column()) {
    case KeyColumn:
        if (role == Qt::DisplayRole)
            return s.key == 0 ? tr("private") : QStringLiteral("0x%1").arg(quint32(s.key), 8, 16, QLatin1Char('0'));
        return role == ModelRoles::RawValueRole ? QVariant(s.key) : QVariant();
    case IdColumn:
        return number(s.shmid);
    case OwnerColumn:
        return role == Qt::DisplayRole || role == ModelRoles::RawValueRole ? QVariant(row->owner) : QVariant();
    case SizeColumn:
        return role == Qt::TextAlignmentRole ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : ByteCell{s.sizeBytes, {}}.data(role);
    case ResidentColumn:
        return role == Qt::TextAlignmentRole ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : ByteCell{s.rssBytes, noColumns}.data(role);
    case SwappedColumn:
        return role == Qt::TextAlignmentRole ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : ByteCell{s.swapBytes, noColumns}.data(role);
    case AttachedColumn:
        return number(s.attachments);
    case CreatorColumn:
        return number(s.creatorPid);
    case LastPidColumn:
        return number(s.lastPid);
    }
    return {};
}

QVariant SysVSegmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == AttachedColumn)
            return tr("Processes that have the segment attached now.");
        if (section == LastPidColumn)
            return tr("The process that last attached or detached it.");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case IdColumn:
        return tr("ID");
    case OwnerColumn:
        return tr("Owner");
    case SizeColumn:
        return tr("Size");
    case ResidentColumn:
        return tr("Resident");
    case SwappedColumn:
        return tr("Swapped");
    case AttachedColumn:
        return tr("Attached");
    case CreatorColumn:
        return tr("Creator");
    case LastPidColumn:
        return tr("Last PID");
    }
    return {};
}

QList<int> SysVSegmentModel::valueRoles() const
{
    return {Qt::DisplayRole, Qt::ToolTipRole, ModelRoles::RawValueRole, ModelRoles::EmphasisRole};
}
