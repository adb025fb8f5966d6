// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "overviewpage.h"

#include "accountingbar.h"
#include "headlinecard.h"
#include "historychart.h"
#include "memorycolors.h"
#include "usagebardelegate.h"
#include "viewsetup.h"

#include "format/byteformat.h"
#include "model/modelroles.h"
#include "model/systemhistory.h"
#include "model/systemmemorymodel.h"
#include "model/topapplicationsmodel.h"
#include "snapshot/systemsnapshot.h"

#include <QChart>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace
{
QString percentOf(qint64 part, qint64 whole)
{
    return whole > 0 ? QLocale().toString(100.0 * double(part) / double(whole), 'f', 0) : QStringLiteral("—");
}
}

OverviewPage::OverviewPage(SystemHistory *history, SystemMemoryModel *memoryModel, TopApplicationsModel *topApplications, QWidget *parent)
    : QWidget(parent)
    , m_topApplications(topApplications)
    , m_bar(new AccountingBar(this))
    , m_freeVersusAvailable(ViewSetup::paragraph(this, tr("Free and available memory")))
    , m_fields(new QTreeView(this))
    , m_fieldExplanation(new QLabel(tr("Select a field to see what it means."), this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_cards = {
        new HeadlineCard(tr("Total"),
                         tr("All the RAM the kernel manages (MemTotal): installed memory minus what firmware and the kernel image reserve."),
                         this),
        new HeadlineCard(tr("Available"),
                         tr("How much programs could still get without swapping (MemAvailable): free RAM plus the cache the kernel can drop."),
                         this),
        new HeadlineCard(tr("Used"), tr("Total minus available: memory that is not free and cannot simply be reclaimed."), this),
        new HeadlineCard(tr("Cache"),
                         tr("Buffers, page cache and reclaimable kernel caches, as free(1) counts buff/cache. Most of it is given back on demand."),
                         this),
        new HeadlineCard(tr("Swap"), tr("Swap space in use out of all swap space (SwapTotal − SwapFree)."), this),
        new HeadlineCard(tr("Commit"),
                         tr("Memory promised to programs (Committed_AS) against the limit the kernel would enforce in strict overcommit mode "
                            "(CommitLimit)."),
                         this),
    };

    QList<HistoryChart::Series> series;
    for (int p = 0; p < MemoryComposition::PartCount; ++p) {
        const auto part = MemoryComposition::Part(p);
        series.append({SystemHistory::compositionColumn(part), SystemHistory::partName(part), MemoryColors::part(part, palette())});
    }
    series.append({SystemHistory::swapUsedColumn, tr("Swap used"), MemoryColors::figure(MemoryColors::Figure::Swap, palette()), true});
    m_chart = new HistoryChart(history->composition(), HistoryChart::Style::StackedAreas, HistoryChart::Scale::Bytes, series, this);
    m_chart->setTitle(tr("Memory composition"));
    // The bar below names every part in the same colours, and the chart is narrower than its
    // legend would need: the readout under the pointer names what is where.
    m_chart->chart()->legend()->hide();
    m_chart->setToolTip(
        tr("How RAM is used over the last minutes, stacked from programs' own memory at the bottom; free memory on top only when asked "
           "for. Swap in use is the line, on the right axis."));

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *cards = new QHBoxLayout;
    for (HeadlineCard *card : std::as_const(m_cards))
        cards->addWidget(card, 1);
    topLayout->addLayout(cards);
    // What is in use, not the free memory that fills an idle machine's chart: free is the
    // remainder, drawn on request.
    const int freeSeries = int(MemoryComposition::Free);
    m_showFree = new QCheckBox(tr("Show &free memory (colours as in the bar below)"), this);
    m_showFree->setToolTip(tr("Draw free RAM on top of what is in use, up to the total"));
    m_showFree->setChecked(QSettings().value(QStringLiteral("overview/showFree"), false).toBool());
    m_chart->setSeriesShown(freeSeries, m_showFree->isChecked());
    connect(m_showFree, &QCheckBox::toggled, this, [this, freeSeries](bool shown) {
        m_chart->setSeriesShown(freeSeries, shown);
        QSettings().setValue(QStringLiteral("overview/showFree"), shown);
    });
    auto *chartColumn = new QVBoxLayout;
    chartColumn->addWidget(m_chart, 1);
    chartColumn->addWidget(m_showFree);
    auto *middle = new QHBoxLayout;
    middle->addLayout(chartColumn, 3);
    middle->addWidget(createTopApplications(), 2);
    topLayout->addLayout(middle, 1);
    topLayout->addWidget(m_bar);
    topLayout->addWidget(m_freeVersusAvailable);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    ViewSetup::liveTree(m_fields, QStringLiteral("memoryFields"), tr("Memory fields"));
    m_fields->setSortingEnabled(false); // grouped as the kernel documents them
    m_fields->setModel(memoryModel);
    m_fields->header()->setSectionResizeMode(SystemMemoryModel::FieldColumn, QHeaderView::Stretch);
    m_fields->header()->setStretchLastSection(false);
    m_fieldExplanation->setWordWrap(true);
    bottomLayout->addWidget(m_fields, 1);
    bottomLayout->addWidget(m_fieldExplanation);
    // Groups appear on the first snapshot; open them so every field is visible at once.
    connect(memoryModel, &QAbstractItemModel::rowsInserted, m_fields, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            m_fields->expandAll();
    });
    connect(m_fields->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        m_fieldExplanation->setText(current.siblingAtColumn(0).data(Qt::DisplayRole).toString() + QStringLiteral(": ")
                                    + current.data(ModelRoles::ExplanationRole).toString());
    });

    m_splitter->setObjectName(QStringLiteral("overviewSplitter"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
}

QWidget *OverviewPage::createTopApplications()
{
    auto *box = new QGroupBox(tr("Using the most memory"), this);
    auto *proxy = new QSortFilterProxyModel(box);
    proxy->setSourceModel(m_topApplications);
    // By share of the largest: an application whose PSS is unknown (0 there) goes last.
    proxy->setSortRole(ModelRoles::ShareRole);
    m_topView = new QTreeView(box);
    ViewSetup::liveTree(m_topView, QStringLiteral("topApplications"), tr("Applications using the most memory"));
    m_topView->setModel(proxy);
    m_topView->setRootIsDecorated(false);
    m_topView->sortByColumn(TopApplicationsModel::PssColumn, Qt::DescendingOrder);
    m_topView->setItemDelegateForColumn(TopApplicationsModel::PssColumn, UsageBarDelegate::shares(m_topView));
    m_topView->setToolTip(tr("PSS summed over each application's processes, grouped as on the Processes page. Click one to see its processes."));
    QHeaderView *header = m_topView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TopApplicationsModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TopApplicationsModel::PssColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TopApplicationsModel::ProcessesColumn, QHeaderView::ResizeToContents);
    connect(m_topView, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT applicationChosen(index.data(ModelRoles::KeyRole).toString());
    });
    connect(m_topView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT applicationChosen(index.data(ModelRoles::KeyRole).toString());
    });
    m_rest = ViewSetup::paragraph(box, tr("The other applications"));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_topView, 1);
    layout->addWidget(m_rest);
    return box;
}

