// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pssrsschart.h"

#include "memorycolors.h"
#include "viewsetup.h"

#include "format/byteformat.h"
#include "model/modelroles.h"
#include "model/processmodel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

namespace
{
struct Totals {
    qint64 rss = 0;
    qint64 pss = 0;
    int counted = 0;
    int withoutPss = 0;
};

qint64 raw(const QModelIndex &row, int column)
{
    return row.siblingAtColumn(column).data(ModelRoles::RawValueRole).toLongLong();
}

// Sums over the process rows under parent (group rows hold sums of their members: skipped).
void addUp(const QAbstractItemModel *model, const QModelIndex &parent, Totals &totals)
{
    const int rows = model->rowCount(parent);
    for (int r = 0; r < rows; ++r) {
        const QModelIndex row = model->index(r, 0, parent);
        if (!row.data(ModelRoles::GroupRole).toBool()) {
            const bool hasPss = row.siblingAtColumn(ProcessModel::PssColumn).data(ModelRoles::RawValueRole).isValid();
            const bool hasRss = row.siblingAtColumn(ProcessModel::RssColumn).data(ModelRoles::RawValueRole).isValid();
            if (hasPss && hasRss) {
                totals.rss += raw(row, ProcessModel::RssColumn);
                totals.pss += raw(row, ProcessModel::PssColumn);
                ++totals.counted;
            } else if (!row.data(ModelRoles::KernelThreadRole).toBool()) {
                ++totals.withoutPss;
            }
        }
        if (model->hasChildren(row))
            addUp(model, row, totals);
    }
}
}

PssRssChart::PssRssChart(QAbstractItemModel *rows, QWidget *parent)
    : QWidget(parent)
    , m_rows(rows)
    , m_view(new QChartView(this))
    , m_rss(new QBarSet(tr("RSS"), this))
    , m_pss(new QBarSet(tr("PSS"), this))
    , m_uss(new QBarSet(tr("USS"), this))
    , m_categories(new QBarCategoryAxis(this))
    , m_values(new QValueAxis(this))
    , m_overcount(ViewSetup::paragraph(this, tr("Overcount of RSS")))
    , m_refreshTimer(new QTimer(this))
{
    setAccessibleName(tr("PSS against RSS"));
    const QPalette pal = palette();
    m_rss->setColor(MemoryColors::figure(MemoryColors::Figure::Rss, pal));
    m_pss->setColor(MemoryColors::figure(MemoryColors::Figure::Pss, pal));
    m_uss->setColor(MemoryColors::figure(MemoryColors::Figure::Uss, pal));
    for (QBarSet *set : {m_rss, m_pss, m_uss})
        set->setBorderColor(Qt::transparent);

    auto *series = new QHorizontalBarSeries(this);
    series->append({m_rss, m_pss, m_uss});
    series->setBarWidth(0.8);
    auto *chart = new QChart;
    chart->setTitle(tr("PSS against RSS"));
    chart->addSeries(series);
    chart->addAxis(m_categories, Qt::AlignLeft);
    chart->addAxis(m_values, Qt::AlignBottom);
    series->attachAxis(m_categories);
    series->attachAxis(m_values);
    m_values->setLabelFormat(QStringLiteral("%.4g"));
    m_values->setTickCount(5);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 14, 2)); // room for the last value label at the right edge
    ViewSetup::applyChartPalette(chart, pal);
    ViewSetup::showChart(m_view, chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    // Room for a process's name beside its bars and for the bars themselves: narrower, a 1024 px
    // window squeezed the bars to a sliver.
    m_view->setMinimumWidth(44 * fontMetrics().averageCharWidth());
    m_view->setToolTip(
        tr("RSS counts every page a process has in RAM, shared or not. PSS divides each shared page among the processes that map "
           "it. USS is what only this process maps. The bars follow the table's order and filter."));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_overcount);

    // Many model signals arrive per refresh; one redraw after the event loop settles is enough.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &PssRssChart::refresh);
    connect(m_rows, &QAbstractItemModel::layoutChanged, this, &PssRssChart::scheduleRefresh);
    connect(m_rows, &QAbstractItemModel::modelReset, this, &PssRssChart::scheduleRefresh);
    connect(m_rows, &QAbstractItemModel::rowsInserted, this, &PssRssChart::scheduleRefresh);
    connect(m_rows, &QAbstractItemModel::rowsRemoved, this, &PssRssChart::scheduleRefresh);
    connect(m_rows, &QAbstractItemModel::dataChanged, this, &PssRssChart::scheduleRefresh);
}

