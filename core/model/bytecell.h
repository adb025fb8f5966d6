// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QVariant>

#include <optional>

// A cell holding a number of bytes, or the reason there is none. One place decides what every
// model shows for it: human units to read, the exact count on hover, the raw value to sort and
// chart, and for a missing value the dash with its reason — never a zero.
struct ByteCell {
    std::optional<qint64> bytes;
    QString unavailableReason;

    // The cell's data for a role; an invalid QVariant for roles it does not serve.
    QVariant data(int role) const;
};

// A count cell (pages, processes, events per second): the locale's digits to read, the number to
// sort; a dash with why where there is none.
QVariant countData(std::optional<double> count, const QString &unavailableReason, int role, int decimals = 0);

// A percentage cell (a share of RAM, of a cache's room): "12.5 %" to read, the number to sort.
QVariant percentData(double percent, int role, int decimals = 1);
