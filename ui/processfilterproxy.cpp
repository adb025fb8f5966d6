// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "processfilterproxy.h"

#include "model/modelroles.h"
#include "model/processmodel.h"

ProcessFilterProxy::ProcessFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_growingIcon(QStringLiteral(":/icons/growing.svg"))
{
    setFilterRole(ModelRoles::FilterTextRole);
    setSortRole(ModelRoles::RawValueRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ProcessFilterProxy::setFilterText(const QString &text)
{
    setRecursiveFilteringEnabled(!text.isEmpty());
    setFilterFixedString(text);
}

void ProcessFilterProxy::setShowKernelThreads(bool show)
{
    m_showKernelThreads = show;
    invalidateRowsFilter();
}

void ProcessFilterProxy::setGrowing(QHash<ProcessKey, QString> sentences)
{
    if (sentences == m_growing)
        return;
    m_growing = std::move(sentences);
    nameColumnChanged({});
}

void ProcessFilterProxy::nameColumnChanged(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    Q_EMIT dataChanged(index(0, ProcessModel::NameColumn, parent),
                       index(rows - 1, ProcessModel::NameColumn, parent),
                       {Qt::DecorationRole, Qt::ToolTipRole, ModelRoles::GrowthRole});
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = index(row, 0, parent);
        if (hasChildren(child))
            nameColumnChanged(child);
    }
}

QVariant ProcessFilterProxy::data(const QModelIndex &index, int role) const
{
    const bool growthRole = role == Qt::DecorationRole || role == Qt::ToolTipRole || role == ModelRoles::GrowthRole;
    if (m_growing.isEmpty() || !growthRole || index.column() != ProcessModel::NameColumn)
        return QSortFilterProxyModel::data(index, role);
    const auto *model = qobject_cast<const ProcessModel *>(sourceModel());
    const ProcessRecord *process = model ? model->processAt(mapToSource(index)) : nullptr;
    const auto growing = process ? m_growing.constFind(process->key) : m_growing.cend();
    if (growing == m_growing.cend())
        return QSortFilterProxyModel::data(index, role);
    switch (role) {
    case Qt::DecorationRole:
        return m_growingIcon;
    case Qt::ToolTipRole: {
        const QString own = QSortFilterProxyModel::data(index, role).toString();
        return own.isEmpty() ? *growing : own + u'\n' + *growing;
    }
    default:
        return *growing;
    }
}

bool ProcessFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_showKernelThreads && index.data(ModelRoles::KernelThreadRole).toBool())
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

bool ProcessFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.isValid() != b.isValid()) {
        // Unavailable last whatever the order: "less" in descending order, "greater" in ascending.
        const bool descending = sortOrder() == Qt::DescendingOrder;
        return a.isValid() ? !descending : descending;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
