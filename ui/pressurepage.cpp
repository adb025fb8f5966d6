// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pressurepage.h"

#include "historychart.h"
#include "memorycolors.h"
#include "processfilterproxy.h"
#include "viewsetup.h"

#include "format/byteformat.h"
#include "format/textescape.h"
#include "model/killdescription.h"
#include "model/processmodel.h"
#include "model/systemhistory.h"
#include "read/killhistoryreader.h"
#include "snapshot/cgroupsnapshot.h"
#include "snapshot/systemsnapshot.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace
{
QString ratio(qint64 original, qint64 stored)
{
    return stored > 0 ? PressurePage::tr("%1 : 1").arg(QLocale().toString(double(original) / double(stored), 'f', 2)) : ByteFormat::unavailable();
}
}

PressurePage::PressurePage(SystemHistory *history, ProcessModel *processes, QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    m_splitter->setObjectName(QStringLiteral("pressureSplitter"));
    m_splitter->addWidget(createChartsRow(history));
    m_splitter->addWidget(createSwapRow());
    m_splitter->addWidget(createOomRow(processes));
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);
}

QWidget *PressurePage::createChartsRow(SystemHistory *history)
{
    const QPalette pal = palette();
    m_pressureChart = new HistoryChart(history->pressure(),
                                       HistoryChart::Style::Lines,
                                       HistoryChart::Scale::Percent,
                                       {{SystemHistory::SomeAvg10Column, {}, MemoryColors::series(0, pal)},
                                        {SystemHistory::FullAvg10Column, {}, MemoryColors::series(2, pal)},
                                        {SystemHistory::SomeRateColumn, {}, MemoryColors::series(1, pal)},
                                        {SystemHistory::FullRateColumn, {}, MemoryColors::series(3, pal)}},
                                       this);
    m_pressureChart->setTitle(tr("Memory pressure (PSI)"));
    m_pressureChart->setToolTip(
        tr("Share of time in which programs waited for memory. \"Some\": at least one task was stalled; \"full\": all "
           "running tasks were stalled at once, so the machine did no useful work. \"avg10\" is the kernel's 10-second average, \"now\" "
           "the share of the last refresh interval."));
    m_swapChart = new HistoryChart(history->activity(),
                                   HistoryChart::Style::Lines,
                                   HistoryChart::Scale::BytesPerSecond,
                                   {{SystemHistory::SwapInColumn, {}, MemoryColors::series(1, pal)},
                                    {SystemHistory::SwapOutColumn, {}, MemoryColors::figure(MemoryColors::Figure::Swap, pal)}},
                                   this);
    m_swapChart->setTitle(tr("Swap traffic"));
    m_swapChart->setToolTip(
        tr("Memory written out to swap and read back in, per second. Steady traffic both ways means the working set does "
           "not fit in RAM."));
    m_faultChart = new HistoryChart(history->activity(),
                                    HistoryChart::Style::Lines,
                                    HistoryChart::Scale::PerSecond,
                                    {{SystemHistory::MajorFaultColumn, {}, MemoryColors::series(4, pal)}},
                                    this);
    m_faultChart->setTitle(tr("Major page faults"));
    m_faultChart->setToolTip(tr("Times per second a program touched memory that had to be read from disk or swap first. Each one is a wait."));
    m_pressureNote = new QLabel(this);
    m_pressureNote->setWordWrap(true);
    m_pressureNote->setAccessibleName(tr("Memory pressure now"));

    auto *row = new QWidget(this);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_pressureChart, 3); // four series to name in its legend
    charts->addWidget(m_swapChart, 2);
    charts->addWidget(m_faultChart, 2);
    layout->addLayout(charts, 1);
    layout->addWidget(m_pressureNote);
    return row;
}

