// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "writebackview.h"

#include "historychart.h"
#include "memorycolors.h"
#include "viewsetup.h"

#include "format/byteformat.h"
#include "model/systemhistory.h"
#include "snapshot/systemsnapshot.h"

#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace
{
// "10 % of 21.3 GiB that can be dirtied (vm.dirty_ratio)", or "set by vm.dirty_bytes".
QString thresholdSource(const SystemSnapshot &snapshot, bool fromBytes, QLatin1StringView ratioName, QLatin1StringView bytesName, qint64 dirtyable)
{
    if (fromBytes)
        return WritebackView::tr("set by vm.%1").arg(bytesName);
    const Reading<qint64> ratio = snapshot.tunable(QByteArrayView(ratioName));
    if (!ratio.value)
        return ratio.unavailableReason;
    return WritebackView::tr("%1 % of %2 that can be dirtied (vm.%3)").arg(QLocale().toString(*ratio.value), ByteFormat::human(dirtyable), ratioName);
}
}

WritebackView::WritebackView(SystemHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_thresholds(ViewSetup::paragraph(this, tr("Dirty page thresholds")))
{
    const QPalette pal = palette();
    m_dirtyChart = new HistoryChart(history->writeback(),
                                    HistoryChart::Style::Lines,
                                    HistoryChart::Scale::Bytes,
                                    {{SystemHistory::DirtyColumn, {}, MemoryColors::series(0, pal)},
                                     {SystemHistory::DirtyAndWritebackColumn, {}, MemoryColors::series(1, pal)},
                                     {SystemHistory::BackgroundThresholdColumn, {}, MemoryColors::series(3, pal)},
                                     {SystemHistory::ThrottleThresholdColumn, {}, MemoryColors::series(4, pal)}},
                                    this);
    m_dirtyChart->setTitle(tr("Dirty pages and their thresholds"));
    m_dirtyChart->setAccessibleName(tr("Dirty and writeback memory over time, with the background and throttle thresholds"));
    m_rateChart =
        new HistoryChart(history->writeout(),
                         HistoryChart::Style::Lines,
                         HistoryChart::Scale::BytesPerSecond,
                         {{SystemHistory::DirtiedColumn, {}, MemoryColors::series(0, pal)}, {SystemHistory::WrittenColumn, {}, MemoryColors::series(2, pal)}},
                         this);
    m_rateChart->setTitle(tr("Pages dirtied and written out"));
    m_rateChart->setAccessibleName(tr("Bytes dirtied and written back per second"));

    QLabel *intro = ViewSetup::paragraph(this);
    intro->setText(
        tr("Programs that write files change pages in RAM first; the kernel writes them to disk later. Until then they are "
           "<i>dirty</i>. When Dirty passes the <b>background threshold</b>, the kernel's flusher threads start writing in the "
           "background while programs carry on. Once dirty pages and those being written pass the midpoint between the "
           "two lines, programs that write are slowed down, the more the closer they get to the <b>throttle threshold</b>; at it "
           "they wait until enough has been written: copies crawl and the desktop can stall."));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("writebackSplitter"));
    splitter->addWidget(m_dirtyChart);
    splitter->addWidget(m_rateChart);
    splitter->setSizes({450, 250});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_thresholds);
    layout->addWidget(splitter, 1);
}

void WritebackView::applySystem(const SystemSnapshot &snapshot)
{
    const Reading<DirtyThresholds> &thresholds = snapshot.dirtyThresholds;
    if (!thresholds.value) {
        m_thresholds->setText(tr("The thresholds are unknown: %1.").arg(thresholds.unavailableReason.toHtmlEscaped()));
        return;
    }
    const DirtyThresholds &t = *thresholds.value;
    const QString background = thresholdSource(snapshot, t.backgroundFromBytes, "dirty_background_ratio"_L1, "dirty_background_bytes"_L1, t.dirtyableBytes);
    const QString throttle = thresholdSource(snapshot, t.throttleFromBytes, "dirty_ratio"_L1, "dirty_bytes"_L1, t.dirtyableBytes);
    QString text = tr("Background threshold <b>%1</b> (%2); throttle threshold <b>%3</b> (%4).")
                       .arg(ByteFormat::human(t.backgroundBytes), background.toHtmlEscaped(), ByteFormat::human(t.throttleBytes), throttle.toHtmlEscaped());
    if (t.backgroundHalved)
        text += u' ' + tr("The background setting is not below the throttle one, so the kernel uses half the throttle threshold.");
    if (snapshot.meminfo.value) {
        if (const auto dirty = snapshot.meminfo.value->value("Dirty"))
            text += u' ' + tr("Dirty now: <b>%1</b>.").arg(ByteFormat::human(*dirty));
    }
    m_thresholds->setText(text);
}

QString WritebackView::thresholdsText() const
{
    return m_thresholds->text();
}
