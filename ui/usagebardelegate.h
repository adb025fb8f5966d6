// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStyledItemDelegate>

// Draws a usage figure as a bar filled up to its limit, with a mark where a softer limit lies:
// a cgroup's memory.current against memory.max, with memory.high marked, turning amber and red
// near the limit. Rows without a finite limit get the plain text. The limits are read from
// sibling columns' raw values. Or, made by shares(), a plain bar of the cell's ShareRole, for
// figures compared with each other rather than with a limit.
class UsageBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    UsageBarDelegate(int limitColumn, int markColumn, QObject *parent = nullptr);
    static UsageBarDelegate *shares(QObject *parent);

    // The share of the limit in use (0–1 and above), or nullopt where there is no finite limit.
    std::optional<double> fraction(const QModelIndex &index) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_limitColumn;
    int m_markColumn;
};
