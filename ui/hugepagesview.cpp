// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "hugepagesview.h"

#include "historychart.h"
#include "memorycolors.h"
#include "viewsetup.h"

#include "model/hugepagepoolmodel.h"

#include "format/byteformat.h"
#include "model/systemhistory.h"
#include "read/ksmreader.h"
#include "snapshot/systemsnapshot.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

namespace
{

// A meminfo figure in human units, or a dash where this kernel does not write it.
QString meminfoBytes(const NamedValues &meminfo, QByteArrayView field)
{
    return ByteFormat::humanOrDash(meminfo.value(field));
}

}

HugePagesView::HugePagesView(SystemHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_transparent(ViewSetup::paragraph(this, tr("Transparent huge pages")))
    , m_poolsNote(ViewSetup::paragraph(this, tr("Huge page pools note")))
    , m_ksm(ViewSetup::paragraph(this, tr("Kernel samepage merging")))
{
    const QPalette pal = palette();
    m_events = new HistoryChart(history->hugePages(),
                                HistoryChart::Style::Lines,
                                HistoryChart::Scale::PerSecond,
                                {{SystemHistory::ThpFaultAllocColumn, {}, MemoryColors::series(0, pal)},
                                 {SystemHistory::ThpFaultFallbackColumn, {}, MemoryColors::series(3, pal)},
                                 {SystemHistory::ThpCollapseAllocColumn, {}, MemoryColors::series(1, pal)},
                                 {SystemHistory::CompactStallColumn, {}, MemoryColors::series(4, pal)}},
                                this);
    m_events->setTitle(tr("Transparent huge page events"));
    m_events->setAccessibleName(tr("Transparent huge page events per second"));
    m_events->setToolTip(
        tr("Faults that got a huge page, faults that wanted one and got small pages, huge pages khugepaged built from small "
           "ones, and allocations that stopped to defragment memory. Many fallbacks or stalls mean memory is too "
           "fragmented for huge pages."));

    QLabel *intro = ViewSetup::paragraph(this);
    intro->setText(
        tr("A huge page maps 2 MiB (or 1 GiB) with one entry instead of 512 small ones, which saves the processor work on large "
           "memory. <b>Transparent</b> huge pages are used by the kernel on its own where it can; <b>hugetlbfs</b> pools are set "
           "aside in advance by the administrator for programs that ask for them, such as databases and virtual machines."));

    auto *poolsBox = new QGroupBox(tr("Huge page pools (hugetlbfs)"), this);
    auto *poolsLayout = new QVBoxLayout(poolsBox);
    m_poolModel = new HugePagePoolModel(this);
    m_pools = new QTreeView(poolsBox);
    ViewSetup::liveTree(m_pools, QStringLiteral("hugePagePools"), tr("Huge page pools"));
    ViewSetup::showModel(m_pools, m_poolModel); // by page size, as the kernel lists them
    m_pools->header()->setStretchLastSection(false);
    m_pools->setMaximumHeight(140);
    poolsLayout->addWidget(m_pools);
    poolsLayout->addWidget(m_poolsNote);

    auto *ksmBox = new QGroupBox(tr("Kernel samepage merging (KSM)"), this);
    auto *ksmLayout = new QVBoxLayout(ksmBox);
    ksmLayout->addWidget(m_ksm);
    ksmLayout->addStretch(1);

    auto *lower = new QHBoxLayout;
    lower->addWidget(poolsBox, 3);
    lower->addWidget(ksmBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_transparent);
    layout->addWidget(m_events, 1);
    layout->addLayout(lower);
}

void HugePagesView::applySystem(const SystemSnapshot &snapshot)
{
    if (!snapshot.meminfo.value) {
        m_transparent->setText(tr("Transparent huge pages in use are unknown: %1.").arg(snapshot.meminfo.unavailableReason.toHtmlEscaped()));
    } else {
        const NamedValues &meminfo = *snapshot.meminfo.value;
        const QString mode = snapshot.thpEnabled.value ? QString::fromLatin1(snapshot.thpEnabled.value->selected) : snapshot.thpEnabled.unavailableReason;
        m_transparent->setText(tr("Transparent huge pages (mode <b>%1</b>) hold <b>%2</b> of programs' anonymous memory, %3 of shared "
                                  "memory and %4 of file cache. The Huge pages column of the Processes page shows whose.")
                                   .arg(mode.toHtmlEscaped(),
                                        meminfoBytes(meminfo, "AnonHugePages"),
                                        meminfoBytes(meminfo, "ShmemHugePages"),
                                        meminfoBytes(meminfo, "FileHugePages")));
    }
    showPools(snapshot);
    showKsm(snapshot);
}

void HugePagesView::showPools(const SystemSnapshot &snapshot)
{
    m_poolModel->setPools(snapshot.hugePagePools.value.value_or(QList<HugePagePool>()));
    if (!snapshot.hugePagePools.value) {
        m_poolsNote->setText(tr("No pools: %1.").arg(snapshot.hugePagePools.unavailableReason.toHtmlEscaped()));
        return;
    }
    const std::optional<qint64> hugetlb = snapshot.meminfo.value ? snapshot.meminfo.value->value("Hugetlb") : std::nullopt;
    m_poolsNote->setText(hugetlb
                             ? tr("<b>%1</b> of RAM is set aside in these pools (Hugetlb), whether programs use it or not.").arg(ByteFormat::human(*hugetlb))
                             : tr("Memory in these pools is set aside whether programs use it or not."));
}

void HugePagesView::showKsm(const SystemSnapshot &snapshot)
{
    if (!snapshot.ksm.value) {
        m_ksm->setText(tr("Not available: %1.").arg(snapshot.ksm.unavailableReason.toHtmlEscaped()));
        return;
    }
    const NamedValues &ksm = *snapshot.ksm.value;
    const auto run = ksm.value("run");
    const QString state = !run ? tr("in an unknown state") : *run == 1 ? tr("merging") : *run == 2 ? tr("unmerging everything") : tr("stopped");
    const QLocale locale;
    QString text = tr("KSM finds pages with the same content in memory that programs offered it and keeps one copy. It is <b>%1</b>.").arg(state);
    const auto shared = ksm.value("pages_shared");
    const auto sharing = ksm.value("pages_sharing");
    if (shared && sharing) {
        text += u' '
            + tr("%1 pages are kept for %2 mappings that share them, which saves <b>%3</b>.")
                  .arg(locale.toString(*shared), locale.toString(*shared + *sharing), ByteFormat::humanOrDash(ksmSavedBytes(ksm, SysRoot::pageSize())));
    }
    if (const auto profit = ksm.value("general_profit")) {
        text += u' '
            + (*profit >= 0 ? tr("Less KSM's own bookkeeping, the gain is %1.").arg(ByteFormat::human(*profit))
                            : tr("KSM's own bookkeeping costs %1 more than it saves.").arg(ByteFormat::human(-*profit)));
    }
    m_ksm->setText(text);
}

QString HugePagesView::transparentText() const
{
    return m_transparent->text();
}

QString HugePagesView::poolsNote() const
{
    return m_poolsNote->text();
}

QString HugePagesView::ksmText() const
{
    return m_ksm->text();
}
