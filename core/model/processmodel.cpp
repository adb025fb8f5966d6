// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "processmodel.h"

#include "format/byteformat.h"
#include "format/textescape.h"
#include "model/modelroles.h"
#include "model/processgrouping.h"

#include <QDateTime>
#include <QLocale>
#include <QSet>

ProcessModel::ProcessModel(Layout layout, QObject *parent)
    : KeyedTreeModel(ColumnCount, parent)
    , m_layout(layout)
{
}

// Tree: a process whose parent is not in the snapshot (pid 1, kthreadd, or a parent that ended)
// is a top-level row.
static std::vector<ProcessModel::Node> treeByParent(const QList<ProcessRecord> &processes)
{
    using Node = ProcessModel::Node;
    QHash<qint64, qsizetype> byPid;
    for (qsizetype i = 0; i < processes.size(); ++i)
        byPid.insert(processes[i].key.pid, i);
    QHash<qsizetype, QList<qsizetype>> childrenOf;
    QList<qsizetype> roots;
    for (qsizetype i = 0; i < processes.size(); ++i) {
        const auto parent = byPid.constFind(processes[i].ppid);
        if (parent == byPid.cend() || *parent == i)
            roots.append(i);
        else
            childrenOf[*parent].append(i);
    }
    QSet<qsizetype> visited; // guards against a parent loop in a corrupt capture
    const std::function<Node(qsizetype)> build = [&](qsizetype i) {
        visited.insert(i);
        Node node{{processes[i].key, {}}, processes[i], {}};
        for (const qsizetype child : childrenOf.value(i)) {
            if (!visited.contains(child))
                node.children.push_back(build(child));
        }
        return node;
    };
    std::vector<Node> tree;
    for (const qsizetype root : std::as_const(roots))
        tree.push_back(build(root));
    return tree;
}

void ProcessModel::setSnapshot(const ProcessSnapshot &snapshot)
{
    const QList<ProcessRecord> &processes = snapshot.processes;
    switch (m_layout) {
    case Layout::Flat: {
        std::vector<Node> rows;
        rows.reserve(size_t(processes.size()));
        for (const ProcessRecord &process : processes)
            rows.push_back({{process.key, {}}, process, {}});
        apply(std::move(rows));
        return;
    }
    case Layout::TreeByParent:
        apply(treeByParent(processes));
        return;
    case Layout::ByApplication:
        apply(ProcessGrouping::byApplication(processes));
        return;
    case Layout::ByUser:
        apply(ProcessGrouping::byUser(processes));
        return;
    }
}

static bool isByteColumn(int column)
{
    switch (column) {
    case ProcessModel::RssColumn:
    case ProcessModel::PssColumn:
    case ProcessModel::UssColumn:
    case ProcessModel::SwapColumn:
    case ProcessModel::SharedColumn:
    case ProcessModel::AnonHugePagesColumn:
    case ProcessModel::GpuColumn:
        return true;
    default:
        return false;
    }
}

ByteCell ProcessModel::figure(const ProcessRecord &process, int column)
{
    // A figure missing from smaps that was read in part is explained by what was wrong with it.
    const QString &smapsReason = process.smaps.available() ? process.smaps.problem : process.smaps.unavailableReason;
    switch (column) {
    case ProcessModel::PidColumn:
        return {process.key.pid, {}};
    case ProcessModel::RssColumn:
        return {process.rss.value, process.rss.unavailableReason};
    case ProcessModel::PssColumn:
        return {process.pss(), smapsReason};
    case ProcessModel::UssColumn:
        return {process.uss(), smapsReason};
    case ProcessModel::SwapColumn:
        return {process.swap.value, process.swap.unavailableReason};
    case ProcessModel::SharedColumn:
        return {process.shared(), smapsReason};
    case ProcessModel::AnonHugePagesColumn:
        return {process.anonHugePages(), smapsReason};
    case ProcessModel::GpuColumn:
        return {process.gpuBytes(), process.gpu.unavailableReason};
    case ProcessModel::OomScoreColumn:
        return {process.oomScore.value, process.oomScore.unavailableReason};
    case ProcessModel::OomScoreAdjColumn:
        return {process.oomScoreAdj.value, process.oomScoreAdj.unavailableReason};
    case ProcessModel::NameColumn:
    case ProcessModel::UserColumn:
    case ProcessModel::CommandColumn:
    case ProcessModel::ColumnCount:
        break;
    }
    return {};
}

