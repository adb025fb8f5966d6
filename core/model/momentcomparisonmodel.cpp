// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "momentcomparisonmodel.h"

#include "format/byteformat.h"
#include "format/textescape.h"
#include "model/modelroles.h"
#include "model/processgrouping.h"

#include <QHash>
#include <QLocale>

namespace
{
struct Sum {
    qint64 pss = 0;
    qint64 rss = 0;
    int processes = 0;
    bool allPss = true;
};

QHash<QString, Sum> byApplication(const ProcessSnapshot &snapshot)
{
    QHash<QString, Sum> sums;
    for (const ProcessRecord &process : snapshot.processes) {
        if (process.kernelThread)
            continue;
        Sum &sum = sums[ProcessGrouping::applicationOf(process).toString()];
        ++sum.processes;
        sum.rss += process.rss.value.value_or(0);
        if (const auto pss = process.pss())
            sum.pss += *pss;
        else
            sum.allPss = false;
    }
    return sums;
}
}

MomentComparisonModel::MomentComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void MomentComparisonModel::compare(const ProcessSnapshot &then, const ProcessSnapshot &now)
{
    const QHash<QString, Sum> before = byApplication(then);
    const QHash<QString, Sum> after = byApplication(now);
    QList<Row> rows;
    QSet<QString> names;
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        names.insert(it.key());
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        names.insert(it.key());
    for (const QString &name : std::as_const(names)) {
        const auto was = before.constFind(name);
        const auto is = after.constFind(name);
        Row row;
        row.name = name;
        // One measure for both moments, so that the change compares like with like.
        row.pss = (was == before.cend() || was->allPss) && (is == after.cend() || is->allPss);
        if (was != before.cend()) {
            row.thenBytes = row.pss ? was->pss : was->rss;
            row.thenProcesses = was->processes;
        }
        if (is != after.cend()) {
            row.nowBytes = row.pss ? is->pss : is->rss;
            row.nowProcesses = is->processes;
        }
        if (row.change() != 0 || row.thenProcesses != row.nowProcesses)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.change() != b.change() ? a.change() > b.change() : a.name < b.name;
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int MomentComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MomentComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MomentComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const auto bytes = [&](const std::optional<qint64> &value, const QString &absent) -> QVariant {
        if (role == ModelRoles::RawValueRole)
            return value ? QVariant(*value) : QVariant();
        if (role == Qt::DisplayRole)
            return value ? ByteFormat::human(*value) : absent;
        return {};
    };
    if (role == Qt::TextAlignmentRole && index.column() != NameColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return row.pss ? tr("PSS: each shared page divided among the processes sharing it")
                       : tr("RSS: the PSS of some of its processes could not be read (another user's), so both moments count resident pages in full");
    switch (index.column()) {
    case NameColumn:
        if (role == Qt::DisplayRole)
            return TextEscape::visible(row.name);
        return role == ModelRoles::RawValueRole ? QVariant(row.name) : QVariant();
    case ThenColumn:
        return bytes(row.thenBytes, tr("not running"));
    case NowColumn:
        return bytes(row.nowBytes, tr("ended"));
    case ChangeColumn:
        if (role == ModelRoles::RawValueRole)
            return row.change();
        if (role == Qt::DisplayRole)
            return QString((row.change() > 0 ? QStringLiteral("+") : row.change() < 0 ? QStringLiteral("−") : QString()) + ByteFormat::human(std::abs(row.change())));
        return {};
    case ProcessesColumn:
        if (role == ModelRoles::RawValueRole)
            return row.nowProcesses - row.thenProcesses;
        if (role == Qt::DisplayRole)
            return row.thenProcesses == row.nowProcesses ? QLocale().toString(row.nowProcesses)
                                                         : tr("%1 → %2").arg(QLocale().toString(row.thenProcesses), QLocale().toString(row.nowProcesses));
        return {};
    default:
        return {};
    }
}

QVariant MomentComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Application");
    case ThenColumn:
        return tr("Then");
    case NowColumn:
        return tr("Now");
    case ChangeColumn:
        return tr("Change");
    case ProcessesColumn:
        return tr("Processes");
    default:
        return {};
    }
}
