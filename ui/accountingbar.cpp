// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "accountingbar.h"

#include "format/byteformat.h"
#include "memorycolors.h"
#include "model/systemhistory.h"

#include <QGridLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

static constexpr int legendColumns = 4;

// The bar itself; its parent knows the numbers and answers tooltips by position.
class AccountingBar::Strip : public QWidget
{
public:
    explicit Strip(AccountingBar *bar)
        : QWidget(bar)
        , m_bar(bar)
    {
        setMinimumHeight(fontMetrics().height() * 2);
        setMouseTracking(true);
    }

    // The x ranges of each part, in order; empty parts have none.
    std::array<std::pair<int, int>, MemoryComposition::PartCount> segments() const
    {
        std::array<std::pair<int, int>, MemoryComposition::PartCount> result{};
        const MemoryComposition &c = m_bar->m_composition;
        if (c.total <= 0)
            return result;
        qint64 before = 0;
        for (int p = 0; p < MemoryComposition::PartCount; ++p) {
            const int from = int(double(before) / double(c.total) * width());
            before += c.parts[size_t(p)];
            const int to = int(double(std::min(before, c.total)) / double(c.total) * width());
            result[size_t(p)] = {from, to};
        }
        return result;
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), palette().color(QPalette::Base));
        const auto ranges = segments();
        for (int p = 0; p < MemoryComposition::PartCount; ++p) {
            const auto [from, to] = ranges[size_t(p)];
            if (to > from)
                painter.fillRect(QRect(from, 0, to - from, height()), MemoryColors::part(MemoryComposition::Part(p), palette()));
        }
        painter.setPen(palette().color(QPalette::Mid));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }

private:
    AccountingBar *m_bar;
};

