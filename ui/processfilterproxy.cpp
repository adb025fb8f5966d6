#include "processfilterproxy.h"

#include "model/modelroles.h"

ProcessFilterProxy::ProcessFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
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
