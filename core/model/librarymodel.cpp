// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "librarymodel.h"

#include "format/textescape.h"
#include "model/bytecell.h"
#include "model/modelroles.h"

LibraryModel::LibraryModel(QObject *parent)
    : KeyedTreeModel(ColumnCount, parent)
{
}

void LibraryModel::setSnapshot(const LibrarySnapshot &snapshot)
{
    m_unreadable = snapshot.unreadableProcesses;
    m_oldestReadingAgeMs = snapshot.oldestReadAtMs > 0 ? std::optional(std::max<qint64>(0, snapshot.sampledAtMs - snapshot.oldestReadAtMs)) : std::nullopt;
    // The sampler hands the same list on when nothing moved: compared in an instant, nothing to diff.
    if (snapshot.libraries == m_libraries) {
        Q_EMIT snapshotApplied();
        return;
    }
    m_libraries = snapshot.libraries;
    std::vector<Node> libraries;
    libraries.reserve(size_t(snapshot.libraries.size()));
    for (const LibraryUsage &library : snapshot.libraries) {
        Node node{library.path, {library.path, 0, int(library.users.size()), library.rss, library.pss}, {}};
        for (const LibraryUser &user : library.users) {
            const QString key = QStringLiteral("%1:%2").arg(user.process.pid).arg(user.process.startTime);
            node.children.push_back({key, {user.processName, user.process.pid, 0, user.rss, user.pss}, {}});
        }
        libraries.push_back(std::move(node));
    }
    apply(std::move(libraries));
    Q_EMIT snapshotApplied();
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    const LibraryRow *row = rowAt(index);
    if (!row)
        return {};
    const bool isProcess = row->pid != 0;
    const int column = index.column();
    if (role == ModelRoles::PidRole)
        return isProcess ? QVariant(row->pid) : QVariant();
    if (role == Qt::TextAlignmentRole)
        return column == NameColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    std::optional<qint64> value;
    switch (column) {
    case NameColumn:
        // File and process names are other people's bytes: shown with their control and bidi
        // characters visible, exact in the raw value.
        if (role == Qt::DisplayRole)
            return isProcess ? tr("%1 (%2)").arg(TextEscape::visible(row->name)).arg(row->pid) : TextEscape::visible(row->name);
        if (role == Qt::ToolTipRole)
            return TextEscape::visible(row->name);
        return role == ModelRoles::RawValueRole ? QVariant(row->name) : QVariant();
    case ProcessesColumn:
        if (isProcess)
            return {};
        if (role == Qt::DisplayRole || role == ModelRoles::RawValueRole)
            return row->processCount;
        return {};
    case RssColumn:
        value = row->rss;
        break;
    case PssColumn:
        value = row->pss;
        break;
    case SavedBySharingColumn:
        if (isProcess)
            return {};
        value = row->rss - row->pss;
        break;
    }
    return ByteCell{value, {}}.data(role);
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == SavedBySharingColumn)
        return tr(
            "Every process that maps the file counts its resident pages in its RSS, but the pages are in RAM once: RSS summed over the processes minus their "
            "PSS is what sharing saves.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("File");
    case ProcessesColumn:
        return tr("Processes");
    case RssColumn:
        return tr("RSS");
    case PssColumn:
        return tr("PSS");
    case SavedBySharingColumn:
        return tr("Saved by sharing");
    }
    return {};
}

QList<int> LibraryModel::valueRoles() const
{
    return {Qt::DisplayRole, Qt::ToolTipRole, ModelRoles::RawValueRole};
}
