// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kernelmemoryview.h"

#include "viewsetup.h"

#include "format/byteformat.h"
#include "model/kernelmemorymodel.h"
#include "model/modelroles.h"
#include "model/slabcachemodel.h"
#include "snapshot/kernelmemory.h"
#include "snapshot/memorycomposition.h"
#include "snapshot/slabcachesnapshot.h"
#include "snapshot/systemsnapshot.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

KernelMemoryView::KernelMemoryView(bool replaying, QWidget *parent)
    : QWidget(parent)
    , m_partsModel(new KernelMemoryModel(this))
    , m_cachesModel(new SlabCacheModel(this))
    , m_cachesProxy(new QSortFilterProxyModel(this))
    , m_summary(ViewSetup::paragraph(this, tr("Kernel memory summary")))
    , m_parts(new QTreeView(this))
    , m_partExplanation(ViewSetup::paragraph(this, tr("Selected part")))
    , m_cachesNote(ViewSetup::paragraph(this, tr("Slab caches status")))
    , m_readCaches(new QPushButton(tr("Read as administrator…"), this))
    , m_caches(new QTreeView(this))
    , m_replaying(replaying)
{
    ViewSetup::liveTree(m_parts, QStringLiteral("kernelMemoryView"), tr("Kernel memory"));
    m_parts->setRootIsDecorated(false);
    m_parts->setSortingEnabled(false); // the parts keep the order of the accounting bar
    m_parts->setModel(m_partsModel);
    m_parts->header()->setSectionResizeMode(KernelMemoryModel::PartColumn, QHeaderView::Stretch);
    m_parts->header()->setStretchLastSection(false);
    connect(m_parts->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &KernelMemoryView::showSelectedPart);

    m_cachesProxy->setSourceModel(m_cachesModel);
    m_cachesProxy->setSortRole(ModelRoles::RawValueRole);
    ViewSetup::liveTree(m_caches, QStringLiteral("slabCachesView"), tr("Slab caches"));
    m_caches->setRootIsDecorated(false);
    m_caches->setModel(m_cachesProxy);
    m_caches->sortByColumn(SlabCacheModel::SizeColumn, Qt::DescendingOrder);
    m_caches->header()->setSectionResizeMode(SlabCacheModel::NameColumn, QHeaderView::Stretch);
    m_caches->header()->setStretchLastSection(false);

    m_readCaches->hide(); // until the source says only root may read them
    m_readCaches->setToolTip(tr("Reads every figure as root from now on, as \"Show all processes\" does; your password may be asked for once."));
    connect(m_readCaches, &QPushButton::clicked, this, &KernelMemoryView::administratorWanted);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_summary);
    topLayout->addWidget(m_parts, 1);
    topLayout->addWidget(m_partExplanation);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *cachesBar = new QHBoxLayout;
    cachesBar->addWidget(m_cachesNote, 1);
    cachesBar->addWidget(m_readCaches, 0, Qt::AlignTop);
    bottomLayout->addLayout(cachesBar);
    bottomLayout->addWidget(m_caches, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(top);
    layout->addWidget(bottom, 1);

    m_partExplanation->setText(tr("Select a part to see what it holds."));
    m_caches->hide();
    m_cachesNote->setText(replaying ? tr("<b>Slab caches</b> — a recording holds none: they are read from a live system only.")
                                    : tr("<b>Slab caches</b> — reading…"));
}

void KernelMemoryView::applySystem(const SystemSnapshot &snapshot)
{
    const KernelMemory memory = KernelMemory::fromSnapshot(snapshot);
    m_partsModel->setMemory(memory);
    // Ten rows that never change in number: the table takes their height, the caches the rest.
    ViewSetup::fitHeightToRows(m_parts, m_partsModel->rowCount());
    if (!snapshot.meminfo.value) {
        m_summary->setText(tr("Kernel memory is unknown: %1.").arg(snapshot.meminfo.unavailableReason.toHtmlEscaped()));
    } else {
        const qint64 own = memory.ownTotal();
        const double share = memory.memTotal > 0 ? 100.0 * double(own) / double(memory.memTotal) : 0;
        QString text = tr("The kernel holds <b>%1</b> for itself, %2 % of RAM.").arg(ByteFormat::human(own), QLocale().toString(share, 'f', 1));
        const std::optional<qint64> unexplained = memory.part(KernelMemory::Unexplained).value;
        if (unexplained && *unexplained > 0)
            text += u' '
                + tr("Another <b>%1</b> is in no counter at all: mostly what drivers and graphics cards took directly.").arg(ByteFormat::human(*unexplained));
        // What other counters placed is not in that figure: said, so the two add up for the reader.
        if (const auto composition = MemoryComposition::fromSnapshot(snapshot)) {
            const qint64 graphics = composition->part(MemoryComposition::GpuSystemRam);
            const qint64 arc = composition->part(MemoryComposition::ZfsArc);
            if (graphics > 0)
                text += u' '
                    + tr("Graphics buffers in RAM (<b>%1</b>, from the driver's GTT counter) are not in it: the accounting bar shows them on their own.")
                          .arg(ByteFormat::human(graphics));
            if (arc > 0)
                text += u' ' + tr("Nor is the ZFS ARC (<b>%1</b>), which the bar shows as cache.").arg(ByteFormat::human(arc));
        }
        m_summary->setText(text);
    }
    // The caches cost a file read: they follow each refresh while on screen.
    if (!m_replaying && isVisible())
        Q_EMIT slabCachesWanted();
    showSelectedPart();
}

void KernelMemoryView::applySlabCaches(const SlabCacheSnapshot &snapshot)
{
    const auto &caches = snapshot.caches;
    m_cachesModel->setCaches(caches.value.value_or(QList<SlabCacheRecord>()));
    m_caches->setVisible(caches.value.has_value());
    m_readCaches->setVisible(!caches.value && m_administratorOffered);
    if (!caches.value) {
        m_cachesNote->setText(tr("<b>Slab caches</b> — %1").arg(caches.unavailableReason.toHtmlEscaped()));
        return;
    }
    qint64 total = 0;
    for (const SlabCacheRecord &record : *caches.value)
        total += record.cache.totalBytes;
    const int count = int(caches.value->size());
    m_cachesNote->setText(tr("<b>Slab caches</b> — %n caches holding %1, largest first.", nullptr, count).arg(ByteFormat::human(total)));
}

void KernelMemoryView::setAdministratorOffered(bool offered)
{
    m_administratorOffered = offered;
    if (!offered)
        m_readCaches->hide();
}

void KernelMemoryView::showSelectedPart()
{
    const QModelIndex current = m_parts->currentIndex();
    if (current.isValid())
        m_partExplanation->setText(current.data(ModelRoles::ExplanationRole).toString().toHtmlEscaped());
}

QString KernelMemoryView::summary() const
{
    return m_summary->text();
}

QString KernelMemoryView::cachesNote() const
{
    return m_cachesNote->text();
}
