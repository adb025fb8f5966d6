// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "processgrouping.h"

#include <QCoreApplication>
#include <QHash>

QStringView ProcessGrouping::applicationOf(const ProcessRecord &process)
{
    if (process.commandLine.isEmpty())
        return process.name;
    QStringView program = process.commandLine.constFirst();
    // A process that rewrote its title writes "sshd: alice [priv]" or "postgres: checkpointer",
    // one that joined its arguments "/opt/google/chrome/chrome --type=renderer ...", all into
    // the first argument: the program is what comes before. A space alone is no boundary, it
    // may be part of the path ("./odd prog").
    if (const qsizetype title = program.indexOf(u": "); title > 0)
        program.truncate(title);
    if (const qsizetype option = program.indexOf(u" -"); option > 0)
        program.truncate(option);
    if (const qsizetype slash = program.lastIndexOf(u'/'); slash >= 0)
        program = program.sliced(slash + 1);
    if (program.startsWith(u'-')) // a login shell: "-bash" is bash
        program = program.sliced(1);
    return program.isEmpty() ? QStringView(process.name) : program;
}

// Groups in order of their first member, members in snapshot order.
template<typename LabelOf>
static std::vector<ProcessModel::Node> groupBy(const QList<ProcessRecord> &processes, LabelOf labelOf)
{
    std::vector<ProcessModel::Node> groups;
    // Views into the records, which outlive this call; a group's own label is a copy.
    QHash<QStringView, size_t> groupOf;
    for (const ProcessRecord &process : processes) {
        const QStringView label = labelOf(process);
        auto found = groupOf.constFind(label);
        if (found == groupOf.cend()) {
            const QString text = label.toString();
            found = groupOf.insert(label, groups.size());
            groups.push_back({ProcessRowKey{{}, text}, ProcessGroup(text), {}});
        }
        ProcessModel::Node &group = groups[*found];
        std::get<ProcessGroup>(group.row).add(process);
        group.children.push_back({ProcessRowKey{process.key, {}}, process, {}});
    }
    return groups;
}

std::vector<ProcessModel::Node> ProcessGrouping::byApplication(const QList<ProcessRecord> &processes)
{
    const QString kernelThreads = QCoreApplication::translate("ProcessGrouping", "Kernel threads");
    return groupBy(processes, [&](const ProcessRecord &process) {
        return process.kernelThread ? QStringView(kernelThreads) : applicationOf(process);
    });
}

std::vector<ProcessModel::Node> ProcessGrouping::byUser(const QList<ProcessRecord> &processes)
{
    return groupBy(processes, [](const ProcessRecord &process) {
        return QStringView(process.user);
    });
}
