// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cgroupmodel.h"

#include "format/textescape.h"
#include "model/bytecell.h"
#include "model/modelroles.h"

#include <QLocale>

CgroupModel::CgroupModel(QObject *parent)
    : KeyedTreeModel(ColumnCount, parent)
{
}

void CgroupModel::setCgroups(const CgroupSnapshot &snapshot)
{
    m_cgroups = snapshot;
    rebuild();
}

void CgroupModel::setProcesses(const ProcessSnapshot &snapshot)
{
    m_processes = snapshot.processes;
    rebuild();
}

static QString parentPath(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

void CgroupModel::rebuild()
{
    const QList<CgroupRecord> &cgroups = m_cgroups.cgroups;
    QHash<QString, qsizetype> byPath;
    for (qsizetype i = 0; i < cgroups.size(); ++i)
        byPath.insert(cgroups[i].path, i);

    // A process goes under its cgroup, or the nearest ancestor the walk found (a cgroup created
    // after the cgroups were read).
    QHash<qsizetype, QList<const ProcessRecord *>> processesOf;
    for (const ProcessRecord &process : std::as_const(m_processes)) {
        // Kernel threads sit in the root group but own no memory of their own to show there.
        if (process.cgroup.isEmpty() || process.kernelThread)
            continue;
        QString path = process.cgroup;
        while (!byPath.contains(path) && path != u"/")
            path = parentPath(path);
        const auto found = byPath.constFind(path);
        if (found != byPath.cend())
            processesOf[*found].append(&process);
    }

    QHash<qsizetype, QList<qsizetype>> childrenOf;
    QList<qsizetype> roots;
    for (qsizetype i = 0; i < cgroups.size(); ++i) {
        const auto parent = cgroups[i].path == u"/" ? byPath.cend() : byPath.constFind(parentPath(cgroups[i].path));
        if (parent == byPath.cend())
            roots.append(i);
        else
            childrenOf[*parent].append(i);
    }

    const std::function<Node(qsizetype)> build = [&](qsizetype i) {
        const CgroupRecord &record = cgroups[i];
        const QString name = record.path == u"/" ? record.path : record.path.mid(record.path.lastIndexOf(u'/') + 1);
        Node node{record.path, {name, record, 0, {}, {}}, {}};
        for (const qsizetype child : childrenOf.value(i))
            node.children.push_back(build(child));
        for (const ProcessRecord *process : processesOf.value(i)) {
            const QString key = QStringLiteral("pid:%1:%2").arg(process->key.pid).arg(process->key.startTime);
            node.children.push_back({key, {process->name, std::nullopt, process->key.pid, process->rss, process->swap}, {}});
        }
        return node;
    };
    std::vector<Node> tree;
    for (const qsizetype root : std::as_const(roots))
        tree.push_back(build(root));
    apply(std::move(tree));
}

namespace
{
// A cell's value: bytes, a percentage, "no limit", or unavailable with the reason.
struct Cell {
    std::optional<qint64> bytes;
    std::optional<double> percent;
    bool unlimited = false;
    QString reason;
};

Cell limitCell(const Reading<MemoryLimit> &limit)
{
    if (!limit.value)
        return {std::nullopt, std::nullopt, false, limit.unavailableReason};
    return {limit.value->unlimited ? std::nullopt : std::optional<qint64>(limit.value->bytes), std::nullopt, limit.value->unlimited, {}};
}

Cell pressureCell(const Reading<Pressure> &pressure, bool full)
{
    if (!pressure.value)
        return {std::nullopt, std::nullopt, false, pressure.unavailableReason};
    const auto &line = full ? pressure.value->full : pressure.value->some;
    if (!line)
        return {std::nullopt, std::nullopt, false, CgroupModel::tr("the pressure file has no such line")};
    return {std::nullopt, line->avg10, false, {}};
}

// A count, not bytes: the caller writes it as a plain number.
Cell oomKillsCell(const Reading<NamedValues> &events)
{
    if (!events.value)
        return {std::nullopt, std::nullopt, false, events.unavailableReason};
    const auto kills = events.value->value("oom_kill");
    return {kills, std::nullopt, false, kills ? QString() : CgroupModel::tr("this kernel does not count OOM kills per group")};
}

Cell cellOf(const CgroupRow &row, int column)
{
    if (!row.cgroup) {
        if (column == CgroupModel::CurrentColumn)
            return {row.rss.value, std::nullopt, false, row.rss.unavailableReason};
        if (column == CgroupModel::SwapColumn)
            return {row.swap.value, std::nullopt, false, row.swap.unavailableReason};
        return {};
    }
    const CgroupRecord &cgroup = *row.cgroup;
    switch (column) {
    case CgroupModel::CurrentColumn:
        return {cgroup.current.value, std::nullopt, false, cgroup.current.unavailableReason};
    case CgroupModel::MaxColumn:
        return limitCell(cgroup.max);
    case CgroupModel::HighColumn:
        return limitCell(cgroup.high);
    case CgroupModel::SwapColumn:
        return {cgroup.swapCurrent.value, std::nullopt, false, cgroup.swapCurrent.unavailableReason};
    case CgroupModel::PressureSomeColumn:
        return pressureCell(cgroup.pressure, false);
    case CgroupModel::PressureFullColumn:
        return pressureCell(cgroup.pressure, true);
    case CgroupModel::OomKillsColumn:
        return oomKillsCell(cgroup.events);
    default:
        return {};
    }
}
} // namespace

QVariant CgroupModel::data(const QModelIndex &index, int role) const
{
    const CgroupRow *row = rowAt(index);
    if (!row)
        return {};
    const int column = index.column();
    switch (role) {
    case ModelRoles::PidRole:
        return row->cgroup ? QVariant() : QVariant(row->pid);
    case ModelRoles::KeyRole:
        return *keyAt(index);
    case Qt::TextAlignmentRole:
        return column == NameColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        break;
    }
    if (column == NameColumn) {
        if (role == Qt::DisplayRole)
            return row->cgroup ? TextEscape::visible(row->name) : tr("%1 (%2)").arg(TextEscape::visible(row->name)).arg(row->pid);
        if (role == ModelRoles::RawValueRole)
            return row->name;
        if (role == Qt::ToolTipRole && row->cgroup)
            return row->cgroup->path;
        return {};
    }
    const Cell cell = cellOf(*row, column);
    const bool processRowWithoutColumn = !row->cgroup && column != CurrentColumn && column != SwapColumn;
    if (processRowWithoutColumn)
        return {};
    if (cell.unlimited)
        return role == Qt::DisplayRole ? QVariant(tr("no limit")) : QVariant();
    if (cell.percent) {
        if (role == Qt::DisplayRole)
            return QString(QLocale().toString(*cell.percent, 'f', 2) + QStringLiteral(" %"));
        return role == ModelRoles::RawValueRole ? QVariant(*cell.percent) : QVariant();
    }
    if (column == OomKillsColumn && cell.bytes && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
        return role == Qt::DisplayRole ? QVariant(QLocale().toString(*cell.bytes)) : QVariant();
    return ByteCell{cell.bytes, cell.reason}.data(role);
}

QVariant CgroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CurrentColumn:
            return tr("Memory charged to the group now, page cache included (memory.current; memory.usage_in_bytes on cgroup v1).");
        case MaxColumn:
            return tr("The hard limit: above it the kernel reclaims, and if it cannot, the OOM killer ends a process of the group.");
        case HighColumn:
            return tr("The soft limit: above it the group's processes are slowed down and pushed to reclaim.");
        case PressureSomeColumn:
            return tr("Share of the last 10 seconds in which at least one process of the group waited for memory.");
        case PressureFullColumn:
            return tr("Share of the last 10 seconds in which every process of the group waited for memory at once.");
        case OomKillsColumn:
            return tr("Processes of this group the OOM killer has ended since the group was created (oom_kill in memory.events).");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Control group");
    case CurrentColumn:
        return tr("Current");
    case MaxColumn:
        return tr("Max");
    case HighColumn:
        return tr("High");
    case SwapColumn:
        return tr("Swap");
    case PressureSomeColumn:
        return tr("Pressure (some)");
    case PressureFullColumn:
        return tr("Pressure (full)");
    case OomKillsColumn:
        return tr("OOM kills");
    }
    return {};
}

QList<int> CgroupModel::valueRoles() const
{
    return {Qt::DisplayRole, Qt::ToolTipRole, ModelRoles::RawValueRole, ModelRoles::UnavailableReasonRole};
}
