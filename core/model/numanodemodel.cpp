// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "numanodemodel.h"

#include "model/bytecell.h"
#include "model/modelroles.h"

#include <algorithm>

namespace
{
// The numastat counter behind each rate column, in column order from HitColumn.
constexpr const char *counters[] = {"numa_hit", "numa_miss", "numa_foreign", "interleave_hit", "local_node", "other_node"};
// The node's meminfo field behind each memory column, in column order from TotalColumn.
constexpr const char *fields[] = {"MemTotal", "MemFree", "FilePages", "AnonPages"};
}

NumaNodeModel::NumaNodeModel(QObject *parent)
    : KeyedTreeModel(ColumnCount, parent)
{
}

void NumaNodeModel::setNodes(const QList<NumaNode> &nodes)
{
    std::vector<Node> rows;
    rows.reserve(size_t(nodes.size()));
    for (const NumaNode &node : nodes)
        rows.push_back({node.id, node, {}});
    apply(std::move(rows));
}

QVariant NumaNodeModel::data(const QModelIndex &index, int role) const
{
    const NumaNode *node = rowAt(index);
    if (!node)
        return {};
    if (role == ModelRoles::KeyRole)
        return QString::number(node->id);
    const int column = index.column();
    if (column == NodeColumn) {
        if (role == Qt::DisplayRole)
            return tr("Node %1").arg(node->id);
        return role == ModelRoles::RawValueRole ? QVariant(node->id) : QVariant();
    }
    if (column < HitColumn) {
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        const std::optional<qint64> bytes = node->meminfo.value ? node->meminfo.value->value(fields[column - TotalColumn]) : std::nullopt;
        return ByteCell{bytes, node->meminfo.unavailableReason}.data(role);
    }
    const QByteArrayView counter(counters[column - HitColumn]);
    const auto rate = std::find_if(node->numastatRates.cbegin(), node->numastatRates.cend(), [&](const CounterRate &r) {
        return r.name == counter;
    });
    const QString why = !node->numastat.value ? node->numastat.unavailableReason : tr("a rate needs two refreshes");
    return countData(rate != node->numastatRates.cend() ? std::optional(rate->perSecond) : std::nullopt, why, role);
}

QVariant NumaNodeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case HitColumn:
            return tr("Pages allocated on this node as intended (numa_hit).");
        case MissColumn:
            return tr("Pages allocated here although another node was wanted, because it was full (numa_miss).");
        case ForeignColumn:
            return tr("Pages meant for this node that went to another one (numa_foreign).");
        case InterleaveColumn:
            return tr("Pages placed here by an interleaving policy as intended (interleave_hit).");
        case LocalColumn:
            return tr("Pages allocated here for a process running on this node (local_node).");
        case OtherColumn:
            return tr("Pages allocated here for a process running on another node: slower for it to reach (other_node).");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case TotalColumn:
        return tr("Memory");
    case FreeColumn:
        return tr("Free");
    case FileColumn:
        return tr("File pages");
    case AnonColumn:
        return tr("Anonymous");
    case HitColumn:
        return tr("Hits/s");
    case MissColumn:
        return tr("Misses/s");
    case ForeignColumn:
        return tr("Foreign/s");
    case InterleaveColumn:
        return tr("Interleaved/s");
    case LocalColumn:
        return tr("Local/s");
    case OtherColumn:
        return tr("Remote/s");
    }
    return {};
}

QList<int> NumaNodeModel::valueRoles() const
{
    return {Qt::DisplayRole, Qt::ToolTipRole, ModelRoles::RawValueRole, ModelRoles::UnavailableReasonRole};
}
