// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kernelmemorymodel.h"

#include "model/bytecell.h"
#include "model/modelroles.h"

KernelMemoryModel::KernelMemoryModel(QObject *parent)
    : KeyedTreeModel(ColumnCount, parent)
{
}

void KernelMemoryModel::setMemory(const KernelMemory &memory)
{
    std::vector<Node> rows;
    for (int p = 0; p < KernelMemory::PartCount; ++p)
        rows.push_back({p, {KernelMemory::Part(p), memory.parts[size_t(p)], memory.memTotal}, {}});
    apply(std::move(rows));
}

QVariant KernelMemoryModel::data(const QModelIndex &index, int role) const
{
    const KernelMemoryRow *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case ModelRoles::ExplanationRole:
        return KernelMemory::explanation(row->part);
    case ModelRoles::KeyRole:
        return QString::fromLatin1(KernelMemory::fieldOf(row->part));
    case Qt::TextAlignmentRole:
        return index.column() == PartColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        break;
    }
    const ByteCell cell{row->bytes.value, row->bytes.unavailableReason};
    switch (index.column()) {
    case PartColumn:
        if (role == Qt::DisplayRole || role == ModelRoles::RawValueRole)
            return KernelMemory::title(row->part);
        if (role == Qt::ToolTipRole)
            return KernelMemory::explanation(row->part);
        break;
    case SizeColumn:
        return cell.data(role);
    case ShareOfRamColumn:
        if (!row->bytes.value || row->memTotal <= 0)
            return role == Qt::DisplayRole ? QVariant(QStringLiteral("—")) : cell.data(role);
        return percentData(100.0 * double(*row->bytes.value) / double(row->memTotal), role);
    }
    return {};
}

QVariant KernelMemoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PartColumn:
        return tr("Part");
    case SizeColumn:
        return tr("Size");
    case ShareOfRamColumn:
        return tr("Share of RAM");
    }
    return {};
}

QList<int> KernelMemoryModel::valueRoles() const
{
    return {Qt::DisplayRole, Qt::ToolTipRole, ModelRoles::RawValueRole, ModelRoles::UnavailableReasonRole};
}
