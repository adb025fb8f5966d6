// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "numaview.h"

#include "viewsetup.h"

#include "format/byteformat.h"
#include "snapshot/systemsnapshot.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace
{
// The numastat counter behind each rate column, in column order from HitColumn.
constexpr const char *counters[] = {"numa_hit", "numa_miss", "numa_foreign", "interleave_hit", "local_node", "other_node"};

}

NumaView::NumaView(QWidget *parent)
    : QWidget(parent)
    , m_summary(ViewSetup::paragraph(this, tr("NUMA summary")))
    , m_nodes(new QTreeWidget(this))
    , m_explanation(ViewSetup::paragraph(this))
{
    ViewSetup::liveTree(m_nodes, QStringLiteral("numaNodes"), tr("NUMA nodes"));
    m_nodes->setSortingEnabled(false);
    m_nodes->setRootIsDecorated(false);
    m_nodes->setHeaderLabels({tr("Node"),
                              tr("Memory"),
                              tr("Free"),
                              tr("File pages"),
                              tr("Anonymous"),
                              tr("Hits/s"),
                              tr("Misses/s"),
                              tr("Foreign/s"),
                              tr("Interleaved/s"),
                              tr("Local/s"),
                              tr("Remote/s")});
    QTreeWidgetItem *header = m_nodes->headerItem();
    header->setToolTip(HitColumn, tr("Pages allocated on this node as intended (numa_hit)."));
    header->setToolTip(MissColumn, tr("Pages allocated here although another node was wanted, because it was full (numa_miss)."));
    header->setToolTip(ForeignColumn, tr("Pages meant for this node that went to another one (numa_foreign)."));
    header->setToolTip(InterleaveColumn, tr("Pages placed here by an interleaving policy as intended (interleave_hit)."));
    header->setToolTip(LocalColumn, tr("Pages allocated here for a process running on this node (local_node)."));
    header->setToolTip(OtherColumn, tr("Pages allocated here for a process running on another node: slower for it to reach (other_node)."));
    m_nodes->header()->setStretchLastSection(false);
    m_explanation->setText(
        tr("Each node is memory attached to one processor socket: a processor reaches its own node's memory faster than another's. "
           "<b>Misses</b> and <b>foreign</b> pages mean a node ran full and allocations spilled over; <b>remote</b> pages are used "
           "by processes running elsewhere. Rates are pages per second over the last refresh."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_nodes);
    layout->addWidget(m_explanation);
    layout->addStretch(1);
}

void NumaView::applySystem(const SystemSnapshot &snapshot)
{
    const auto &nodes = snapshot.numaNodes;
    const QList<NumaNode> list = nodes.value.value_or(QList<NumaNode>());
    const bool several = list.size() > 1;
    m_nodes->setVisible(several);
    m_explanation->setVisible(several);
    if (!nodes.value) {
        m_summary->setText(tr("No NUMA figures: %1.").arg(nodes.unavailableReason.toHtmlEscaped()));
        return;
    }
    if (!several) {
        m_summary->setText(tr("This machine has a single NUMA node: all its memory is equally close to every processor, so there is nothing "
                              "to balance between nodes.")
                           + outsideNodes(snapshot));
        return;
    }

    const QLocale locale;
    ViewSetup::setItemCount(m_nodes, int(list.size()));
    // A row a node (two to eight on real machines): the table is as tall as its rows.
    ViewSetup::fitHeightToRows(m_nodes, int(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const NumaNode &node = list[i];
        QTreeWidgetItem *item = m_nodes->topLevelItem(int(i));
        item->setText(NodeColumn, tr("Node %1").arg(node.id));
        const int memoryColumns[] = {TotalColumn, FreeColumn, FileColumn, AnonColumn};
        const char *fields[] = {"MemTotal", "MemFree", "FilePages", "AnonPages"};
        for (size_t f = 0; f < std::size(fields); ++f) {
            const std::optional<qint64> bytes = node.meminfo.value ? node.meminfo.value->value(fields[f]) : std::nullopt;
            ViewSetup::setBytes(item, memoryColumns[f], bytes, node.meminfo.unavailableReason);
        }
        for (int c = HitColumn; c < ColumnCount; ++c) {
            const QByteArrayView counter(counters[c - HitColumn]);
            const auto rate = std::find_if(node.numastatRates.cbegin(), node.numastatRates.cend(), [&](const CounterRate &r) {
                return r.name == counter;
            });
            const QString why = !node.numastat.value ? node.numastat.unavailableReason : tr("a rate needs two refreshes");
            ViewSetup::setFigure(item,
                                 c,
                                 rate != node.numastatRates.cend() ? locale.toString(rate->perSecond, 'f', 0) : QStringLiteral("—"),
                                 rate != node.numastatRates.cend() ? QString() : why);
        }
    }

    const int count = int(list.size());
    m_summary->setText(tr("%n NUMA nodes.", nullptr, count) + outsideNodes(snapshot));
}

QString NumaView::outsideNodes(const SystemSnapshot &snapshot)
{
    const Reading<qint64> outside = memoryOutsideNodes(snapshot.meminfo, snapshot.numaNodes);
    if (!outside.value)
        return u' ' + tr("Whether the nodes add up to MemTotal is unknown: %1.").arg(outside.unavailableReason.toHtmlEscaped());
    if (*outside.value > 0)
        return u' '
            + tr("The nodes hold %1 less than /proc/meminfo's MemTotal: memory the kernel counts as the machine's but attributes to "
                 "no node.")
                  .arg(ByteFormat::human(*outside.value));
    if (*outside.value < 0)
        return u' ' + tr("The nodes hold %1 more than /proc/meminfo's MemTotal: their files were read a moment apart.").arg(ByteFormat::human(-*outside.value));
    return {};
}

QString NumaView::summary() const
{
    return m_summary->text();
}