void OverviewPage::showRest()
{
    const TopApplicationsModel::Rest rest = m_topApplications->rest();
    // PSS that could not be read is no figure: the rest is counted, not summed, then.
    if (rest.pss == 0)
        m_rest->setText(rest.applications == 1 ? tr("and 1 more application.") : tr("and %1 more applications.").arg(rest.applications));
    else
        m_rest->setText(rest.applications == 1 ? tr("and 1 more application, %1.").arg(ByteFormat::human(rest.pss))
                                               : tr("and %1 more applications, %2 together.").arg(rest.applications).arg(ByteFormat::human(rest.pss)));
    m_rest->setVisible(rest.applications > 0);
}

void OverviewPage::applySystem(const SystemSnapshot &snapshot)
{
    if (!snapshot.meminfo.value) {
        m_freeVersusAvailable->setText(tr("Memory figures are unavailable: %1").arg(snapshot.meminfo.unavailableReason.toHtmlEscaped()));
        return;
    }
    if (const auto composition = MemoryComposition::fromSnapshot(snapshot))
        m_bar->setComposition(*composition);
    const auto headline = MemoryHeadline::fromSnapshot(snapshot);
    if (!headline)
        return;
    using ByteFormat::exact;
    using ByteFormat::human;
    const MemoryHeadline &h = *headline;
    m_cards[TotalCard]->setValue(human(h.total), tr("of RAM"), exact(h.total));
    const QString unknown = tr("not reported by this kernel");
    if (h.available) {
        m_cards[AvailableCard]->setValue(human(*h.available), tr("%1 % of total").arg(percentOf(*h.available, h.total)), exact(*h.available));
        m_cards[UsedCard]->setValue(human(*h.used), tr("%1 % of total").arg(percentOf(*h.used, h.total)), exact(*h.used));
    } else {
        m_cards[AvailableCard]->setValue(ByteFormat::unavailable(), unknown);
        m_cards[UsedCard]->setValue(ByteFormat::unavailable(), unknown);
    }
    // The ARC is cache too, although meminfo counts it as used.
    const qint64 cache = h.cache + (h.zfsArc ? h.zfsArc->size : 0);
    m_cards[CacheCard]->setValue(human(cache),
                                 h.zfsArc ? tr("%1 % of total, %2 of it the ZFS ARC").arg(percentOf(cache, h.total), human(h.zfsArc->size))
                                          : tr("%1 % of total").arg(percentOf(cache, h.total)),
                                 exact(cache));
    if (h.swapTotal > 0)
        m_cards[SwapCard]->setValue(human(h.swapUsed), tr("of %1 (%2 %)").arg(human(h.swapTotal), percentOf(h.swapUsed, h.swapTotal)), exact(h.swapUsed));
    else
        m_cards[SwapCard]->setValue(tr("None"), tr("no swap space is active"));
    if (h.committed && h.commitLimit) {
        m_cards[CommitCard]->setValue(human(*h.committed),
                                      tr("of a %1 limit (%2 %)").arg(human(*h.commitLimit), percentOf(*h.committed, *h.commitLimit)),
                                      exact(*h.committed));
    } else {
        m_cards[CommitCard]->setValue(ByteFormat::unavailable(), unknown);
    }

    // Said after the free-versus-available sentence, where there is an ARC.
    const QString arc = h.zfsArc ? u' '
            + tr("The ZFS ARC holds another <b>%1</b> as cache and gives back up to <b>%2</b> of it when programs need memory; Linux's "
                 "MemAvailable leaves the ARC out, so programs can get that much more.")
                  .arg(human(h.zfsArc->size), human(h.zfsArc->shrinkable()))
                                 : QString();
    if (!h.available) {
        m_freeVersusAvailable->setText(tr("<b>%1</b> of RAM is free. This kernel does not estimate available memory (MemAvailable).").arg(human(h.free)) + arc);
    } else if (*h.available >= h.free) {
        m_freeVersusAvailable->setText(
            tr("<b>Free is not available.</b> Only <b>%1</b> of RAM holds nothing at all, yet <b>%2</b> is available to programs: the kernel "
               "would hand over about <b>%3</b> of cache it can drop before anything has to go to swap. Linux uses idle RAM as cache on "
               "purpose, so a small free figure is normal; watch available instead.")
                .arg(human(h.free), human(*h.available), human(*h.available - h.free))
            + arc);
    } else {
        m_freeVersusAvailable->setText(
            tr("<b>Free is not available.</b> <b>%1</b> of RAM holds nothing, but only <b>%2</b> of it is available to programs: the kernel "
               "keeps <b>%3</b> in reserve for itself (its low watermarks), and there is little page cache to drop. Watch available, not free.")
                .arg(human(h.free), human(*h.available), human(h.free - *h.available))
            + arc);
    }
}

QString OverviewPage::freeVersusAvailable() const
{
    return m_freeVersusAvailable->text();
}
