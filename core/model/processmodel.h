// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/bytecell.h"
#include "model/keyedtreemodel.h"
#include "model/processgroup.h"
#include "model/processrowkey.h"
#include "snapshot/processsnapshot.h"

#include <variant>

// A row of ProcessModel: a process, or a group of processes (ByApplication, ByUser layouts).
using ProcessRow = std::variant<ProcessRecord, ProcessGroup>;

// Every process, as a flat table, as a tree by parent process, or grouped by application or by
// user under group rows that sum their members. Process rows are keyed by pid + start time, so
// a recycled pid is a new row, group rows by their label; a refresh changes only what moved.
class ProcessModel : public KeyedTreeModel<ProcessRowKey, ProcessRow>
{
    Q_OBJECT

public:
    enum class Layout {
        Flat,
        TreeByParent,
        // One group per executable (the first argument's file name), kernel threads in one.
        ByApplication,
        // One group per user name.
        ByUser,
    };
    enum Column {
        PidColumn,
        NameColumn,
        UserColumn,
        RssColumn,
        PssColumn,
        UssColumn,
        GpuColumn, // GPU memory of its DRM clients, on the card and in system RAM
        SwapColumn,
        SharedColumn,
        AnonHugePagesColumn, // anonymous memory in transparent huge pages
        OomScoreColumn,
        OomScoreAdjColumn,
        CommandColumn,
        ColumnCount
    };

    explicit ProcessModel(Layout layout, QObject *parent = nullptr);

    void setSnapshot(const ProcessSnapshot &snapshot);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The process behind a row, or nullptr for a group row or an index of another model.
    const ProcessRecord *processAt(const QModelIndex &index) const
    {
        const ProcessRow *row = rowAt(index);
        return row ? std::get_if<ProcessRecord>(row) : nullptr;
    }

    // A process's cell for a numeric column (PID, memory, OOM), or why it has none. Group rows
    // sum these same cells.
    static ByteCell figure(const ProcessRecord &process, int column);

protected:
    QList<int> valueRoles() const override;

private:
    Layout m_layout;
};
