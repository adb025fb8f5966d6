// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class NumaNodeModel;
class QTreeView;
struct SystemSnapshot;

// NUMA nodes: on a machine whose memory is split between processor sockets, how full each node
// is and how often allocations land on the node that wanted them. A single-node machine, most
// desktops, gets one line saying so instead of a table of one row.
class NumaView : public QWidget
{
    Q_OBJECT

public:
    explicit NumaView(QWidget *parent = nullptr);

    void applySystem(const SystemSnapshot &snapshot);

    QString summary() const;

private:
    // The sentence on memory no node holds, with a leading space; empty when the sums agree.
    static QString outsideNodes(const SystemSnapshot &snapshot);

    QLabel *m_summary;
    NumaNodeModel *m_model;
    QTreeView *m_nodes;
    QLabel *m_explanation;
};
