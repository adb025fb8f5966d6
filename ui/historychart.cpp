// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "historychart.h"
#include "viewsetup.h"

#include "format/byteformat.h"
#include "model/historymodel.h"
#include "model/modelroles.h"

#include <QAreaSeries>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QValueAxis>

#include <cmath>

namespace
{
constexpr double kib = 1024.0;

// The smallest of 1, 2, 2.5, 5 × 10^n at or above value, so axis ticks land on round numbers.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

// A value axis from 0 with ticks on round numbers (0, 5, 10, 15, 20, 25): a step of 1, 2, 2.5 or
// 5 × 10^n giving at most five intervals, and the top the first tick at or above maximum.
void setRoundRange(QValueAxis *axis, double maximum)
{
    // Nothing above zero (no swapping at all): 0 to 1 of the unit, not a scale of 2e-10.
    const double step = maximum > 0 ? niceCeiling(maximum / 5) : 0.5;
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setRange(0, std::max(step, std::ceil(maximum / step - 1e-9) * step));
}
}

HistoryChart::HistoryChart(HistoryModel *model, Style style, Scale scale, const QList<Series> &series, QWidget *parent)
    : QChartView(parent)
    , m_model(model)
    , m_style(style)
    , m_scale(scale)
    , m_series(series)
    , m_timeAxis(new QDateTimeAxis)
    , m_valueAxis(new QValueAxis)
    , m_readout(new QLabel(this))
    , m_emptyNote(new QLabel(tr("Collecting: the chart starts with the next refreshes."), this))
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_timeAxis->setFormat(QStringLiteral("hh:mm:ss"));
    m_timeAxis->setTickCount(5);
    m_valueAxis->setTickCount(5);
    m_valueAxis->setLabelFormat(QStringLiteral("%.4g"));
    setRenderHint(QPainter::Antialiasing);
    // The chart is handed to the view only once its axes and series are in place: set earlier,
    // Qt 6.4 lays out the time axis before it has series and never draws its labels or grid.
    setMouseTracking(true);
    setMinimumHeight(180);

    for (Series &s : m_series) {
        if (s.name.isEmpty())
            s.name = m_model->headerData(s.column, Qt::Horizontal).toString();
    }
    QLineSeries *below = nullptr;
    for (const Series &s : std::as_const(m_series)) {
        auto *line = new QLineSeries(this);
        line->setName(s.name);
        m_lines.append(line);
        QAbstractSeries *drawn = line;
        if (m_style == Style::StackedAreas && !s.rightAxis) {
            auto *area = new QAreaSeries(line, below);
            area->setName(s.name);
            drawn = area;
            below = line;
        }
        chart->addSeries(drawn);
        drawn->attachAxis(m_timeAxis);
        if (s.rightAxis) {
            if (!m_rightAxis) {
                m_rightAxis = new QValueAxis;
                m_rightAxis->setTickCount(5);
                m_rightAxis->setLabelFormat(m_valueAxis->labelFormat());
                chart->addAxis(m_rightAxis, Qt::AlignRight);
            }
            drawn->attachAxis(m_rightAxis);
        } else {
            drawn->attachAxis(m_valueAxis);
        }
        m_drawn.append(drawn);
    }

    ViewSetup::showChart(this, chart);

    m_readout->setTextFormat(Qt::RichText);
    m_readout->setAutoFillBackground(true);
    m_readout->setFrameShape(QFrame::StyledPanel);
    m_readout->setMargin(4);
    m_readout->hide();
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setAttribute(Qt::WA_TransparentForMouseEvents);

    applyPalette();
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        appendRows(first, last);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryChart::rebuild);
    rebuild();
}

void HistoryChart::setTitle(const QString &title)
{
    chart()->setTitle(title);
    setAccessibleName(title);
}

void HistoryChart::setSeriesShown(int index, bool shown)
{
    if (index < 0 || index >= m_series.size() || m_series[index].shown == shown)
        return;
    m_series[index].shown = shown;
    m_drawn[index]->setVisible(shown);
    rebuild();
}

void HistoryChart::setEmptyText(const QString &text)
{
    m_emptyNote->setText(text);
}

void HistoryChart::setWindowSeconds(int seconds)
{
    m_windowSeconds = std::max(10, seconds);
    rebuild();
}

QList<QAbstractSeries *> HistoryChart::chartSeries() const
{
    return m_drawn;
}

double HistoryChart::valueAt(int row, const Series &series) const
{
    if (!series.shown)
        return m_style == Style::StackedAreas && !series.rightAxis ? 0.0 : std::nan("");
    const QVariant value = m_model->index(row, series.column).data(ModelRoles::RawValueRole);
    return value.isValid() ? value.toDouble() : std::nan("");
}

