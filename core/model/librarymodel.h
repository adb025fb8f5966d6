// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/keyedtreemodel.h"
#include "snapshot/librarysnapshot.h"

// Shared objects and other mapped files across all processes: per file the RSS and PSS summed
// over the processes that map it, how many do, and what sharing saves; the processes as children.
struct LibraryRow {
    QString name; // file path, or the process name for a child row
    qint64 pid = 0; // child rows only
    int processCount = 0; // file rows only
    qint64 rss = 0;
    qint64 pss = 0;

    bool operator==(const LibraryRow &) const = default;
};

class LibraryModel : public KeyedTreeModel<QString, LibraryRow>
{
    Q_OBJECT

public:
    enum Column { NameColumn, ProcessesColumn, RssColumn, PssColumn, SavedBySharingColumn, ColumnCount };

    explicit LibraryModel(QObject *parent = nullptr);

    void setSnapshot(const LibrarySnapshot &snapshot);
    // How many processes could not be read and are missing from the sums.
    int unreadableProcesses() const
    {
        return m_unreadable;
    }
    // How long before the snapshot the oldest smaps in the sums was read; nullopt when none was.
    std::optional<qint64> oldestReadingAgeMs() const
    {
        return m_oldestReadingAgeMs;
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Each snapshot applied, whether or not a row changed: the figures' age moves on regardless.
    void snapshotApplied();

protected:
    QList<int> valueRoles() const override;

private:
    int m_unreadable = 0;
    std::optional<qint64> m_oldestReadingAgeMs;
    QList<LibraryUsage> m_libraries; // as last applied
};
