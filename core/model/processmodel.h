#pragma once

#include "model/keyedtreemodel.h"
#include "snapshot/processsnapshot.h"

// Every process, as a flat table or as a tree by parent process. Rows are keyed by pid + start
// time, so a recycled pid is a new row, and a refresh changes only the rows that moved.
class ProcessModel : public KeyedTreeModel<ProcessKey, ProcessRecord>
{
    Q_OBJECT

public:
    enum class Layout {
        Flat,
        TreeByParent,
    };
    enum Column {
        PidColumn,
        NameColumn,
        UserColumn,
        RssColumn,
        PssColumn,
        UssColumn,
        SwapColumn,
        SharedColumn,
        OomScoreColumn,
        OomScoreAdjColumn,
        CommandColumn,
        ColumnCount
    };

    explicit ProcessModel(Layout layout, QObject *parent = nullptr);

    void setSnapshot(const ProcessSnapshot &snapshot);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<int> valueRoles() const override;

private:
    Layout m_layout;
};
