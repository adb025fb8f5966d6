// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mappingmodel.h"

#include "format/textescape.h"
#include "model/bytecell.h"
#include "model/modelroles.h"

MappingModel::MappingModel(QObject *parent)
    : KeyedTreeModel(ColumnCount, parent)
{
}

static QString groupLabel(const Mapping &mapping)
{
    if (mapping.kind == Mapping::Kind::Anonymous)
        return MappingModel::tr("[anonymous]");
    return mapping.deleted ? MappingModel::tr("%1 (deleted)").arg(mapping.path) : mapping.path;
}

void MappingModel::setSnapshot(const MappingSnapshot &snapshot)
{
    m_unavailableReason = snapshot.mappings.unavailableReason;
    std::vector<Node> groups;
    QHash<QString, size_t> groupIndex;
    for (const Mapping &mapping : snapshot.mappings.value.value_or(QList<Mapping>())) {
        const QString label = groupLabel(mapping);
        auto found = groupIndex.constFind(label);
        if (found == groupIndex.cend()) {
            found = groupIndex.insert(label, groups.size());
            Node group{QStringLiteral("group:") + label, {label, true, 0, {}}, {}};
            group.row.mapping.path = mapping.path;
            group.row.mapping.kind = mapping.kind;
            group.row.mapping.deleted = mapping.deleted;
            groups.push_back(std::move(group));
        }
        Node &group = groups[*found];
        group.row.mappingCount += 1;
        group.row.mapping.start = group.row.mappingCount == 1 ? mapping.start : std::min(group.row.mapping.start, mapping.start);
        group.row.mapping.end = std::max(group.row.mapping.end, mapping.end);
        group.row.mapping.counters.add(mapping.counters);
        const QString range = QStringLiteral("%1–%2").arg(mapping.start, 12, 16, QChar(u'0')).arg(mapping.end, 12, 16, QChar(u'0'));
        group.children.push_back({QStringLiteral("map:") + QString::number(mapping.start, 16), {range, false, 0, mapping}, {}});
    }
    apply(std::move(groups));
}

static std::optional<qint64> figure(const MappingRow &row, int column)
{
    const SmapsCounters &counters = row.mapping.counters;
    switch (column) {
    case MappingModel::SizeColumn:
        return counters.value(SmapsCounters::Size);
    case MappingModel::RssColumn:
        return counters.value(SmapsCounters::Rss);
    case MappingModel::PssColumn:
        return counters.value(SmapsCounters::Pss);
    case MappingModel::PrivateColumn:
        return counters.uss();
    case MappingModel::SwapColumn:
        return counters.value(SmapsCounters::Swap);
    case MappingModel::DirtyColumn: {
        const auto shared = counters.value(SmapsCounters::SharedDirty);
        const auto own = counters.value(SmapsCounters::PrivateDirty);
        return shared && own ? std::optional<qint64>(*shared + *own) : std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

QVariant MappingModel::data(const QModelIndex &index, int role) const
{
    const MappingRow *row = rowAt(index);
    if (!row)
        return {};
    const int column = index.column();
    if (role == ModelRoles::KeyRole)
        return *keyAt(index);
    if (role == Qt::TextAlignmentRole)
        return column <= PermissionsColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (column == NameColumn) {
        // A file's path is whoever named it's choosing: shown with control and bidi characters visible.
        if (role == Qt::DisplayRole)
            return TextEscape::visible(row->label);
        if (role == Qt::ToolTipRole)
            return TextEscape::visible(row->isGroup ? tr("%1 — mappings: %2").arg(row->label).arg(row->mappingCount) : row->mapping.path);
        return role == ModelRoles::RawValueRole ? QVariant(row->label) : QVariant();
    }
    if (column == PermissionsColumn) {
        if (!row->isGroup && (role == Qt::DisplayRole || role == ModelRoles::RawValueRole))
            return QString::fromLatin1(row->mapping.permissions);
        return {};
    }
    return ByteCell{figure(*row, column), tr("This kernel does not report this figure.")}.data(role);
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Mapping");
    case PermissionsColumn:
        return tr("Permissions");
    case SizeColumn:
        return tr("Size");
    case RssColumn:
        return tr("RSS");
    case PssColumn:
        return tr("PSS");
    case PrivateColumn:
        return tr("Private");
    case SwapColumn:
        return tr("Swap");
    case DirtyColumn:
        return tr("Dirty");
    }
    return {};
}

QList<int> MappingModel::valueRoles() const
{
    return {Qt::DisplayRole, Qt::ToolTipRole, ModelRoles::RawValueRole};
}
