// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/memorycomposition.h"

#include <QColor>

class QPalette;

// The colour of each kind of memory, the same on every page and chart: anonymous memory is
// always the same blue whether it is a band of the overview chart, a segment of the accounting
// bar or a card. Hues are fixed; lightness follows the palette so a dark theme stays readable.
namespace MemoryColors
{
enum class Figure {
    Rss,
    Pss,
    Uss,
    Swap,
};

QColor part(MemoryComposition::Part part, const QPalette &palette);
QColor figure(Figure figure, const QPalette &palette);
// Series that are neither a part of RAM nor a process figure (pressure, fault rates), by index.
QColor series(int index, const QPalette &palette);
}
