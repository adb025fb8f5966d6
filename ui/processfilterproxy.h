#pragma once

#include <QSortFilterProxyModel>

// Sorting and filtering of the process views: the filter box matches name, user, command line
// and cgroup; kernel threads can be hidden; and a value that is unavailable sorts after every
// real value in either direction, so a column sorted by PSS starts with the largest PSS rather
// than with the processes that have none.
class ProcessFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProcessFilterProxy(QObject *parent = nullptr);

    void setShowKernelThreads(bool show);
    // What the filter box says. While it is empty no row needs its children consulted, and
    // every refresh skips the walk up the tree that recursive filtering makes for a changed row.
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_showKernelThreads = false;
};
