// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

// Counters a kernel file lists by name (/proc/meminfo, /proc/vmstat, memory.stat, ...), kept in
// the kernel's order and under the kernel's names, so a field this code has never heard of is
// still shown and exported rather than silently dropped.
struct NamedValue {
    enum class Unit {
        Bytes, // converted from the kernel's "kB"
        Number, // written without a unit: a count, or bytes where the file's format says so
    };
    QByteArray name;
    qint64 value = 0;
    Unit unit = Unit::Number;

    bool operator==(const NamedValue &) const = default;
};

class NamedValues
{
public:
    void append(const NamedValue &value)
    {
        m_values.append(value);
    }
    const QList<NamedValue> &list() const
    {
        return m_values;
    }
    bool isEmpty() const
    {
        return m_values.isEmpty();
    }
    bool contains(QByteArrayView name) const
    {
        return find(name) != nullptr;
    }
    std::optional<qint64> value(QByteArrayView name) const
    {
        const NamedValue *found = find(name);
        return found ? std::optional<qint64>(found->value) : std::nullopt;
    }
    const NamedValue *find(QByteArrayView name) const;

    bool operator==(const NamedValues &) const = default;

private:
    QList<NamedValue> m_values;
};
