// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "numaview.h"

#include "viewsetup.h"

#include "model/numanodemodel.h"

#include "format/byteformat.h"
#include "snapshot/systemsnapshot.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

NumaView::NumaView(QWidget *parent)
    : QWidget(parent)
    , m_summary(ViewSetup::paragraph(this, tr("NUMA summary")))
    , m_model(new NumaNodeModel(this))
    , m_nodes(new QTreeView(this))
    , m_explanation(ViewSetup::paragraph(this))
{
    ViewSetup::liveTree(m_nodes, QStringLiteral("numaNodes"), tr("NUMA nodes"));
    ViewSetup::showModel(m_nodes, m_model);
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

    m_model->setNodes(list);
    // A row a node (two to eight on real machines): the table is as tall as its rows.
    ViewSetup::fitHeightToRows(m_nodes, int(list.size()));

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
