// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "timelinebar.h"

#include "format/textescape.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace
{
QColor colorOf(Bookmark::Kind kind, const QPalette &palette)
{
    switch (kind) {
    case Bookmark::Kind::PressureBegan:
        return QColor(0xe6, 0x7e, 0x22); // orange, as the pressure charts
    case Bookmark::Kind::ForecastWarning:
        return QColor(0xda, 0x44, 0x53);
    case Bookmark::Kind::OomKill:
        return QColor(0x9b, 0x1c, 0x1c);
    case Bookmark::Kind::PressureEnded:
        return QColor(0x27, 0xae, 0x60);
    case Bookmark::Kind::WatcherStarted:
    case Bookmark::Kind::NotificationSent:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QString timeText(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}
}

TimelineBar::TimelineBar(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Recording timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_dragPace.setSingleShot(true);
    m_dragPace.setInterval(dragPaceMs);
    connect(&m_dragPace, &QTimer::timeout, this, [this] {
        if (m_chosenMs)
            Q_EMIT momentChosen(*m_chosenMs);
    });
}

void TimelineBar::setTimeline(const RecordingTimeline &timeline)
{
    m_samples = timeline.sampleTimesMs();
    m_bookmarks = timeline.bookmarks();
    update();
}

void TimelineBar::setLive(bool live)
{
    m_live = live;
    setAccessibleName(live ? tr("The background watcher's recording") : tr("Recording timeline"));
}

void TimelineBar::addBookmark(const Bookmark &bookmark)
{
    m_bookmarks.append(bookmark);
    update();
}

void TimelineBar::setShownMs(qint64 ms)
{
    // Live, the track grows to the present.
    if (m_live && (m_samples.isEmpty() || ms > m_samples.constLast()))
        m_samples.append(ms);
    m_shownMs = ms;
    // A moment being chosen stays: while dragging, and live until Return or Escape.
    if (!m_dragging && !m_live)
        m_chosenMs.reset();
    setAccessibleDescription(tr("Showing %1").arg(timeText(ms)));
    update();
}

QSize TimelineBar::sizeHint() const
{
    return {600, minimumSizeHint().height()};
}

QSize TimelineBar::minimumSizeHint() const
{
    // The track, the markers above it, the times under it.
    return {200, fontMetrics().height() * 2 + 16};
}

QRect TimelineBar::track() const
{
    const int margin = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    return QRect(margin, 6, width() - 2 * margin, fontMetrics().height() - 2);
}

int TimelineBar::xOf(qint64 ms) const
{
    const QRect t = track();
    if (m_samples.size() < 2)
        return t.left();
    const double share = double(ms - m_samples.constFirst()) / double(m_samples.constLast() - m_samples.constFirst());
    return t.left() + int(std::clamp(share, 0.0, 1.0) * t.width());
}

qint64 TimelineBar::msAt(int x) const
{
    const QRect t = track();
    if (m_samples.isEmpty())
        return 0;
    const double share = std::clamp(double(x - t.left()) / std::max(1, t.width()), 0.0, 1.0);
    const qint64 ms = m_samples.constFirst() + qint64(share * double(m_samples.constLast() - m_samples.constFirst()));
    // The nearest sample: there is nothing to show between two.
    const auto after = std::lower_bound(m_samples.cbegin(), m_samples.cend(), ms);
    if (after == m_samples.cend())
        return m_samples.constLast();
    if (after == m_samples.cbegin() || *after - ms < ms - *(after - 1))
        return *after;
    return *(after - 1);
}

void TimelineBar::choose(qint64 ms, bool now)
{
    if (m_samples.isEmpty())
        return;
    m_chosenMs = ms;
    update();
    if (m_live) {
        // Nothing is read while dragging: the moment is opened once chosen, and the handle
        // goes back to the present.
        if (!now)
            return;
        m_chosenMs.reset();
        if (ms != m_shownMs)
            Q_EMIT momentChosen(ms);
        return;
    }
    if (now) {
        m_dragPace.stop();
        Q_EMIT momentChosen(ms);
    } else if (!m_dragPace.isActive()) {
        m_dragPace.start();
    }
}

const Bookmark *TimelineBar::bookmarkNear(int x) const
{
    const Bookmark *nearest = nullptr;
    int distance = fontMetrics().averageCharWidth();
    for (const Bookmark &bookmark : m_bookmarks) {
        const int d = std::abs(xOf(bookmark.timeMs) - x);
        if (d <= distance) {
            distance = d;
            nearest = &bookmark;
        }
    }
    return nearest;
}

void TimelineBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRect t = track();
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Mid));
    painter.drawRoundedRect(QRect(t.left(), t.center().y() - 2, t.width(), 4), 2, 2);
    if (m_samples.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("The recording holds no sample"));
        return;
    }
    // Bookmarks as marks across the track; what a kill or a warning is stands out.
    for (const Bookmark &bookmark : std::as_const(m_bookmarks)) {
        const int x = xOf(bookmark.timeMs);
        const bool minor = bookmark.kind == Bookmark::Kind::WatcherStarted || bookmark.kind == Bookmark::Kind::NotificationSent;
        painter.setPen(QPen(colorOf(bookmark.kind, palette()), minor ? 1 : 3));
        painter.drawLine(x, t.top() + (minor ? 3 : 0), x, t.bottom() - (minor ? 3 : 0));
    }
    // The moment shown (or being chosen): a handle with its time under it.
    const std::optional<qint64> at = m_chosenMs ? m_chosenMs : m_shownMs;
    if (at) {
        const int x = xOf(*at);
        painter.setPen(QPen(palette().color(hasFocus() ? QPalette::Highlight : QPalette::Text), 2));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawEllipse(QPoint(x, t.center().y()), t.height() / 2, t.height() / 2);
    }
    painter.setPen(palette().color(QPalette::Text));
    const QRect labels(t.left(), t.bottom() + 4, t.width(), fontMetrics().height());
    painter.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, timeText(m_samples.constFirst()));
    painter.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, timeText(m_samples.constLast()));
    // Live, the present is the right end's time: only a moment being chosen is named.
    if (at && !(m_live && !m_chosenMs)) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(labels, Qt::AlignHCenter | Qt::AlignVCenter, timeText(*at));
    }
}

