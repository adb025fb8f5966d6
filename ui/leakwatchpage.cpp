// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "leakwatchpage.h"

#include "memorycolors.h"
#include "viewsetup.h"

#include "format/textescape.h"
#include "model/leakwatch.h"
#include "model/leakwatchmodel.h"
#include "model/modelroles.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace
{
constexpr int linesShown = 5;
constexpr double mib = 1024.0 * 1024.0;
}

LeakWatchPage::LeakWatchPage(LeakWatchModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_note(ViewSetup::paragraph(this, tr("Leak watch status")))
    , m_sentence(ViewSetup::paragraph(this, tr("Selected process")))
    , m_chartView(new QChartView(this))
    , m_chartEmpty(new QLabel(m_chartView))
{
    QLabel *intro = ViewSetup::paragraph(this);
    intro->setText(
        tr("A process whose memory keeps growing may be leaking it, or filling a cache that has no limit. MemLens fits a straight line to each "
           "process's PSS over the last hour: the slope is how fast it grows, the fit how steadily. A process that grew once and then stayed "
           "level (a file loaded, a cache warmed) is not listed."));

    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ModelRoles::RawValueRole);
    ViewSetup::liveTree(m_view, QStringLiteral("leakWatchView"), tr("Growing processes"));
    m_view->setRootIsDecorated(false);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(LeakWatchModel::RateColumn, Qt::DescendingOrder);
    m_view->header()->setSectionResizeMode(LeakWatchModel::ProcessColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setDefaultSectionSize(100);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LeakWatchPage::showSelected);

    m_chartView->setAccessibleName(tr("PSS of the fastest growers over the last hour"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chartEmpty->setAlignment(Qt::AlignCenter);
    m_chartEmpty->setWordWrap(true);
    m_chartEmpty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_chartEmpty->hide();

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_view, 1);
    topLayout->addWidget(m_sentence);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("leakWatchSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(m_chartView);
    splitter->setSizes({300, 450}); // a few growers fill the table; the lines need the height

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_note);
    layout->addWidget(splitter, 1);
    m_note->setText(tr("Watching processes…"));
}

void LeakWatchPage::applyWatch(const LeakWatch &watch)
{
    m_watch = &watch;
    const qint64 watchedMinutes = watch.watchedMs() / 60'000;
    const qint64 judgedAfter = watch.settings().minSpanMs / 60'000;
    QString note;
    if (watch.watchedMs() < watch.settings().minSpanMs)
        note =
            tr("MemLens has watched for %n min. A trend is judged once a process has been watched for %1 min.", nullptr, int(watchedMinutes)).arg(judgedAfter);
    else if (m_model->rowCount() == 0)
        note = tr("No process has grown over the last %n min.", nullptr, int(watchedMinutes));
    else
        note = tr("These processes grew over the last %n min. Hover a row for what each did.", nullptr, int(watchedMinutes));
    m_note->setText(note);
    showSelected();
}

void LeakWatchPage::showSelected()
{
    const QModelIndex current = m_view->currentIndex();
    m_sentence->setText(current.isValid() ? current.data(ModelRoles::ExplanationRole).toString() : QString());
    m_sentence->setVisible(current.isValid());
    if (m_watch)
        drawLines(*m_watch);
}

// The selected process alone, or the fastest growers, each as a line in MiB against time. The
// chart is built whole and then handed to the view: Qt 6.4 never draws the labels of a time axis
// that was laid out before it had series.
void LeakWatchPage::drawLines(const LeakWatch &watch)
{
    QList<QModelIndex> rows;
    if (m_view->currentIndex().isValid()) {
        rows.append(m_view->currentIndex());
    } else {
        for (int row = 0; row < std::min(linesShown, m_proxy->rowCount()); ++row)
            rows.append(m_proxy->index(row, 0));
    }
    auto *chart = new QChart;
    chart->setTitle(m_chartView->accessibleName());
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *timeAxis = new QDateTimeAxis(chart);
    auto *valueAxis = new QValueAxis(chart);
    chart->addAxis(timeAxis, Qt::AlignBottom);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    timeAxis->setFormat(QStringLiteral("hh:mm"));
    timeAxis->setTickCount(5);
    valueAxis->setTitleText(tr("MiB"));
    valueAxis->setLabelFormat(QStringLiteral("%.4g"));
    double low = 0;
    double high = 1;
    qint64 first = 0;
    qint64 last = 0;
    for (const QModelIndex &row : std::as_const(rows)) {
        const LeakWatch::Growth *growth = m_model->rowAt(m_proxy->mapToSource(row));
        if (!growth)
            continue;
        auto *line = new QLineSeries(chart);
        line->setName(QStringLiteral("%1 (%2)").arg(TextEscape::visible(growth->name)).arg(growth->key.pid));
        const QList<QPointF> points = watch.points(growth->key);
        for (const QPointF &point : points) {
            const double value = point.y() / mib;
            line->append(point.x(), value);
            const bool firstPoint = first == 0;
            low = firstPoint ? value : std::min(low, value);
            high = firstPoint ? value : std::max(high, value);
            first = firstPoint ? qint64(point.x()) : std::min(first, qint64(point.x()));
            last = std::max(last, qint64(point.x()));
        }
        chart->addSeries(line);
        line->attachAxis(timeAxis);
        line->attachAxis(valueAxis);
        line->setPen(QPen(MemoryColors::series(int(chart->series().size()) - 1, palette()), 2));
    }
    // Until a trend can be judged the lines are a few points over a minute or two, and the time
    // axis would repeat one label: the chart says what it waits for instead.
    const bool collecting = watch.watchedMs() < watch.settings().minSpanMs || last - first < watch.settings().bucketMs;
    timeAxis->setVisible(!collecting);
    valueAxis->setVisible(!collecting);
    for (QAbstractSeries *line : chart->series())
        line->setVisible(!collecting);
    m_chartEmpty->setText(
        tr("Collecting: a trend needs %1 min of watching; %2 min so far.").arg(watch.settings().minSpanMs / 60'000).arg(watch.watchedMs() / 60'000));
    m_chartEmpty->setGeometry(m_chartView->rect().adjusted(24, 48, -24, -48));
    m_chartEmpty->setVisible(collecting);
    if (first == 0)
        first = last = QDateTime::currentMSecsSinceEpoch();
    timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(std::max(last, first + 60'000)));
    const double margin = std::max((high - low) * 0.05, 1.0);
    valueAxis->setRange(std::max(0.0, low - margin), high + margin);
    valueAxis->setTickCount(5);
    valueAxis->applyNiceNumbers();
    ViewSetup::applyChartPalette(chart, palette());
    ViewSetup::showChart(m_chartView, chart);
}

QChart *LeakWatchPage::chart() const
{
    return m_chartView->chart();
}

QString LeakWatchPage::note() const
{
    return m_note->text();
}

QString LeakWatchPage::sentence() const
{
    return m_sentence->text();
}

void LeakWatchPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        ViewSetup::applyChartPalette(m_chartView->chart(), palette());
}
