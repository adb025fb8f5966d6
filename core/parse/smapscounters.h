// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>

#include <array>
#include <optional>

// The "Name: N kB" counters of one smaps entry, or of smaps_rollup. Which counters exist depends
// on the kernel (Pss_Anon/Pss_File/Pss_Shmem came in 5.x, SwapPss in 4.3), so each one records
// whether the kernel wrote it: an absent counter is unknown, not zero.
class SmapsCounters
{
public:
    enum Field {
        Size,
        Rss,
        Pss,
        PssDirty,
        PssAnon,
        PssFile,
        PssShmem,
        SharedClean,
        SharedDirty,
        PrivateClean,
        PrivateDirty,
        Referenced,
        Anonymous,
        LazyFree,
        AnonHugePages,
        ShmemPmdMapped,
        FilePmdMapped,
        SharedHugetlb,
        PrivateHugetlb,
        Swap,
        SwapPss,
        Locked,
        FieldCount
    };

    static std::optional<Field> fieldFromName(QByteArrayView kernelName);

    std::optional<qint64> value(Field field) const
    {
        return has(field) ? std::optional<qint64>(m_values[field]) : std::nullopt;
    }
    bool has(Field field) const
    {
        return m_present & (1u << field);
    }
    bool isEmpty() const
    {
        return m_present == 0;
    }
    void set(Field field, qint64 bytes)
    {
        m_values[field] = bytes;
        m_present |= 1u << field;
    }
    // Sum of two entries: a counter is present in the sum if either had it.
    void add(const SmapsCounters &other);

    // Sums of two counters, present only when both are. USS is the memory only this process maps.
    std::optional<qint64> uss() const
    {
        return sum(PrivateClean, PrivateDirty);
    }
    std::optional<qint64> shared() const
    {
        return sum(SharedClean, SharedDirty);
    }

    bool operator==(const SmapsCounters &) const = default;

private:
    std::optional<qint64> sum(Field a, Field b) const;

    std::array<qint64, FieldCount> m_values{};
    quint32 m_present = 0;
};