static QString textOf(const ProcessRecord &process, int column)
{
    switch (column) {
    case ProcessModel::NameColumn:
        return process.name;
    case ProcessModel::UserColumn:
        return process.user;
    case ProcessModel::CommandColumn:
        return process.displayCommand();
    default:
        return {};
    }
}

static bool isTextColumn(int column)
{
    return column == ProcessModel::NameColumn || column == ProcessModel::UserColumn || column == ProcessModel::CommandColumn;
}

// What a process row or a group row shows in a numeric column: one path for both.
static QVariant numericData(const ByteCell &cell, int column, int role)
{
    if (isByteColumn(column))
        return cell.data(role);
    // Counts and scores: the same cell, written as a plain number.
    if (role == Qt::DisplayRole && cell.bytes)
        return QString::number(*cell.bytes);
    return role == Qt::ToolTipRole && cell.bytes ? QVariant() : cell.data(role);
}

// Where a process's GPU memory is, and which of its clients other processes hold too.
static QString gpuToolTip(const QList<GpuClient> &clients, const QString &figure)
{
    if (clients.isEmpty())
        return ProcessModel::tr("No GPU open");
    QStringList lines{figure};
    lines.append(ProcessModel::tr("On the card: %1").arg(ByteFormat::human(GpuUsage::bytes(clients, GpuRegionKind::Card))));
    lines.append(ProcessModel::tr("In system RAM: %1").arg(ByteFormat::human(GpuUsage::bytes(clients, GpuRegionKind::SystemRam))));
    QStringList sharers;
    for (const GpuClient &client : clients) {
        for (const qint64 pid : client.sharedWith)
            sharers.append(QString::number(pid));
    }
    if (!sharers.isEmpty()) {
        sharers.removeDuplicates();
        lines.append(ProcessModel::tr("Shared with process %1, which holds the same GPU client: sums count it once.").arg(sharers.join(u", ")));
    }
    return lines.join(u'\n');
}

static QVariant processData(const ProcessRecord &process, int column, int role)
{
    switch (role) {
    case ModelRoles::PidRole:
        return process.key.pid;
    case ModelRoles::KeyRole:
        return QStringLiteral("%1:%2").arg(process.key.pid).arg(process.key.startTime);
    case ModelRoles::KernelThreadRole:
        return process.kernelThread;
    case ModelRoles::GroupRole:
        return false;
    case ModelRoles::FilterTextRole:
        return QStringList{process.name, process.user, process.displayCommand(), process.cgroup}.join(u'\n');
    default:
        break;
    }
    if (isTextColumn(column)) {
        // Shown, names are other processes' bytes with their control and bidi characters made
        // visible; the raw value stays exact.
        if (role == Qt::DisplayRole || (role == Qt::ToolTipRole && column == ProcessModel::CommandColumn))
            return TextEscape::visible(textOf(process, column));
        return role == ModelRoles::RawValueRole ? QVariant(textOf(process, column)) : QVariant();
    }
    const QVariant value = numericData(ProcessModel::figure(process, column), column, role);
    if (role == Qt::ToolTipRole && column == ProcessModel::GpuColumn && process.gpu.value)
        return gpuToolTip(*process.gpu.value, value.toString());
    // Incremental sampling keeps a process's figures until its memory moves or they reach the age
    // bound: the tooltip says when they were read. A clock time, not an age, so that a row that
    // was not read again does not change.
    if (role == Qt::ToolTipRole && isByteColumn(column) && value.isValid() && process.readAtMs > 0) {
        const QTime readAt = QDateTime::fromMSecsSinceEpoch(process.readAtMs).time();
        return QString(value.toString() + u'\n' + ProcessModel::tr("Read at %1").arg(QLocale().toString(readAt, QLocale::LongFormat)));
    }
    return value;
}