AccountingBar::AccountingBar(QWidget *parent)
    : QWidget(parent)
    , m_strip(new Strip(this))
{
    setAccessibleName(tr("Where RAM goes"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_strip, 0, 0, 1, legendColumns * 2);
    for (int p = 0; p < MemoryComposition::PartCount; ++p) {
        const auto part = MemoryComposition::Part(p);
        m_swatches[size_t(p)] = new QLabel(this);
        m_swatches[size_t(p)]->setFixedSize(fontMetrics().height(), fontMetrics().height());
        m_swatches[size_t(p)]->setAutoFillBackground(true);
        m_legend[size_t(p)] = new QLabel(SystemHistory::partName(part), this);
        // In a narrow window a legend entry wraps rather than widening the whole page; its
        // figures never break across lines.
        m_legend[size_t(p)]->setWordWrap(true);
        m_legend[size_t(p)]->setToolTip(explanation(part));
        m_legend[size_t(p)]->setAccessibleName(SystemHistory::partName(part));
    }
    for (int c = 0; c < legendColumns; ++c)
        layout->setColumnStretch(c * 2 + 1, 1);
    layOutLegend();
    updatePalette();
}

bool AccountingBar::legendShows(MemoryComposition::Part part) const
{
    switch (part) {
    case MemoryComposition::ZfsArc:
        return m_composition.arcClaimed > 0;
    case MemoryComposition::GpuSystemRam:
        return m_composition.gpuClaimed > 0;
    default:
        return true;
    }
}

void AccountingBar::layOutLegend()
{
    auto *grid = static_cast<QGridLayout *>(layout());
    int placed = 0;
    for (int p = 0; p < MemoryComposition::PartCount; ++p) {
        const bool shown = legendShows(MemoryComposition::Part(p));
        m_shown[size_t(p)] = shown;
        grid->removeWidget(m_swatches[size_t(p)]);
        grid->removeWidget(m_legend[size_t(p)]);
        m_swatches[size_t(p)]->setVisible(shown);
        m_legend[size_t(p)]->setVisible(shown);
        if (!shown)
            continue;
        const int row = 1 + placed / legendColumns;
        const int column = (placed % legendColumns) * 2;
        grid->addWidget(m_swatches[size_t(p)], row, column);
        grid->addWidget(m_legend[size_t(p)], row, column + 1);
        ++placed;
    }
}

QString AccountingBar::explanation(MemoryComposition::Part part)
{
    switch (part) {
    case MemoryComposition::Anonymous:
        return tr("Memory programs allocated for themselves — heaps, stacks, private data. It can only leave RAM by going to swap.");
    case MemoryComposition::PageCache:
        return tr("Contents of files kept in RAM so the next read is instant. The kernel drops clean cache whenever programs need the room.");
    case MemoryComposition::ZfsArc:
        return tr(
            "OpenZFS's cache of file data and metadata (the ARC). It gives memory back when programs need it, down to its minimum, but "
            "the kernel counts it as used, not as cache.");
    case MemoryComposition::Shmem:
        return tr("tmpfs files (such as /dev/shm and /run) and shared memory between programs. It looks like cache but cannot simply be dropped.");
    case MemoryComposition::SlabReclaimable:
        return tr("Kernel caches of directory entries and file metadata that the kernel can free under pressure.");
    case MemoryComposition::SlabUnreclaimable:
        return tr("Kernel data structures in use, such as network buffers and open-file tables. Freed only when their owners release them.");
    case MemoryComposition::KernelStacksPageTables:
        return tr("A kernel stack for every thread and the page tables that map each program's memory. Grows with the number of threads and mappings.");
    case MemoryComposition::GpuSystemRam:
        return tr(
            "System RAM a graphics driver holds for the GPU (amdgpu's GTT), which no /proc/meminfo field counts. Drivers whose buffers "
            "are shared memory (i915, virtio-gpu) are in Shared memory instead; memory on the card is not in RAM at all.");
    case MemoryComposition::Free:
        return tr("RAM holding nothing at all. Linux keeps it small on purpose: unused RAM is used for cache.");
    case MemoryComposition::Unaccounted:
        return tr("RAM that none of the counters above explain: memory taken directly by drivers, graphics cards, firmware and huge page pools.");
    case MemoryComposition::PartCount:
        break;
    }
    return {};
}

void AccountingBar::setComposition(const MemoryComposition &composition)
{
    m_composition = composition;
    for (int p = 0; p < MemoryComposition::PartCount; ++p) {
        if (legendShows(MemoryComposition::Part(p)) != m_shown[size_t(p)]) {
            layOutLegend();
            break;
        }
    }
    for (int p = 0; p < MemoryComposition::PartCount; ++p)
        m_legend[size_t(p)]->setText(legendText(MemoryComposition::Part(p), QChar::Nbsp));
    m_strip->update();
}

QString AccountingBar::legendText(MemoryComposition::Part part) const
{
    return legendText(part, u' ');
}

QString AccountingBar::legendText(MemoryComposition::Part part, QChar inFigures) const
{
    const qint64 bytes = m_composition.part(part);
    const double share = m_composition.total > 0 ? 100.0 * double(bytes) / double(m_composition.total) : 0;
    return tr("%1 %2 · %3 %").arg(SystemHistory::partName(part), ByteFormat::human(bytes).replace(u' ', inFigures), QLocale().toString(share, 'f', 1));
}

std::optional<MemoryComposition::Part> AccountingBar::partAt(int x) const
{
    const auto ranges = m_strip->segments();
    for (int p = 0; p < MemoryComposition::PartCount; ++p) {
        if (x >= ranges[size_t(p)].first && x < ranges[size_t(p)].second)
            return MemoryComposition::Part(p);
    }
    return std::nullopt;
}

bool AccountingBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inStrip = m_strip->mapFrom(this, help->pos());
        const auto part = m_strip->rect().contains(inStrip) ? partAt(inStrip.x()) : std::nullopt;
        if (part) {
            QToolTip::showText(
                help->globalPos(),
                QStringLiteral("<b>%1</b> (%2)<br>%3").arg(legendText(*part).toHtmlEscaped(), ByteFormat::exact(m_composition.part(*part)), explanation(*part)),
                this);
            return true;
        }
    }
    if (event->type() == QEvent::PaletteChange)
        updatePalette();
    return QWidget::event(event);
}

void AccountingBar::updatePalette()
{
    for (int p = 0; p < MemoryComposition::PartCount; ++p) {
        QPalette swatch = m_swatches[size_t(p)]->palette();
        swatch.setColor(QPalette::Window, MemoryColors::part(MemoryComposition::Part(p), palette()));
        m_swatches[size_t(p)]->setPalette(swatch);
    }
}
