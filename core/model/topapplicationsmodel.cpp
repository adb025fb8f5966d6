// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "topapplicationsmodel.h"

#include "format/byteformat.h"
#include "format/textescape.h"
#include "model/bytecell.h"
#include "model/modelroles.h"
#include "model/processgrouping.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace
{
QString processCount(int count)
{
    return count == 1 ? TopApplicationsModel::tr("1 process") : TopApplicationsModel::tr("%1 processes").arg(count);
}
}

TopApplicationsModel::TopApplicationsModel(int shown, QObject *parent)
    : KeyedTreeModel(ColumnCount, parent)
    , m_shown(shown)
{
}

void TopApplicationsModel::setProcesses(const QList<ProcessRecord> &processes, std::optional<qint64> memTotal)
{
    QHash<QStringView, TopApplication> byName;
    for (const ProcessRecord &process : processes) {
        if (process.kernelThread)
            continue;
        TopApplication &application = byName[ProcessGrouping::applicationOf(process)];
        ++application.processes;
        if (const std::optional<qint64> pss = process.pss())
            application.pss += *pss;
        else
            ++application.unreadable;
    }
    std::vector<std::pair<QStringView, TopApplication>> ranked;
    ranked.reserve(size_t(byName.size()));
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        ranked.emplace_back(it.key(), it.value());
    std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return a.second.pss != b.second.pss ? a.second.pss > b.second.pss : a.first < b.first;
    });
    const size_t shown = std::min(ranked.size(), size_t(m_shown));
    const qint64 largest = ranked.empty() ? 0 : ranked.front().second.pss;
    std::vector<Node> rows;
    rows.reserve(shown);
    for (size_t i = 0; i < shown; ++i) {
        TopApplication application = ranked[i].second;
        application.name = ranked[i].first.toString();
        application.shareOfLargest = largest > 0 ? double(application.pss) / double(largest) : 0;
        application.shareOfRam = memTotal && *memTotal > 0 ? double(application.pss) / double(*memTotal) : 0;
        rows.push_back({application.name, application, {}});
    }
    m_rest = {};
    for (size_t i = shown; i < ranked.size(); ++i) {
        ++m_rest.applications;
        m_rest.pss += ranked[i].second.pss;
    }
    apply(std::move(rows));
}

QVariant TopApplicationsModel::data(const QModelIndex &index, int role) const
{
    const TopApplication *application = rowAt(index);
    if (!application)
        return {};
    if (role == ModelRoles::KeyRole || role == ModelRoles::FilterTextRole)
        return application->name;
    if (role == Qt::ToolTipRole) {
        QString tip =
            tr("%1: %2 PSS in %3").arg(TextEscape::visible(application->name), ByteFormat::human(application->pss), processCount(application->processes));
        if (application->shareOfRam > 0)
            tip += tr(" (%1 % of RAM)").arg(QLocale().toString(application->shareOfRam * 100, 'f', 1));
        if (application->unreadable > 0)
            tip += tr(". The PSS of %1 could not be read (another user's) and is not in this sum.").arg(processCount(application->unreadable));
        return tip;
    }
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return TextEscape::visible(application->name);
        if (role == ModelRoles::RawValueRole)
            return application->name;
        break;
    case PssColumn:
        if (role == ModelRoles::ShareRole)
            return application->shareOfLargest;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        // Not one of its processes could be read: unknown, not zero.
        if (application->unreadable == application->processes)
            return ByteCell{std::nullopt, tr("the PSS of its processes could not be read (another user's)")}.data(role);
        return ByteCell{application->pss, {}}.data(role);
    case ProcessesColumn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(application->processes);
        if (role == ModelRoles::RawValueRole)
            return application->processes;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant TopApplicationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Application");
    case PssColumn:
        return tr("PSS");
    case ProcessesColumn:
        return tr("Processes");
    }
    return {};
}

QList<int> TopApplicationsModel::valueRoles() const
{
    return {Qt::DisplayRole, Qt::ToolTipRole, ModelRoles::RawValueRole, ModelRoles::ShareRole};
}