double HistoryChart::divisorFor(double maximum) const
{
    if (m_scale != Scale::Bytes && m_scale != Scale::BytesPerSecond)
        return 1;
    if (maximum < 2 * kib * kib)
        return kib;
    if (maximum < 2 * kib * kib * kib)
        return kib * kib;
    return kib * kib * kib;
}

QString HistoryChart::unitName() const
{
    const QString perSecond = m_scale == Scale::BytesPerSecond ? tr("/s") : QString();
    switch (m_scale) {
    case Scale::Bytes:
    case Scale::BytesPerSecond:
        if (m_divisor == kib)
            return QString(tr("KiB") + perSecond);
        if (m_divisor == kib * kib)
            return QString(tr("MiB") + perSecond);
        return QString(tr("GiB") + perSecond);
    case Scale::Percent:
        return tr("%");
    case Scale::PerSecond:
        return tr("per second");
    }
    return {};
}

QString HistoryChart::formatValue(double value) const
{
    if (std::isnan(value))
        return ByteFormat::unavailable();
    const QLocale locale;
    switch (m_scale) {
    case Scale::Bytes:
        return ByteFormat::human(qint64(value));
    case Scale::BytesPerSecond:
        return tr("%1/s").arg(ByteFormat::human(qint64(value)));
    case Scale::Percent:
        return tr("%1 %").arg(locale.toString(value, 'f', 2));
    case Scale::PerSecond:
        return tr("%1/s").arg(locale.toString(value, 'f', value < 10 ? 1 : 0));
    }
    return {};
}

void HistoryChart::rebuild()
{
    for (QLineSeries *line : std::as_const(m_lines))
        line->clear();
    const int rows = m_model->rowCount();
    int first = rows;
    if (rows > 0) {
        const qint64 newest = m_model->index(rows - 1, 0).data(ModelRoles::RawValueRole).toLongLong();
        while (first > 0 && m_model->index(first - 1, 0).data(ModelRoles::RawValueRole).toLongLong() >= newest - m_windowSeconds * 1000LL)
            --first;
    }
    // Pick the unit from the largest raw value in the window before adding any point.
    double largest = 0;
    for (int row = first; row < rows; ++row) {
        double stacked = 0;
        for (const Series &s : std::as_const(m_series)) {
            const double v = valueAt(row, s);
            if (std::isnan(v))
                continue;
            stacked = m_style == Style::StackedAreas && !s.rightAxis ? stacked + v : v;
            largest = std::max(largest, stacked);
        }
    }
    m_divisor = divisorFor(largest);
    m_valueAxis->setTitleText(unitName());
    if (m_rightAxis)
        m_rightAxis->setTitleText(unitName());
    for (int row = first; row < rows; ++row)
        appendRow(row);
    trimAndScroll();
}

void HistoryChart::appendRows(int first, int last)
{
    // Every new point moves the time axis, and Qt Charts lays out its labels again: a chart
    // on a page out of sight catches up in one go when it is shown instead.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    for (int row = first; row <= last; ++row) {
        if (!appendRow(row)) {
            rebuild();
            return;
        }
    }
    trimAndScroll();
}

bool HistoryChart::appendRow(int row)
{
    const qreal time = qreal(m_model->index(row, 0).data(ModelRoles::RawValueRole).toLongLong());
    QList<double> values;
    values.reserve(m_series.size());
    double stacked = 0;
    for (const Series &s : std::as_const(m_series)) {
        double v = valueAt(row, s);
        if (m_style == Style::StackedAreas && !s.rightAxis) {
            // A band without a value is drawn as empty rather than breaking the stack.
            stacked += std::isnan(v) ? 0 : v;
            v = stacked;
        }
        values.append(v);
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!std::isnan(values[i]) && divisorFor(values[i]) > m_divisor)
            return false;
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (!std::isnan(values[i])) // a gap in a line: the point is left out
            m_lines[i]->append(time, values[i] / m_divisor);
    }
    return true;
}

