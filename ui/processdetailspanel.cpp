// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "processdetailspanel.h"

#include "elidedlabel.h"
#include "historychart.h"
#include "memorycolors.h"

#include "format/byteformat.h"
#include "format/textescape.h"
#include "model/historymodel.h"
#include "model/mappingmodel.h"
#include "sample/changescope.h"
#include "snapshot/numaresidency.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace
{
enum HistoryColumn { RssHistory = 1, PssHistory, SwapHistory };

void showBytes(QLabel *label, std::optional<qint64> bytes, const QString &reason)
{
    label->setText(ByteFormat::humanOrDash(bytes));
    label->setToolTip(bytes ? ByteFormat::exact(*bytes) : reason);
}

void showNumber(QLabel *label, const Reading<qint64> &reading)
{
    label->setText(reading.value ? QString::number(*reading.value) : ByteFormat::unavailable());
    label->setToolTip(reading.value ? QString() : reading.unavailableReason);
}
}

ProcessDetailsPanel::ProcessDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new ElidedLabel(this))
    , m_command(new ElidedLabel(this))
    , m_figures(new QFormLayout)
    , m_history(new HistoryModel({tr("RSS"), tr("PSS"), tr("Swap")}, HistoryModel::defaultCapacity, this))
    , m_mappings(new MappingModel(this))
    , m_mappingView(new QTreeView(this))
    , m_mappingsNote(new QLabel(this))
    , m_adjustOom(new QPushButton(tr("Adjust &OOM score…"), this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setAccessibleName(tr("Process details"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    // Plain text cut to one line each: a name such as "<h1>x" is text, not markup, and a command
    // line of several KiB leaves the figures below their room.
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_command->setTextInteractionFlags(Qt::TextSelectableByMouse);

    addFigure(Rss, tr("RSS"), tr("Resident set size: everything of this process in RAM, shared pages counted in full."));
    addFigure(Pss, tr("PSS"), tr("Proportional set size: resident memory with each shared page divided among the processes that map it."));
    addFigure(PssAnon, tr("  anonymous"), tr("The part of PSS that is the process's own data: heap, stack, private copies."));
    addFigure(PssFile, tr("  file"), tr("The part of PSS that is file contents: the program, its libraries, mapped files."));
    addFigure(PssShmem, tr("  shared memory"), tr("The part of PSS in shared memory and tmpfs."));
    addFigure(Uss, tr("USS"), tr("Unique set size: pages only this process maps. Ending it frees at least this much."));
    addFigure(Shared, tr("Shared"), tr("Resident pages also mapped by other processes."));
    addFigure(Swap, tr("Swap"), tr("Memory of this process moved out to swap."));
    addFigure(SwapPss, tr("Swap PSS"), tr("Swap with each shared swapped page divided among the processes that map it."));
    addFigure(Gpu, tr("GPU"), tr("GPU memory of the graphics clients this process holds open, from the kernel's DRM statistics."));
    addFigure(GpuCard, tr("  on the card"), tr("Video memory on the graphics card (VRAM), outside the machine's RAM."));
    addFigure(GpuSystemRam, tr("  in system RAM"), tr("Buffers the driver keeps in the machine's RAM for the GPU (GTT)."));
    addNote(GpuDevices, tr("Each GPU this process uses, with its memory region by region as the driver names them."));
    addNote(GpuShared, tr("GPU clients other processes hold too (after a fork, or a descriptor passed): every sum counts them once."));
    addFigure(OomScore, tr("OOM score"), tr("How likely the kernel is to end this process when memory runs out; the highest score goes first."));
    addFigure(OomScoreAdj, tr("OOM adj"), tr("oom_score_adj: added to the score, from −1000 (never chosen) to 1000 (chosen first)."));
    addFigure(NumaNodes, tr("Per NUMA node"), tr("Where this process's resident memory is, node by node, from /proc/PID/numa_maps."));
    m_figures->setRowVisible(m_figureLabels[NumaNodes], false);

    m_chart = new HistoryChart(m_history,
                               HistoryChart::Style::Lines,
                               HistoryChart::Scale::Bytes,
                               {{RssHistory, tr("RSS"), MemoryColors::figure(MemoryColors::Figure::Rss, palette())},
                                {PssHistory, tr("PSS"), MemoryColors::figure(MemoryColors::Figure::Pss, palette())},
                                {SwapHistory, tr("Swap"), MemoryColors::figure(MemoryColors::Figure::Swap, palette())}},
                               this);
    m_chart->setTitle(tr("Since selected"));
    m_chart->setEmptyText(tr("Select a process to follow its memory here."));
    m_chart->setToolTip(tr("RSS, PSS and swap of this process since you selected it. A line that only rises may be a leak."));
    m_chart->setMinimumHeight(150);

    m_mappingView->setModel(m_mappings);
    m_mappingView->setAccessibleName(tr("Mappings"));
    m_mappingView->setSortingEnabled(false);
    m_mappingView->setAlternatingRowColors(true);
    m_mappingView->setUniformRowHeights(true);
    m_mappingView->setTextElideMode(Qt::ElideMiddle); // a path's file name is at its end
    m_mappingView->header()->setSectionResizeMode(MappingModel::NameColumn, QHeaderView::Stretch);
    m_mappingView->header()->setStretchLastSection(false);
    m_mappingsNote->setWordWrap(true);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_title);
    topLayout->addWidget(m_command);
    m_adjustOom->setToolTip(tr("Make the OOM killer more or less likely to end this process (asks for permission)."));
    connect(m_adjustOom, &QPushButton::clicked, this, [this] {
        if (m_process)
            Q_EMIT adjustOomScoreRequested(*m_process);
    });
    auto *figures = new QVBoxLayout;
    figures->addLayout(m_figures);
    figures->addWidget(m_adjustOom);
    figures->addStretch();
    auto *row = new QHBoxLayout;
    row->addLayout(figures);
    row->addWidget(m_chart, 1);
    topLayout->addLayout(row);
    topLayout->addWidget(m_figureLabels[GpuDevices]);
    topLayout->addWidget(m_figureLabels[GpuShared]);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_mappingView, 1);
    bottomLayout->addWidget(m_mappingsNote);
    m_splitter->setObjectName(QStringLiteral("detailsSplitter"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setProcess(std::nullopt);
}

void ProcessDetailsPanel::addFigure(Figure figure, const QString &label, const QString &explanation)
{
    auto *caption = new QLabel(label, this);
    caption->setToolTip(explanation);
    auto *value = new QLabel(ByteFormat::unavailable(), this);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setAccessibleName(label.trimmed());
    value->setAccessibleDescription(explanation);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_figures->addRow(caption, value);
    m_figureLabels[figure] = value;
}

void ProcessDetailsPanel::addNote(Figure figure, const QString &explanation)
{
    // A sentence under the figures and the chart, across the panel: device names are long.
    auto *note = new QLabel(this);
    note->setWordWrap(true);
    note->setToolTip(explanation);
    note->setAccessibleDescription(explanation);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    note->hide();
    m_figureLabels[figure] = note;
}

QString ProcessDetailsPanel::figureText(Figure figure) const
{
    return m_figureLabels[figure]->text();
}

void ProcessDetailsPanel::setChangeScope(const ChangeScope &scope)
{
    m_changeRefusal = scope.refusal();
    m_adjustOom->setEnabled(m_process.has_value() && scope.allowed());
    if (!scope.allowed())
        m_adjustOom->setToolTip(scope.refusal());
}

void ProcessDetailsPanel::setProcess(std::optional<ProcessKey> process)
{
    if (process == m_process)
        return;
    m_process = process;
    m_history->clear();
    m_mappings->setSnapshot({});
    for (QLabel *value : std::as_const(m_figureLabels)) {
        value->setText(ByteFormat::unavailable());
        value->setToolTip({});
    }
    m_title->setFullText(process ? tr("Process %1").arg(process->pid) : tr("No process selected"));
    m_command->setFullText(process ? QString() : tr("Select a process in the table to see its memory in detail."));
    m_mappingsNote->setText(process ? tr("Reading mappings…") : QString());
    m_chart->setEmptyText(process ? tr("Collecting: the line starts with the next refreshes.") : tr("Select a process to follow its memory here."));
    m_figures->setRowVisible(m_figureLabels[NumaNodes], false); // until its residency arrives
    showGpu(Reading<QList<GpuClient>>::missing({}));
    m_adjustOom->setEnabled(process.has_value() && m_changeRefusal.isEmpty());
}

void ProcessDetailsPanel::applyProcesses(const ProcessSnapshot &snapshot)
{
    if (!m_process)
        return;
    for (const ProcessRecord &record : snapshot.processes) {
        if (record.key == *m_process) {
            showRecord(record);
            const auto asDouble = [](std::optional<qint64> v) {
                return v ? std::optional<double>(double(*v)) : std::nullopt;
            };
            m_history->append(snapshot.sampledAtMs, {asDouble(record.rss.value), asDouble(record.pss()), asDouble(record.swap.value)});
            return;
        }
    }
    m_command->setFullText(tr("This process has ended."));
}

void ProcessDetailsPanel::showRecord(const ProcessRecord &record)
{
    // Name, user and command line are their owners' choosing: control and bidi characters shown.
    m_title->setFullText(tr("%1 — PID %2, user %3").arg(TextEscape::visible(record.name)).arg(record.key.pid).arg(TextEscape::visible(record.user)));
    m_command->setFullText(TextEscape::visible(record.displayCommand()));
    const QString &reason = record.smaps.unavailableReason;
    const auto smaps = [&](SmapsCounters::Field field) {
        return record.smaps.value ? record.smaps.value->value(field) : std::nullopt;
    };
    const QString notInKernel = tr("This kernel does not split PSS this way (Linux 5.8 and later do).");
    showBytes(m_figureLabels[Rss], record.rss.value, record.rss.unavailableReason);
    showBytes(m_figureLabels[Pss], record.pss(), reason);
    showBytes(m_figureLabels[PssAnon], smaps(SmapsCounters::PssAnon), record.smaps.value ? notInKernel : reason);
    showBytes(m_figureLabels[PssFile], smaps(SmapsCounters::PssFile), record.smaps.value ? notInKernel : reason);
    showBytes(m_figureLabels[PssShmem], smaps(SmapsCounters::PssShmem), record.smaps.value ? notInKernel : reason);
    showBytes(m_figureLabels[Uss], record.uss(), reason);
    showBytes(m_figureLabels[Shared], record.shared(), reason);
    showBytes(m_figureLabels[Swap], record.swap.value, record.swap.unavailableReason);
    showBytes(m_figureLabels[SwapPss], record.swapPss(), reason);
    showGpu(record.gpu);
    showNumber(m_figureLabels[OomScore], record.oomScore);
    showNumber(m_figureLabels[OomScoreAdj], record.oomScoreAdj);
}

void ProcessDetailsPanel::setGpuShown(bool shown)
{
    m_gpuShown = shown;
    m_figures->setRowVisible(m_figureLabels[Gpu], shown);
}

void ProcessDetailsPanel::showGpu(const Reading<QList<GpuClient>> &gpu)
{
    const QList<GpuClient> clients = gpu.value.value_or(QList<GpuClient>());
    showBytes(m_figureLabels[Gpu], gpu.value ? std::optional(GpuUsage::bytes(clients)) : std::nullopt, gpu.unavailableReason);
    m_figures->setRowVisible(m_figureLabels[Gpu], m_gpuShown);
    // The split and the devices only for a process that holds a GPU: most hold none.
    for (const Figure figure : {GpuCard, GpuSystemRam})
        m_figures->setRowVisible(m_figureLabels[figure], !clients.isEmpty());
    m_figureLabels[GpuDevices]->setVisible(!clients.isEmpty());
    m_figureLabels[GpuShared]->setVisible(std::any_of(clients.cbegin(), clients.cend(), [](const GpuClient &client) {
        return !client.sharedWith.isEmpty();
    }));
    if (clients.isEmpty())
        return;
    showBytes(m_figureLabels[GpuCard], GpuUsage::bytes(clients, GpuRegionKind::Card), {});
    showBytes(m_figureLabels[GpuSystemRam], GpuUsage::bytes(clients, GpuRegionKind::SystemRam), {});

    // Per device, each region summed over the process's clients of it; a region holding nothing
    // is left out. The tooltip has every client's figures as the driver wrote them.
    QMap<QString, QMap<QByteArray, qint64>> devices;
    QStringList perClient;
    QStringList sharers;
    for (const GpuClient &client : clients) {
        const QString device = client.drm.pdev.isEmpty() ? QString::fromUtf8(client.drm.driver)
                                                         : tr("%1 at %2").arg(QString::fromUtf8(client.drm.driver), QString::fromUtf8(client.drm.pdev));
        QMap<QByteArray, qint64> &regions = devices[device];
        QStringList figures;
        for (auto it = client.drm.regions.cbegin(); it != client.drm.regions.cend(); ++it) {
            const auto bytes = GpuRegion::bytes(it.value());
            regions[it.key()] += bytes.value_or(0);
            figures.append(tr("%1 %2").arg(QString::fromUtf8(it.key()), ByteFormat::humanOrDash(bytes)));
        }
        const QString id = client.drm.clientId ? QString::number(*client.drm.clientId) : tr("without an id");
        perClient.append(
            tr("%1, client %2: %3").arg(device, id, client.hasMemoryKeys() ? figures.join(QStringLiteral(", ")) : tr("the driver says nothing of its memory")));
        for (const qint64 pid : client.sharedWith)
            sharers.append(tr("Client %1 is also held by process %2; sums count it once.").arg(id).arg(pid));
    }
    QStringList lines;
    for (auto device = devices.cbegin(); device != devices.cend(); ++device) {
        QStringList regions;
        for (auto it = device->cbegin(); it != device->cend(); ++it) {
            if (it.value() > 0)
                regions.append(tr("%1 %2").arg(QString::fromUtf8(it.key()), ByteFormat::human(it.value())));
        }
        lines.append(tr("GPU %1: %2.").arg(device.key(), regions.isEmpty() ? tr("nothing resident") : regions.join(QStringLiteral(", "))));
    }
    m_figureLabels[GpuDevices]->setText(lines.join(u'\n'));
    m_figureLabels[GpuDevices]->setToolTip(perClient.join(u'\n'));
    m_figureLabels[GpuShared]->setText(sharers.join(u'\n'));
}

void ProcessDetailsPanel::applyNumaResidency(const NumaResidency &residency)
{
    if (!m_process || !(residency.process == *m_process))
        return;
    QLabel *label = m_figureLabels[NumaNodes];
    m_figures->setRowVisible(label, true);
    if (!residency.nodeBytes.value) {
        label->setText(ByteFormat::unavailable());
        label->setToolTip(residency.nodeBytes.unavailableReason);
        return;
    }
    QStringList parts;
    for (const NodeAmount &node : *residency.nodeBytes.value)
        parts.append(tr("node %1: %2").arg(node.node).arg(ByteFormat::human(node.amount)));
    label->setText(parts.isEmpty() ? tr("none resident") : parts.join(QStringLiteral(" · ")));
    label->setToolTip({});
}

void ProcessDetailsPanel::applyMappings(const MappingSnapshot &snapshot)
{
    if (!m_process || !(snapshot.process == *m_process))
        return;
    m_mappings->setSnapshot(snapshot);
    m_mappingsNote->setText(m_mappings->unavailableReason().isEmpty()
                                ? tr("Mappings grouped by what backs them; expand a file to see each of its address ranges.")
                                : tr("Mappings unavailable: %1").arg(m_mappings->unavailableReason()));
}