static QVariant groupData(const ProcessGroup &group, int column, int role)
{
    switch (role) {
    case ModelRoles::PidRole:
        return {};
    case ModelRoles::KeyRole:
        return QString(QStringLiteral("group:") + group.label());
    case ModelRoles::KernelThreadRole:
        return group.allKernelThreads();
    case ModelRoles::GroupRole:
        return true;
    case ModelRoles::FilterTextRole:
        // The label, so filtering by an application or a user keeps its group; a member that
        // matches keeps it too (the proxy filters recursively).
        return QString(group.label() + u'\n' + group.user());
    default:
        break;
    }
    const auto members = [&] {
        return ProcessModel::tr("%n processes", nullptr, group.memberCount());
    };
    switch (column) {
    case ProcessModel::PidColumn: // a group has no pid; its member count is in the Command column
        return {};
    case ProcessModel::NameColumn:
        if (role == Qt::DisplayRole || role == ModelRoles::RawValueRole)
            return role == Qt::DisplayRole ? TextEscape::visible(group.label()) : group.label();
        return role == Qt::ToolTipRole ? QVariant(members()) : QVariant();
    case ProcessModel::UserColumn:
        if (role == Qt::DisplayRole || role == ModelRoles::RawValueRole)
            return role == Qt::DisplayRole ? TextEscape::visible(group.user()) : group.user();
        return {};
    case ProcessModel::CommandColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return members();
        return role == ModelRoles::RawValueRole ? QVariant(group.memberCount()) : QVariant();
    default:
        return numericData(group.figure(column), column, role);
    }
}

QVariant ProcessModel::data(const QModelIndex &index, int role) const
{
    const ProcessRow *row = rowAt(index);
    if (!row)
        return {};
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return isTextColumn(column) ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (const auto *group = std::get_if<ProcessGroup>(row))
        return groupData(*group, column, role);
    return processData(std::get<ProcessRecord>(*row), column, role);
}

QVariant ProcessModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case PidColumn:
            return tr("PID");
        case NameColumn:
            return tr("Name");
        case UserColumn:
            return tr("User");
        case RssColumn:
            return tr("RSS");
        case PssColumn:
            return tr("PSS");
        case UssColumn:
            return tr("USS");
        case SwapColumn:
            return tr("Swap");
        case SharedColumn:
            return tr("Shared");
        case AnonHugePagesColumn:
            return tr("Huge pages");
        case GpuColumn:
            return tr("GPU");
        case OomScoreColumn:
            return tr("OOM score");
        case OomScoreAdjColumn:
            return tr("OOM adj");
        case CommandColumn:
            return tr("Command");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case RssColumn:
            return tr("Resident set size: memory of this process that is in RAM, counting shared pages in full.");
        case PssColumn:
            return tr(
                "Proportional set size: resident memory with each shared page divided among the processes that map it. PSS of all processes adds up to the "
                "memory they really use.");
        case UssColumn:
            return tr("Unique set size: memory only this process maps; what ending it would free.");
        case SwapColumn:
            return tr("Memory of this process that has been moved out to swap.");
        case SharedColumn:
            return tr("Resident pages this process shares with at least one other process.");
        case AnonHugePagesColumn:
            return tr(
                "Anonymous memory of this process in transparent huge pages (AnonHugePages): huge pages (2 MiB on x86-64) the kernel gave it on its own.");
        case GpuColumn:
            return tr(
                "GPU memory of the graphics clients this process holds open (/dev/dri), on the card and in system RAM, from the kernel's DRM "
                "statistics. A client several processes hold is counted once in every sum.");
        case OomScoreColumn:
            return tr("How likely the kernel is to end this process when memory runs out (0–1000 and up; higher is likelier).");
        case OomScoreAdjColumn:
            return tr("The adjustment added to the OOM score, from −1000 (never chosen) to 1000 (chosen first).");
        }
    }
    return {};
}

QList<int> ProcessModel::valueRoles() const
{
    return {Qt::DisplayRole,
            Qt::ToolTipRole,
            ModelRoles::RawValueRole,
            ModelRoles::UnavailableReasonRole,
            ModelRoles::FilterTextRole,
            ModelRoles::KernelThreadRole};
}
