// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "systemmemorymodel.h"

#include "format/byteformat.h"
#include "model/bytecell.h"
#include "model/modelroles.h"

#include <QLocale>

using MeminfoGlossary::Group;

SystemMemoryModel::SystemMemoryModel(QObject *parent)
    : KeyedTreeModel(ColumnCount, parent)
{
}

void SystemMemoryModel::setSnapshot(const SystemSnapshot &snapshot)
{
    std::vector<Node> groups(MeminfoGlossary::groupCount);
    for (int g = 0; g < MeminfoGlossary::groupCount; ++g) {
        groups[size_t(g)].key = QByteArray("group:") + QByteArray::number(g);
        groups[size_t(g)].row.group = Group(g);
    }
    if (snapshot.meminfo.value) {
        const NamedValues &fields = *snapshot.meminfo.value;
        const qint64 memTotal = fields.value("MemTotal").value_or(0);
        for (const NamedValue &field : fields.list()) {
            const Group group = MeminfoGlossary::groupOf(field.name);
            // Only byte figures have a share of RAM; a count keeping memTotal would be reported
            // as changed every time MemTotal moves, though nothing it shows did.
            const qint64 shareBase = field.unit == NamedValue::Unit::Bytes ? memTotal : 0;
            groups[size_t(group)].children.push_back({field.name, {field.name, group, field.value, field.unit, shareBase}, {}});
        }
    }
    // A group with no field on this kernel (no swap fields, say) is not shown empty.
    std::erase_if(groups, [](const Node &group) {
        return group.children.empty();
    });
    apply(std::move(groups));
}

QVariant SystemMemoryModel::data(const QModelIndex &index, int role) const
{
    const MeminfoRow *row = rowAt(index);
    if (!row)
        return {};
    const bool isGroup = row->field.isEmpty();
    const bool isBytes = row->unit == NamedValue::Unit::Bytes;
    const QString explanation = isGroup ? MeminfoGlossary::groupExplanation(row->group) : MeminfoGlossary::explanation(row->field);
    switch (role) {
    case ModelRoles::ExplanationRole:
        return explanation;
    case ModelRoles::KeyRole:
        return QString::fromLatin1(isGroup ? QByteArray("group:") + QByteArray::number(int(row->group)) : row->field);
    case Qt::TextAlignmentRole:
        return index.column() == FieldColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        break;
    }
    const double share = row->memTotal > 0 && isBytes ? 100.0 * double(row->value) / double(row->memTotal) : -1;
    switch (index.column()) {
    case FieldColumn:
        if (role == Qt::DisplayRole || role == ModelRoles::RawValueRole)
            return isGroup ? MeminfoGlossary::groupTitle(row->group) : QString::fromLatin1(row->field);
        if (role == Qt::ToolTipRole)
            return explanation;
        break;
    case ValueColumn:
        if (isGroup)
            break;
        if (role == Qt::DisplayRole)
            return isBytes ? ByteFormat::human(row->value) : QLocale().toString(row->value);
        if (role == Qt::ToolTipRole)
            return isBytes ? ByteFormat::exact(row->value) : explanation;
        if (role == ModelRoles::RawValueRole)
            return row->value;
        break;
    case ShareOfRamColumn:
        // Address-space figures (VmallocTotal) can exceed RAM; a share above 100 % would mislead.
        if (isGroup || share < 0 || share > 100)
            break;
        return percentData(share, role);
    }
    return {};
}

QVariant SystemMemoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Field");
    case ValueColumn:
        return tr("Value");
    case ShareOfRamColumn:
        return tr("Share of RAM");
    }
    return {};
}

QList<int> SystemMemoryModel::valueRoles() const
{
    return {Qt::DisplayRole, Qt::ToolTipRole, ModelRoles::RawValueRole};
}