QWidget *PressurePage::createSwapRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *devicesBox = new QGroupBox(tr("Swap devices"), row);
    m_swapBox = devicesBox;
    auto *devicesLayout = new QVBoxLayout(devicesBox);
    m_swapNote = ViewSetup::paragraph(devicesBox, tr("Swap devices note"));
    m_swapNote->hide();
    devicesLayout->addWidget(m_swapNote);
    m_swapDevices = new QTreeWidget(devicesBox);
    ViewSetup::liveTree(m_swapDevices, QStringLiteral("swapDevices"), tr("Swap devices"));
    m_swapDevices->setSortingEnabled(false); // in the kernel's order, which is the order of use
    m_swapDevices->setRootIsDecorated(false);
    m_swapDevices->setHeaderLabels({tr("Device"), tr("Type"), tr("Size"), tr("Used"), tr("Priority")});
    m_swapDevices->headerItem()->setToolTip(4, tr("Higher priority is used first; devices of equal priority are used in turn."));
    m_swapDevices->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_swapDevices->header()->setStretchLastSection(false);
    devicesLayout->addWidget(m_swapDevices);

    auto *compressionBox = new QGroupBox(tr("Compressed memory"), row);
    auto *compressionLayout = new QVBoxLayout(compressionBox);
    m_compression = ViewSetup::paragraph(compressionBox, tr("zram and zswap"));
    compressionLayout->addWidget(m_compression);

    layout->addWidget(devicesBox, 3);
    layout->addWidget(compressionBox, 2);
    return row;
}

QWidget *PressurePage::createOomRow(ProcessModel *processes)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *rankingBox = new QGroupBox(tr("Next in line for the OOM killer"), row);
    auto *rankingLayout = new QVBoxLayout(rankingBox);
    m_oomProxy = new ProcessFilterProxy(this);
    m_oomProxy->setSourceModel(processes);
    m_oomRanking = new QTreeView(rankingBox);
    ViewSetup::liveTree(m_oomRanking, QStringLiteral("oomRanking"), tr("Processes by OOM score"));
    m_oomRanking->setModel(m_oomProxy);
    m_oomRanking->setRootIsDecorated(false);
    m_oomRanking->sortByColumn(ProcessModel::OomScoreColumn, Qt::DescendingOrder);
    for (const int column : {ProcessModel::PssColumn, ProcessModel::UssColumn, ProcessModel::SwapColumn, ProcessModel::SharedColumn})
        m_oomRanking->setColumnHidden(column, true);
    m_oomRanking->header()->resizeSection(ProcessModel::PidColumn, 70);
    m_oomRanking->header()->resizeSection(ProcessModel::NameColumn, 150);
    rankingLayout->addWidget(m_oomRanking);
    auto *rankingNote = new QLabel(tr("When memory runs out, the kernel ends the process with the highest score. The score grows with the "
                                      "memory a process uses; oom_score_adj moves it up or down."),
                                   rankingBox);
    rankingNote->setWordWrap(true);
    rankingLayout->addWidget(rankingNote);

    auto *killsBox = new QGroupBox(tr("OOM kills"), row);
    auto *killsLayout = new QVBoxLayout(killsBox);
    m_oomKills = ViewSetup::paragraph(killsBox, tr("OOM kill count"));
    m_oomKills->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    killsLayout->addWidget(m_oomKills);
    m_killHistory = new QTreeWidget(killsBox);
    ViewSetup::liveTree(m_killHistory, QStringLiteral("killHistory"), tr("OOM kill history"));
    m_killHistory->setSortingEnabled(false); // newest first, as the log is read
    m_killHistory->setRootIsDecorated(false);
    m_killHistory->setHeaderLabels({tr("Time"), tr("Process"), tr("RSS"), tr("Why"), tr("OOM adj")});
    m_killHistory->headerItem()->setToolTip(2, tr("What the process had in RAM when it was killed: anonymous, file and shared memory."));
    m_killHistory->headerItem()->setToolTip(
        3,
        tr("The whole system ran out of memory, or a control group reached its limit (the kernel's OOM killer); or systemd-oomd or earlyoom "
           "acted first, on pressure, swap or available memory."));
    m_killHistory->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_killHistory->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_killHistory->header()->setStretchLastSection(false);
    killsLayout->addWidget(m_killHistory, 1);
    m_killNote = new QLabel(tr("Reading the kernel log…"), killsBox);
    m_killNote->setWordWrap(true);
    killsLayout->addWidget(m_killNote);

    layout->addWidget(rankingBox, 1);
    layout->addWidget(killsBox, 1);
    return row;
}

