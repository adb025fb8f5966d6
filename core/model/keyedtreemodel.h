// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

// The base of every MemLens model: a tree of rows, each with a stable key (pid + start time, a
// mapping's address, a cgroup path). A subclass describes the new state of the tree; apply()
// diffs it against the current one and emits only what changed — rows removed, rows inserted,
// and dataChanged over ranges of rows whose values moved — so selection, expansion, scrolling
// and persistent indexes survive every refresh. A flat table is a tree of top-level rows.
//
// Existing rows keep their order; new rows are appended. Views sort through a proxy.
template<typename Key, typename Row>
class KeyedTreeModel : public QAbstractItemModel
{
public:
    // One row of the new state, with its children.
    struct Node {
        Key key;
        Row row;
        std::vector<Node> children;
    };

    explicit KeyedTreeModel(int columnCount, QObject *parent = nullptr)
        : QAbstractItemModel(parent)
        , m_columnCount(columnCount)
    {
    }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() && parent.column() != 0 ? 0 : m_columnCount;
    }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        const Item *owner = itemOrRoot(parent);
        if (!owner || row < 0 || column < 0 || column >= columnCount(parent) || size_t(row) >= owner->children.size())
            return {};
        return createIndex(row, column, owner->children[size_t(row)].get());
    }

    QModelIndex parent(const QModelIndex &child) const override
    {
        const Item *item = itemAt(child);
        if (!item || item->parent == &m_root)
            return {};
        return createIndex(item->parent->position, 0, item->parent);
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        if (parent.isValid() && parent.column() != 0)
            return 0;
        const Item *owner = itemOrRoot(parent);
        return owner ? int(owner->children.size()) : 0;
    }

    // The row behind an index of this model, or nullptr.
    const Row *rowAt(const QModelIndex &index) const
    {
        const Item *item = itemAt(index);
        return item ? &item->row : nullptr;
    }

    // The key of the row behind an index, or nullptr.
    const Key *keyAt(const QModelIndex &index) const
    {
        const Item *item = itemAt(index);
        return item ? &item->key : nullptr;
    }

    // The index (column 0) of the row with this key among parent's children, or invalid.
    QModelIndex indexOfKey(const Key &key, const QModelIndex &parent = {}) const
    {
        const Item *owner = itemOrRoot(parent);
        if (!owner)
            return {};
        const auto found = owner->positions.constFind(key);
        if (found == owner->positions.cend())
            return {};
        return createIndex(*found, 0, owner->children[size_t(*found)].get());
    }

protected:
    // Roles whose values may differ when a row's data changes; sent with dataChanged.
    virtual QList<int> valueRoles() const = 0;

    void apply(std::vector<Node> &&roots)
    {
        applyChildren(m_root, QModelIndex(), std::move(roots));
    }

private:
    struct Item {
        Key key;
        Row row;
        Item *parent = nullptr;
        int position = 0; // index among the parent's children
        std::vector<std::unique_ptr<Item>> children;
        QHash<Key, int> positions; // child key -> position
    };

    const Item *itemAt(const QModelIndex &index) const
    {
        if (!index.isValid() || index.model() != this)
            return nullptr;
        return static_cast<const Item *>(index.internalPointer());
    }
    const Item *itemOrRoot(const QModelIndex &index) const
    {
        return index.isValid() ? itemAt(index) : &m_root;
    }

    static void reindex(Item &owner)
    {
        owner.positions.clear();
        owner.positions.reserve(qsizetype(owner.children.size()));
        for (size_t i = 0; i < owner.children.size(); ++i) {
            owner.children[i]->position = int(i);
            owner.positions.insert(owner.children[i]->key, int(i));
        }
    }

    static std::unique_ptr<Item> build(Node &&node, Item *parent)
    {
        auto item = std::make_unique<Item>();
        item->key = std::move(node.key);
        item->row = std::move(node.row);
        item->parent = parent;
        for (Node &child : node.children)
            item->children.push_back(build(std::move(child), item.get()));
        reindex(*item);
        return item;
    }

    void applyChildren(Item &owner, const QModelIndex &ownerIndex, std::vector<Node> &&nodes)
    {
        if (nodes.empty() && owner.children.empty())
            return; // a leaf that stays a leaf: most rows of a tree, so no work at all
        QHash<Key, size_t> wanted;
        wanted.reserve(qsizetype(nodes.size()));
        for (size_t i = 0; i < nodes.size(); ++i)
            wanted.insert(nodes[i].key, i);

        // 1. Remove rows whose key is gone, one contiguous run at a time, from the end so the
        //    positions still to visit stay valid.
        for (int last = int(owner.children.size()) - 1; last >= 0;) {
            if (wanted.contains(owner.children[size_t(last)]->key)) {
                --last;
                continue;
            }
            int first = last;
            while (first > 0 && !wanted.contains(owner.children[size_t(first - 1)]->key))
                --first;
            beginRemoveRows(ownerIndex, first, last);
            owner.children.erase(owner.children.begin() + first, owner.children.begin() + last + 1);
            reindex(owner);
            endRemoveRows();
            last = first - 1;
        }

        // 2. Update the rows that stay; gather the changed ones into runs for dataChanged.
        std::vector<bool> placed(nodes.size(), false);
        int changedFirst = -1;
        const auto flushChanged = [&](int end) {
            if (changedFirst >= 0)
                Q_EMIT dataChanged(index(changedFirst, 0, ownerIndex), index(end - 1, columnCount(ownerIndex) - 1, ownerIndex), valueRoles());
            changedFirst = -1;
        };
        for (size_t i = 0; i < owner.children.size(); ++i) {
            Item &item = *owner.children[i];
            const size_t from = wanted.value(item.key);
            placed[from] = true;
            if (!(item.row == nodes[from].row)) {
                item.row = std::move(nodes[from].row);
                if (changedFirst < 0)
                    changedFirst = int(i);
            } else {
                flushChanged(int(i));
            }
        }
        flushChanged(int(owner.children.size()));
        for (size_t i = 0; i < owner.children.size(); ++i) {
            Item &item = *owner.children[i];
            applyChildren(item, index(int(i), 0, ownerIndex), std::move(nodes[wanted.value(item.key)].children));
        }

        // 3. Append the new rows, whole subtrees at once.
        std::vector<size_t> added;
        for (size_t i = 0; i < nodes.size(); ++i) {
            if (!placed[i] && wanted.value(nodes[i].key) == i) // a duplicated key is taken once
                added.push_back(i);
        }
        if (added.empty())
            return;
        const int first = int(owner.children.size());
        beginInsertRows(ownerIndex, first, first + int(added.size()) - 1);
        for (const size_t i : added)
            owner.children.push_back(build(std::move(nodes[i]), &owner));
        reindex(owner);
        endInsertRows();
    }

    Item m_root;
    const int m_columnCount;
};
