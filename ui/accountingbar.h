// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/memorycomposition.h"

#include <QWidget>

#include <array>

class QLabel;

// Every byte of MemTotal in one bar: a segment per part of MemoryComposition in the overview
// chart's colours, the unaccounted remainder labelled as what it is, and a legend that names
// each part with its size and share.
class AccountingBar : public QWidget
{
    Q_OBJECT

public:
    explicit AccountingBar(QWidget *parent = nullptr);

    void setComposition(const MemoryComposition &composition);
    // The legend entry of one part, as shown ("Anonymous 2.1 GiB · 27 %").
    QString legendText(MemoryComposition::Part part) const;
    // What a part is, in one sentence (its tooltip here and in the chart).
    static QString explanation(MemoryComposition::Part part);

protected:
    bool event(QEvent *event) override;

private:
    class Strip;
    std::optional<MemoryComposition::Part> partAt(int x) const;
    void updatePalette();
    // Places the legend entries of the parts shown, four to a row.
    void layOutLegend();
    // Whether a part is in the legend: the ARC and graphics only where this machine has them.
    bool legendShows(MemoryComposition::Part part) const;
    // inFigures: the space inside a figure ("2.1 GiB"), non-breaking where the label wraps.
    QString legendText(MemoryComposition::Part part, QChar inFigures) const;

    Strip *m_strip;
    std::array<QLabel *, MemoryComposition::PartCount> m_swatches{};
    std::array<QLabel *, MemoryComposition::PartCount> m_legend{};
    MemoryComposition m_composition;
    std::array<bool, MemoryComposition::PartCount> m_shown{};
};
