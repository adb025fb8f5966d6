// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "usagebardelegate.h"

#include "model/modelroles.h"

#include <QApplication>
#include <QPainter>

UsageBarDelegate::UsageBarDelegate(int limitColumn, int markColumn, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_limitColumn(limitColumn)
    , m_markColumn(markColumn)
{
}

UsageBarDelegate *UsageBarDelegate::shares(QObject *parent)
{
    return new UsageBarDelegate(-1, -1, parent);
}

static std::optional<double> rawOf(const QModelIndex &index)
{
    const QVariant value = index.data(ModelRoles::RawValueRole);
    return value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt;
}

std::optional<double> UsageBarDelegate::fraction(const QModelIndex &index) const
{
    if (m_limitColumn < 0) {
        const QVariant share = index.data(ModelRoles::ShareRole);
        return share.isValid() ? std::optional<double>(share.toDouble()) : std::nullopt;
    }
    const auto used = rawOf(index);
    // A group with only a soft limit is measured against that.
    auto limit = rawOf(index.siblingAtColumn(m_limitColumn));
    if (!limit)
        limit = rawOf(index.siblingAtColumn(m_markColumn));
    if (!used || !limit || *limit <= 0)
        return std::nullopt;
    return *used / *limit;
}

void UsageBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto share = fraction(index);
    if (!share) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background and selection first, then the bar, then the text on top of it.
    const QString text = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // The figure on the right, the bar in the room left of it: neither paints over the other.
    const int textWidth = option.fontMetrics.horizontalAdvance(text) + 8;
    const QRect track = option.rect.adjusted(3, 4, -textWidth - 3, -4);
    const QPalette &pal = option.palette;
    const bool limited = m_limitColumn >= 0;
    QColor fill = limited && *share >= 0.9 ? QColor::fromHsl(5, 180, 150)
        : limited && *share >= 0.75        ? QColor::fromHsl(40, 200, 150)
                                           : pal.color(QPalette::Highlight);
    fill.setAlpha(160);
    painter->save();
    painter->fillRect(QRect(track.topLeft(), QSize(int(track.width() * std::min(1.0, *share)), track.height())), fill);
    painter->setPen(pal.color(QPalette::Mid));
    painter->drawRect(track.adjusted(0, 0, -1, -1));
    const auto used = rawOf(index);
    const auto mark = limited ? rawOf(index.siblingAtColumn(m_markColumn)) : std::nullopt;
    const auto limit = limited ? rawOf(index.siblingAtColumn(m_limitColumn)) : std::nullopt;
    if (mark && limit && *limit > 0 && *mark < *limit && used) {
        const int x = track.left() + int(track.width() * (*mark / *limit));
        painter->setPen(QPen(pal.color(QPalette::Text), 2));
        painter->drawLine(x, track.top(), x, track.bottom());
    }
    painter->setPen(pal.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(option.rect.adjusted(0, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}
