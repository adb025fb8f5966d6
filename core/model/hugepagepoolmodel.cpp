// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "hugepagepoolmodel.h"

#include "format/byteformat.h"
#include "model/bytecell.h"
#include "model/modelroles.h"

namespace
{
QVariant pagesData(const Reading<qint64> &pages, int role)
{
    return countData(pages.value ? std::optional<double>(double(*pages.value)) : std::nullopt, pages.unavailableReason, role);
}
}

HugePagePoolModel::HugePagePoolModel(QObject *parent)
    : KeyedTreeModel(ColumnCount, parent)
{
}

void HugePagePoolModel::setPools(const QList<HugePagePool> &pools)
{
    std::vector<Node> rows;
    rows.reserve(size_t(pools.size()));
    for (const HugePagePool &pool : pools)
        rows.push_back({pool.pageSizeBytes, pool, {}});
    apply(std::move(rows));
}

QVariant HugePagePoolModel::data(const QModelIndex &index, int role) const
{
    const HugePagePool *pool = rowAt(index);
    if (!pool)
        return {};
    if (role == ModelRoles::KeyRole)
        return QString::number(pool->pageSizeBytes);
    switch (index.column()) {
    case SizeColumn:
        if (role == Qt::DisplayRole)
            return ByteFormat::human(pool->pageSizeBytes);
        return role == ModelRoles::RawValueRole ? QVariant(pool->pageSizeBytes) : QVariant();
    case TotalColumn:
        return pagesData(pool->totalPages, role);
    case FreeColumn:
        return pagesData(pool->freePages, role);
    case ReservedColumn:
        return pagesData(pool->reservedPages, role);
    case SurplusColumn:
        return pagesData(pool->surplusPages, role);
    case SetAsideColumn: {
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        const std::optional<qint64> setAside = pool->totalPages.value ? std::optional(*pool->totalPages.value * pool->pageSizeBytes) : std::nullopt;
        return ByteCell{setAside, pool->totalPages.unavailableReason}.data(role);
    }
    }
    return {};
}

QVariant HugePagePoolModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ReservedColumn:
            return tr("Free pages already promised to a mapping that has not touched them yet.");
        case SurplusColumn:
            return tr("Pages beyond the pool's size, allowed by nr_overcommit_hugepages.");
        case SetAsideColumn:
            return tr("The pool's memory, used or not: no other use of RAM can have it.");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SizeColumn:
        return tr("Page size");
    case TotalColumn:
        return tr("Pages");
    case FreeColumn:
        return tr("Free");
    case ReservedColumn:
        return tr("Reserved");
    case SurplusColumn:
        return tr("Surplus");
    case SetAsideColumn:
        return tr("Set aside");
    }
    return {};
}

QList<int> HugePagePoolModel::valueRoles() const
{
    return {Qt::DisplayRole, Qt::ToolTipRole, ModelRoles::RawValueRole, ModelRoles::UnavailableReasonRole};
}
