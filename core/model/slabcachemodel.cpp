// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "slabcachemodel.h"

#include "format/byteformat.h"
#include "model/bytecell.h"
#include "model/modelroles.h"

#include <QLocale>

SlabCacheModel::SlabCacheModel(QObject *parent)
    : KeyedTreeModel(ColumnCount, parent)
{
}

void SlabCacheModel::setCaches(const QList<SlabCacheRecord> &caches)
{
    std::vector<Node> rows;
    rows.reserve(size_t(caches.size()));
    for (const SlabCacheRecord &record : caches)
        rows.push_back({record.cache.name, record, {}});
    apply(std::move(rows));
}

QVariant SlabCacheModel::data(const QModelIndex &index, int role) const
{
    const SlabCacheRecord *row = rowAt(index);
    if (!row)
        return {};
    const SlabCache &cache = row->cache;
    if (role == ModelRoles::KeyRole)
        return QString::fromLatin1(cache.name);
    if (role == Qt::TextAlignmentRole)
        return index.column() == NameColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const QLocale locale;
    const auto count = [&](qint64 value) -> QVariant {
        if (role == Qt::DisplayRole)
            return locale.toString(value);
        return role == ModelRoles::RawValueRole ? QVariant(value) : QVariant();
    };
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole || role == ModelRoles::RawValueRole || role == ModelRoles::FilterTextRole)
            return QString::fromLatin1(cache.name);
        break;
    case SizeColumn:
        return ByteCell{cache.totalBytes, {}}.data(role);
    case ActiveObjectsColumn:
        return count(cache.activeObjects);
    case ObjectsColumn:
        return count(cache.objects);
    case ObjectSizeColumn:
        if (role == Qt::DisplayRole)
            return tr("%1 B").arg(locale.toString(cache.objectSize));
        return role == ModelRoles::RawValueRole ? QVariant(cache.objectSize) : QVariant();
    case UseColumn: {
        // How full the cache's slabs are: a low figure is memory held for objects since freed.
        if (cache.objects <= 0)
            return role == Qt::DisplayRole ? QVariant(QStringLiteral("—")) : QVariant();
        return percentData(100.0 * double(cache.activeObjects) / double(cache.objects), role, 0);
    }
    case ReclaimableColumn:
        if (!row->reclaimable.value) {
            if (role == Qt::DisplayRole)
                return QStringLiteral("—");
            return role == Qt::ToolTipRole || role == ModelRoles::UnavailableReasonRole ? QVariant(row->reclaimable.unavailableReason) : QVariant();
        }
        if (role == Qt::DisplayRole)
            return *row->reclaimable.value ? tr("Yes") : tr("No");
        if (role == Qt::ToolTipRole)
            return *row->reclaimable.value ? tr("Counted in SReclaimable: the kernel frees it when memory runs short.")
                                           : tr("Counted in SUnreclaim: freed only when its objects are.");
        return role == ModelRoles::RawValueRole ? QVariant(*row->reclaimable.value) : QVariant();
    }
    return {};
}

QVariant SlabCacheModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == UseColumn)
        return tr("Allocated objects against the room the cache's slabs have: the rest is held, but free.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Cache");
    case SizeColumn:
        return tr("Size");
    case ActiveObjectsColumn:
        return tr("Objects in use");
    case ObjectsColumn:
        return tr("Objects");
    case ObjectSizeColumn:
        return tr("Object size");
    case UseColumn:
        return tr("Use");
    case ReclaimableColumn:
        return tr("Reclaimable");
    }
    return {};
}

QList<int> SlabCacheModel::valueRoles() const
{
    return {Qt::DisplayRole, Qt::ToolTipRole, ModelRoles::RawValueRole};
}