void PressurePage::applySystem(const SystemSnapshot &snapshot)
{
    m_forecast.append(snapshot);
    QString note = snapshot.memoryPressure.value
        ? tr("Now: some %1 %, full %2 % of the last 10 seconds.")
              .arg(QLocale().toString(snapshot.memoryPressure.value->some ? snapshot.memoryPressure.value->some->avg10 : 0.0, 'f', 2),
                   QLocale().toString(snapshot.memoryPressure.value->full ? snapshot.memoryPressure.value->full->avg10 : 0.0, 'f', 2))
        : tr("Memory pressure is unavailable: %1").arg(snapshot.memoryPressure.unavailableReason);
    // Said only when it is near: a slow drift over hours is no warning.
    if (const auto forecast = m_forecast.forecast(); forecast && forecast->secondsLeft && *forecast->secondsLeft < 600) {
        const int seconds = int(std::ceil(*forecast->secondsLeft));
        note += u' '
            + (seconds < 90 ? tr("At this rate, available memory and free swap run out in about %1 s.").arg(seconds)
                            : tr("At this rate, available memory and free swap run out in about %1 min.").arg((seconds + 30) / 60));
    }
    m_pressureNote->setText(note);

    const QList<SwapDevice> devices = snapshot.swaps.value.value_or(QList<SwapDevice>());
    ViewSetup::setItemCount(m_swapDevices, int(devices.size()));
    for (qsizetype i = 0; i < devices.size(); ++i) {
        const SwapDevice &device = devices[i];
        QTreeWidgetItem *item = m_swapDevices->topLevelItem(int(i));
        const bool zram = device.path.startsWith(QLatin1String("/dev/zram"));
        item->setText(0, device.path);
        item->setText(1, zram ? tr("zram (compressed RAM)") : QString::fromLatin1(device.type));
        ViewSetup::setBytes(item, 2, device.sizeBytes);
        ViewSetup::setBytes(item, 3, device.usedBytes);
        ViewSetup::setFigure(item, 4, QString::number(device.priority));
    }
    // Why there is nothing to list goes inside the box, where it wraps; a title does not.
    m_swapBox->setTitle(tr("Swap devices"));
    m_swapNote->setText(!snapshot.swaps.value   ? tr("Unavailable: %1").arg(snapshot.swaps.unavailableReason.toHtmlEscaped())
                            : devices.isEmpty() ? tr("None active: memory that is not cache can only stay in RAM.")
                                                : QString());
    m_swapNote->setVisible(!m_swapNote->text().isEmpty());

    showCompression(snapshot);
    if (snapshot.vmstat.value)
        m_systemOomKills = snapshot.vmstat.value->value("oom_kill");
    showOomKills();
}

void PressurePage::showCompression(const SystemSnapshot &snapshot)
{
    QStringList parts;
    const QList<ZramDevice> zram = snapshot.zram.value.value_or(QList<ZramDevice>());
    for (const ZramDevice &device : zram) {
        const QString algorithm = device.compAlgorithm.value.value_or(tr("unknown algorithm"));
        if (!device.stats.value) {
            parts.append(tr("<b>%1</b> (%2): %3").arg(device.name, algorithm, device.stats.unavailableReason.toHtmlEscaped()));
        } else if (device.disksizeBytes.value.value_or(0) == 0) {
            parts.append(tr("<b>%1</b>: not set up.").arg(device.name));
        } else {
            const ZramStats &stats = *device.stats.value;
            const auto compression = stats.compressionRatio();
            parts.append(tr("<b>%1</b> (%2, %3): holds %4 of data compressed to %5 (ratio %6); with its overhead it takes %7 of RAM.")
                             .arg(device.name,
                                  algorithm,
                                  ByteFormat::human(*device.disksizeBytes.value),
                                  ByteFormat::human(stats.origDataBytes),
                                  ByteFormat::human(stats.comprDataBytes),
                                  compression ? tr("%1 : 1").arg(QLocale().toString(*compression, 'f', 2)) : ByteFormat::unavailable(),
                                  ByteFormat::human(stats.memUsedTotalBytes)));
        }
    }
    if (zram.isEmpty())
        parts.append(snapshot.zram.value ? tr("<b>zram</b>: no zram devices.") : tr("<b>zram</b>: %1").arg(snapshot.zram.unavailableReason.toHtmlEscaped()));
    const NamedValues *meminfo = snapshot.meminfo.value ? &*snapshot.meminfo.value : nullptr;
    const auto zswap = meminfo ? meminfo->value("Zswap") : std::nullopt;
    const auto zswapped = meminfo ? meminfo->value("Zswapped") : std::nullopt;
    if (zswapped && *zswapped == 0) {
        parts.append(tr("<b>zswap</b> holds nothing: it is off, or nothing has been swapped out since it was turned on."));
    } else if (zswap && zswapped) {
        parts.append(tr("<b>zswap</b> keeps %1 of swapped pages compressed in %2 of RAM (ratio %3) before they reach the swap device.")
                         .arg(ByteFormat::human(*zswapped), ByteFormat::human(*zswap), ratio(*zswapped, *zswap)));
    } else {
        parts.append(tr("<b>zswap</b>: this kernel does not report it (Zswap and Zswapped in meminfo, Linux 5.19 and later)."));
    }
    m_compression->setText(parts.join(QStringLiteral("<br><br>")));
}

