// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "leakwatchmodel.h"

#include "format/byteformat.h"
#include "format/textescape.h"
#include "model/bytecell.h"
#include "model/modelroles.h"

#include <QLocale>

#include <cmath>

LeakWatchModel::LeakWatchModel(QObject *parent)
    : KeyedTreeModel(ColumnCount, parent)
{
}

void LeakWatchModel::setGrowing(const QList<LeakWatch::Growth> &growing)
{
    std::vector<Node> rows;
    rows.reserve(size_t(growing.size()));
    for (const LeakWatch::Growth &growth : growing)
        rows.push_back({growth.key, growth, {}});
    apply(std::move(rows));
}

QVariant LeakWatchModel::data(const QModelIndex &index, int role) const
{
    const LeakWatch::Growth *growth = rowAt(index);
    if (!growth)
        return {};
    const int column = index.column();
    if (role == Qt::ToolTipRole || role == ModelRoles::ExplanationRole)
        return LeakWatch::describe(*growth);
    if (role == ModelRoles::PidRole)
        return growth->key.pid;
    if (role == ModelRoles::KeyRole)
        return QStringLiteral("%1:%2").arg(growth->key.pid).arg(growth->key.startTime);
    if (role == Qt::TextAlignmentRole)
        return column == ProcessColumn || column == TrendColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != ModelRoles::RawValueRole)
        return {};
    const bool display = role == Qt::DisplayRole;
    switch (column) {
    case ProcessColumn: // another process's bytes: shown with its control and bidi characters visible
        return display ? TextEscape::visible(growth->name) : growth->name;
    case PidColumn:
        return growth->key.pid;
    case TrendColumn:
        if (!display)
            return int(growth->trend);
        return growth->trend == LeakWatch::Trend::Steady ? tr("Steady") : tr("Uneven");
    case RateColumn:
        if (!display)
            return growth->bytesPerHour;
        return tr("%1/h").arg(ByteFormat::human(qint64(std::llround(growth->bytesPerHour))));
    case FitColumn:
        if (!display)
            return growth->fit;
        return tr("%1 %").arg(QLocale().toString(growth->fit * 100, 'f', 0));
    case WatchedColumn: {
        if (!display)
            return growth->spanMs;
        const int minutes = int(growth->spanMs / 60'000);
        return tr("%n min", nullptr, minutes);
    }
    case NowColumn: {
        const QVariant bytes = ByteCell{growth->lastBytes, {}}.data(role);
        // A process whose PSS could not be read is watched by its RSS: say so beside the figure.
        return display && !growth->pss ? QVariant(tr("%1 (RSS)").arg(bytes.toString())) : bytes;
    }
    }
    return {};
}

QVariant LeakWatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case TrendColumn:
            return tr("Steady: the figure follows the fitted line closely. Uneven: it grows, but moves around the line.");
        case RateColumn:
            return tr("The slope of a straight line fitted to the process's PSS (RSS where PSS cannot be read) over the last hour.");
        case FitColumn:
            return tr("How much of the figure's movement the line explains (R²). Near 100 % the growth is steady; a low fit means noise around a rising line.");
        case WatchedColumn:
            return tr("How long this process has been watched within the last hour.");
        case NowColumn:
            return tr("The process's PSS at its latest reading, or its RSS where PSS cannot be read.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProcessColumn:
        return tr("Process");
    case PidColumn:
        return tr("PID");
    case TrendColumn:
        return tr("Trend");
    case RateColumn:
        return tr("Growth");
    case FitColumn:
        return tr("Fit");
    case WatchedColumn:
        return tr("Watched");
    case NowColumn:
        return tr("Now");
    }
    return {};
}

QList<int> LeakWatchModel::valueRoles() const
{
    return {Qt::DisplayRole, Qt::ToolTipRole, ModelRoles::RawValueRole};
}
