// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "posixsharedmemorymodel.h"

#include "format/textescape.h"
#include "model/bytecell.h"
#include "model/modelroles.h"

PosixSharedMemoryModel::PosixSharedMemoryModel(QObject *parent)
    : KeyedTreeModel(ColumnCount, parent)
{
}

void PosixSharedMemoryModel::setFiles(const QList<PosixSharedMemoryFile> &files)
{
    std::vector<Node> rows;
    rows.reserve(size_t(files.size()));
    for (const PosixSharedMemoryFile &file : files)
        rows.push_back({file.name, file, {}});
    apply(std::move(rows));
}

QVariant PosixSharedMemoryModel::data(const QModelIndex &index, int role) const
{
    const PosixSharedMemoryFile *file = rowAt(index);
    if (!file)
        return {};
    if (role == ModelRoles::KeyRole)
        return file->name;
    switch (index.column()) {
    case NameColumn:
        // Any user names files in /dev/shm: shown escaped, kept exact for sorting.
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return TextEscape::visible(file->name);
        return role == ModelRoles::RawValueRole ? QVariant(file->name) : QVariant();
    case OwnerColumn:
        return role == Qt::DisplayRole || role == ModelRoles::RawValueRole ? QVariant(file->owner) : QVariant();
    case SizeColumn:
        return role == Qt::TextAlignmentRole ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : ByteCell{file->sizeBytes, {}}.data(role);
    case UsedColumn:
        return role == Qt::TextAlignmentRole ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : ByteCell{file->usedBytes, {}}.data(role);
    }
    return {};
}

QVariant PosixSharedMemoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == UsedColumn)
        return tr("What its pages take in RAM or swap; pages never written take nothing.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case OwnerColumn:
        return tr("Owner");
    case SizeColumn:
        return tr("Size");
    case UsedColumn:
        return tr("In memory");
    }
    return {};
}

QList<int> PosixSharedMemoryModel::valueRoles() const
{
    return {Qt::DisplayRole, Qt::ToolTipRole, ModelRoles::RawValueRole};
}