void PssRssChart::setTopCount(int count)
{
    m_topCount = std::max(1, count);
    scheduleRefresh();
}

void PssRssChart::scheduleRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void PssRssChart::refresh()
{
    const int rows = std::min(m_rows->rowCount(), m_topCount);
    QStringList names;
    QList<qint64> rss, pss, uss;
    qint64 largest = 0;
    for (int r = 0; r < rows; ++r) {
        const QModelIndex row = m_rows->index(r, 0);
        const QString pid = row.siblingAtColumn(ProcessModel::PidColumn).data(Qt::DisplayRole).toString();
        const QString name = row.siblingAtColumn(ProcessModel::NameColumn).data(Qt::DisplayRole).toString();
        // Names repeat (many "bash"): the pid keeps each category unique.
        names.append(pid.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, pid));
        rss.append(raw(row, ProcessModel::RssColumn));
        pss.append(raw(row, ProcessModel::PssColumn));
        uss.append(raw(row, ProcessModel::UssColumn));
        largest = std::max(largest, rss.last());
    }
    const double mib = 1024.0 * 1024.0;
    const double divisor = largest >= 2 * 1024 * mib ? 1024 * mib : mib;
    m_values->setTitleText(divisor == mib ? tr("MiB") : tr("GiB"));
    // A horizontal bar chart draws its first category at the bottom; the table's first row
    // belongs at the top.
    std::reverse(names.begin(), names.end());
    const auto fill = [&](QBarSet *set, QList<qint64> bytes) {
        std::reverse(bytes.begin(), bytes.end());
        QList<qreal> scaled;
        for (const qint64 b : bytes)
            scaled.append(double(b) / divisor);
        set->remove(0, set->count());
        set->append(scaled);
    };
    fill(m_rss, rss);
    fill(m_pss, pss);
    fill(m_uss, uss);
    m_categories->setCategories(names);
    m_values->setRange(0, std::max(1.0, double(largest) / divisor * 1.05));
    m_values->applyNiceNumbers();

    Totals totals;
    addUp(m_rows, {}, totals);
    const QString left =
        totals.withoutPss > 0 ? tr(" Left out: processes whose PSS could not be read (%1).").arg(QLocale().toString(totals.withoutPss)) : QString();
    m_overcount->setText(tr("<b>Overcount: %1.</b> Added up, the RSS of these %2 processes is %3, but they use %4 by PSS: pages shared "
                            "between processes are counted once per process in RSS.%5")
                             .arg(ByteFormat::human(totals.rss - totals.pss),
                                  QLocale().toString(totals.counted),
                                  ByteFormat::human(totals.rss),
                                  ByteFormat::human(totals.pss),
                                  left));
}

QStringList PssRssChart::categories() const
{
    QStringList names = m_categories->categories();
    std::reverse(names.begin(), names.end());
    return names;
}

QList<double> PssRssChart::values(int set) const
{
    QBarSet *bars = set == 0 ? m_rss : set == 1 ? m_pss : m_uss;
    QList<double> result;
    for (int i = bars->count() - 1; i >= 0; --i)
        result.append(bars->at(i));
    return result;
}

QString PssRssChart::overcountText() const
{
    return m_overcount->text();
}