void HistoryChart::trimAndScroll()
{
    const int rows = m_model->rowCount();
    if (rows == 0) {
        updateEmptyState();
        return;
    }
    const qint64 newest = m_model->index(rows - 1, 0).data(ModelRoles::RawValueRole).toLongLong();
    const qint64 oldest = newest - m_windowSeconds * 1000LL;
    m_maximum = 0;
    m_rightMaximum = 0;
    for (qsizetype i = 0; i < m_lines.size(); ++i) {
        QLineSeries *line = m_lines[i];
        int stale = 0;
        while (stale < line->count() && line->at(stale).x() < oldest)
            ++stale;
        if (stale > 0)
            line->removePoints(0, stale);
        double &maximum = m_series[i].rightAxis ? m_rightMaximum : m_maximum;
        for (const QPointF &point : line->points())
            maximum = std::max(maximum, point.y());
    }
    // Until the window is full, the axis spans what there is (a minute at least), so a chart
    // just opened is not a thin sliver at its right edge.
    const qint64 firstShown = std::max(oldest, m_model->index(0, 0).data(ModelRoles::RawValueRole).toLongLong());
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(std::min(firstShown, newest - 60'000)), QDateTime::fromMSecsSinceEpoch(newest));
    setRoundRange(m_valueAxis, m_scale == Scale::Percent ? std::max(1.0, m_maximum * 1.1) : m_maximum * 1.05);
    if (m_rightAxis) {
        setRoundRange(m_rightAxis, m_rightMaximum * 1.05);
        // An axis for a series that is zero throughout (no swap at all) only adds noise.
        m_rightAxis->setVisible(m_rightMaximum > 0);
    }
    updateEmptyState();
}

// Fewer than two points draw nothing but axes whose time labels all read the same moment: the
// chart says what it waits for instead.
void HistoryChart::updateEmptyState()
{
    const bool empty = std::none_of(m_lines.cbegin(), m_lines.cend(), [](const QLineSeries *line) {
        return line->count() >= 2;
    });
    m_timeAxis->setVisible(!empty);
    m_valueAxis->setVisible(!empty);
    if (m_rightAxis && empty)
        m_rightAxis->setVisible(false);
    m_emptyNote->setVisible(empty);
    if (empty)
        m_emptyNote->setGeometry(chart()->plotArea().toRect().adjusted(8, 8, -8, -8));
}

QString HistoryChart::readoutAt(int row) const
{
    if (row < 0 || row >= m_model->rowCount())
        return {};
    const qint64 time = m_model->index(row, 0).data(ModelRoles::RawValueRole).toLongLong();
    QString text = QStringLiteral("<b>%1</b>").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(time).time(), QLocale::LongFormat));
    // Top band first, as the eye reads the stack.
    for (qsizetype i = m_series.size() - 1; i >= 0; --i) {
        const Series &s = m_series[i];
        if (!s.shown)
            continue;
        text += QStringLiteral("<br><span style=\"color:%1\">■</span> %2: %3").arg(s.color.name(), s.name.toHtmlEscaped(), formatValue(valueAt(row, s)));
    }
    return text;
}

void HistoryChart::mouseMoveEvent(QMouseEvent *event)
{
    QChartView::mouseMoveEvent(event);
    const int rows = m_model->rowCount();
    if (rows == 0 || m_lines.isEmpty() || !chart()->plotArea().contains(event->position())) {
        m_readout->hide();
        return;
    }
    const qint64 time = qint64(chart()->mapToValue(event->position(), m_drawn.first()).x());
    // Rows are in time order: the first row at or after the pointer, or the one just before.
    int low = 0;
    int high = rows - 1;
    while (low < high) {
        const int middle = (low + high) / 2;
        if (m_model->index(middle, 0).data(ModelRoles::RawValueRole).toLongLong() < time)
            low = middle + 1;
        else
            high = middle;
    }
    m_readout->setText(readoutAt(low));
    m_readout->adjustSize();
    QPoint at = event->position().toPoint() + QPoint(16, 16);
    at.setX(std::min(at.x(), width() - m_readout->width() - 4));
    at.setY(std::min(at.y(), height() - m_readout->height() - 4));
    m_readout->move(at);
    m_readout->show();
    m_readout->raise();
}

void HistoryChart::showEvent(QShowEvent *event)
{
    if (m_stale) {
        m_stale = false;
        rebuild();
    }
    QChartView::showEvent(event);
}

void HistoryChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // As many time labels as fit side by side; Qt Charts would elide them otherwise.
    const int labelWidth = fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) * 2;
    m_timeAxis->setTickCount(std::clamp(width() / std::max(1, labelWidth), 2, 6));
    updateEmptyState();
}

void HistoryChart::leaveEvent(QEvent *event)
{
    m_readout->hide();
    QChartView::leaveEvent(event);
}

void HistoryChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void HistoryChart::applyPalette()
{
    ViewSetup::applyChartPalette(chart(), palette());
    for (qsizetype i = 0; i < m_drawn.size(); ++i) {
        const QColor color = m_series[i].color;
        if (auto *area = qobject_cast<QAreaSeries *>(m_drawn[i])) {
            QColor fill = color;
            fill.setAlphaF(0.85);
            area->setBrush(fill);
            area->setPen(QPen(color.darker(115), 1));
        } else {
            static_cast<QLineSeries *>(m_drawn[i])->setPen(QPen(color, m_series[i].rightAxis ? 2.5 : 2));
        }
    }
}
