// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/keyedtreemodel.h"
#include "snapshot/processsnapshot.h"

// The first answer to "what uses my memory": the applications with the largest PSS, each the
// sum of its processes grouped as the Processes page groups them (by the program they run), a
// row per application keyed by its name. Kernel threads hold no user-space memory and are left
// out. What the largest few leave over is summed in rest().
struct TopApplication {
    QString name;
    qint64 pss = 0; // of the processes whose PSS could be read
    int processes = 0;
    int unreadable = 0; // processes whose PSS could not be read: not in pss
    double shareOfLargest = 0; // for a bar: pss against the largest application's
    double shareOfRam = 0; // pss against MemTotal, 0 when unknown
    bool operator==(const TopApplication &) const = default;
};

class TopApplicationsModel : public KeyedTreeModel<QString, TopApplication>
{
    Q_OBJECT

public:
    struct Rest {
        int applications = 0;
        qint64 pss = 0;
    };
    enum Column { NameColumn, PssColumn, ProcessesColumn, ColumnCount };

    explicit TopApplicationsModel(int shown = 8, QObject *parent = nullptr);

    // memTotal: for each application's share of RAM; nullopt when meminfo could not be read.
    void setProcesses(const QList<ProcessRecord> &processes, std::optional<qint64> memTotal);
    Rest rest() const
    {
        return m_rest;
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<int> valueRoles() const override;

private:
    int m_shown;
    Rest m_rest;
};