void TimelineBar::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_dragging = true;
    // A click on a bookmark goes to it; elsewhere to the nearest sample.
    const Bookmark *bookmark = bookmarkNear(event->position().toPoint().x());
    choose(bookmark ? msAt(xOf(bookmark->timeMs)) : msAt(event->position().toPoint().x()), false);
}

void TimelineBar::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging)
        choose(msAt(event->position().toPoint().x()), false);
}

void TimelineBar::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    m_dragging = false;
    if (m_chosenMs)
        choose(*m_chosenMs, true);
}

void TimelineBar::keyPressEvent(QKeyEvent *event)
{
    const std::optional<qint64> from = m_chosenMs ? m_chosenMs : m_shownMs;
    if (m_samples.isEmpty() || !from)
        return QWidget::keyPressEvent(event);
    const auto sampleIndex = qsizetype(std::lower_bound(m_samples.cbegin(), m_samples.cend(), *from) - m_samples.cbegin());
    switch (event->key()) {
    case Qt::Key_Left:
        return choose(m_samples[std::max<qsizetype>(0, sampleIndex - 1)], !m_live);
    case Qt::Key_Right:
        return choose(m_samples[std::min(m_samples.size() - 1, sampleIndex + 1)], !m_live);
    case Qt::Key_Home:
        return choose(m_samples.constFirst(), !m_live);
    case Qt::Key_End:
        return choose(m_samples.constLast(), !m_live);
    case Qt::Key_PageUp:
    case Qt::Key_PageDown: {
        const bool forward = event->key() == Qt::Key_PageDown;
        std::optional<qint64> next;
        for (const Bookmark &bookmark : std::as_const(m_bookmarks)) {
            const qint64 at = msAt(xOf(bookmark.timeMs));
            if (forward ? at > *from && (!next || at < *next) : at < *from && (!next || at > *next))
                next = at;
        }
        if (next)
            choose(*next, !m_live);
        return;
    }
    // Live, keys move the handle and Return opens the moment it is on.
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_live || !m_chosenMs)
            return QWidget::keyPressEvent(event);
        return choose(*m_chosenMs, true);
    case Qt::Key_Escape:
        if (!m_live || !m_chosenMs)
            return QWidget::keyPressEvent(event);
        m_chosenMs.reset();
        return update();
    default:
        return QWidget::keyPressEvent(event);
    }
}

bool TimelineBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        if (const Bookmark *bookmark = bookmarkNear(help->pos().x()))
            QToolTip::showText(help->globalPos(), tr("%1: %2").arg(timeText(bookmark->timeMs), TextEscape::visible(bookmark->text)), this);
        else if (m_live && !m_samples.isEmpty())
            QToolTip::showText(help->globalPos(), tr("%1: click to open this moment of the recording").arg(timeText(msAt(help->pos().x()))), this);
        else if (!m_samples.isEmpty())
            QToolTip::showText(help->globalPos(), timeText(msAt(help->pos().x())), this);
        return true;
    }
    return QWidget::event(event);
}
