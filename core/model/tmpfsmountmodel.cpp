// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tmpfsmountmodel.h"

#include "format/textescape.h"
#include "model/bytecell.h"
#include "model/modelroles.h"

#include <QHash>

TmpfsMountModel::TmpfsMountModel(QObject *parent)
    : KeyedTreeModel(ColumnCount, parent)
{
}

void TmpfsMountModel::setMounts(const QList<TmpfsMount> &mounts)
{
    // A mount point can hold several mounts, one over another: each is a row of its own.
    std::vector<Node> rows;
    rows.reserve(size_t(mounts.size()));
    QHash<QString, int> seen;
    for (const TmpfsMount &mount : mounts)
        rows.push_back({mount.mountPoint + u'\n' + QString::number(seen[mount.mountPoint]++), mount, {}});
    apply(std::move(rows));
}

QVariant TmpfsMountModel::data(const QModelIndex &index, int role) const
{
    const TmpfsMount *mount = rowAt(index);
    if (!mount)
        return {};
    if (role == ModelRoles::KeyRole)
        return mount->mountPoint;
    switch (index.column()) {
    case MountPointColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return TextEscape::visible(mount->mountPoint);
        return role == ModelRoles::RawValueRole ? QVariant(mount->mountPoint) : QVariant();
    case SizeColumn:
        return role == Qt::TextAlignmentRole ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : ByteCell{mount->sizeBytes.value, mount->sizeBytes.unavailableReason}.data(role);
    case UsedColumn:
        return role == Qt::TextAlignmentRole ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : ByteCell{mount->usedBytes.value, mount->usedBytes.unavailableReason}.data(role);
    case OptionsColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == ModelRoles::RawValueRole)
            return QString::fromUtf8(mount->options);
        break;
    }
    return {};
}

QVariant TmpfsMountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MountPointColumn:
        return tr("Mount point");
    case SizeColumn:
        return tr("Size");
    case UsedColumn:
        return tr("Used");
    case OptionsColumn:
        return tr("Options");
    }
    return {};
}

QList<int> TmpfsMountModel::valueRoles() const
{
    return {Qt::DisplayRole, Qt::ToolTipRole, ModelRoles::RawValueRole};
}
