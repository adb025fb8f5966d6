// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "memorycolors.h"

#include <QPalette>

namespace
{
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

// One hue, saturation and lightness tuned for a light background; on a dark one the colour is
// lifted so it keeps its contrast against the window.
QColor tone(int hue, double saturation, double lightness, const QPalette &palette)
{
    return QColor::fromHslF(hue / 360.0, saturation, isDark(palette) ? std::min(0.85, lightness + 0.18) : lightness);
}
}

QColor MemoryColors::part(MemoryComposition::Part part, const QPalette &palette)
{
    switch (part) {
    case MemoryComposition::Anonymous:
        return tone(212, 0.70, 0.50, palette);
    case MemoryComposition::PageCache:
        return tone(145, 0.50, 0.45, palette);
    case MemoryComposition::ZfsArc: // cache, in a shade of the page cache's green
        return tone(170, 0.45, 0.40, palette);
    case MemoryComposition::Shmem:
        return tone(280, 0.45, 0.55, palette);
    case MemoryComposition::SlabReclaimable:
        return tone(40, 0.85, 0.55, palette);
    case MemoryComposition::SlabUnreclaimable:
        return tone(15, 0.75, 0.50, palette);
    case MemoryComposition::KernelStacksPageTables:
        return tone(340, 0.55, 0.50, palette);
    case MemoryComposition::GpuSystemRam:
        return tone(75, 0.60, 0.42, palette);
    case MemoryComposition::Free:
        // Free memory is the absence of use: a quiet grey from the palette itself.
        return palette.color(QPalette::Mid);
    case MemoryComposition::Unaccounted:
        return tone(0, 0.0, 0.35, palette);
    case MemoryComposition::PartCount:
        break;
    }
    return palette.color(QPalette::Text);
}

QColor MemoryColors::figure(Figure figure, const QPalette &palette)
{
    switch (figure) {
    case Figure::Rss:
        return tone(25, 0.85, 0.55, palette);
    case Figure::Pss:
        return tone(212, 0.70, 0.50, palette);
    case Figure::Uss:
        return tone(170, 0.60, 0.38, palette);
    case Figure::Swap:
        return tone(0, 0.70, 0.45, palette);
    }
    return palette.color(QPalette::Text);
}

QColor MemoryColors::series(int index, const QPalette &palette)
{
    static constexpr int hues[] = {260, 190, 320, 95, 50};
    return tone(hues[index % int(std::size(hues))], 0.60, 0.48, palette);
}