void PressurePage::applyCgroups(const CgroupSnapshot &snapshot)
{
    m_cgroupOomKills.clear();
    for (const CgroupRecord &cgroup : snapshot.cgroups) {
        const auto kills = cgroup.events.value ? cgroup.events.value->value("oom_kill") : std::nullopt;
        if (kills && *kills > 0 && cgroup.path != u"/")
            m_cgroupOomKills.append(tr("%1: %2").arg(cgroup.path.toHtmlEscaped(), QLocale().toString(*kills)));
    }
    showOomKills();
}

void PressurePage::showOomKills()
{
    QString text = m_systemOomKills ? tr("The OOM killer has ended <b>%1</b> processes since boot.").arg(QLocale().toString(*m_systemOomKills))
                                    : tr("This kernel does not count OOM kills (oom_kill in /proc/vmstat, Linux 4.13 and later).");
    if (!m_cgroupOomKills.isEmpty())
        text += QStringLiteral("<br>") + tr("In control groups: %1").arg(m_cgroupOomKills.join(QStringLiteral(", ")));
    m_oomKills->setText(text);
}

// The ranking re-sorts only while it can be seen.
void PressurePage::showEvent(QShowEvent *event)
{
    m_oomProxy->setDynamicSortFilter(true);
    QWidget::showEvent(event);
}

void PressurePage::hideEvent(QHideEvent *event)
{
    m_oomProxy->setDynamicSortFilter(false);
    QWidget::hideEvent(event);
}

void PressurePage::applyKillHistory(const KillHistory &history)
{
    const QLocale locale;
    m_killHistory->clear();
    // Newest first: the kill the user is wondering about is usually the last one.
    for (qsizetype i = history.kills.size() - 1; i >= 0; --i) {
        const OomKill &kill = history.kills[i];
        auto *item = new QTreeWidgetItem(m_killHistory);
        item->setText(0, kill.timeMs ? locale.toString(QDateTime::fromMSecsSinceEpoch(*kill.timeMs), QLocale::ShortFormat) : ByteFormat::unavailable());
        item->setText(1, KillDescription::victim(kill));
        item->setToolTip(1, TextEscape::visible(kill.cgroup));
        item->setText(2, ByteFormat::humanOrDash(KillDescription::heldBytes(kill)));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (kill.killer == OomKiller::Kernel && kill.anonRssBytes && kill.fileRssBytes && kill.shmemRssBytes) {
            item->setToolTip(2,
                             tr("anonymous %1, file %2, shared memory %3")
                                 .arg(ByteFormat::human(*kill.anonRssBytes), ByteFormat::human(*kill.fileRssBytes), ByteFormat::human(*kill.shmemRssBytes)));
        }
        item->setText(3, KillDescription::reason(kill));
        item->setToolTip(3,
                         kill.killer != OomKiller::Kernel ? KillDescription::reason(kill)
                             : kill.cgroup.isEmpty()      ? kill.trigger
                                                          : tr("%1; the process was in %2").arg(kill.trigger, kill.cgroup));
        item->setText(4, kill.oomScoreAdj ? QString::number(*kill.oomScoreAdj) : ByteFormat::unavailable());
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
    }
    QString note;
    if (!history.unavailableReason.isEmpty())
        note = history.unavailableReason;
    else if (history.kills.isEmpty())
        note = tr("No OOM kills in the %1.").arg(history.source);
    else
        note = tr("From the %1.").arg(history.source);
    if (!history.problem.isEmpty())
        note += QLatin1Char(' ') + tr("Some messages were only partly understood: %1").arg(history.problem);
    m_killNote->setText(note);
}

QString PressurePage::killHistoryNote() const
{
    return m_killNote->text();
}

QString PressurePage::compressionText() const
{
    return m_compression->text();
}

QString PressurePage::oomKillText() const
{
    return m_oomKills->text();
}
