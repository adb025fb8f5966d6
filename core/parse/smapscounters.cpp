// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "smapscounters.h"

#include <limits>

std::optional<SmapsCounters::Field> SmapsCounters::fieldFromName(QByteArrayView kernelName)
{
    static constexpr std::array<std::pair<QByteArrayView, Field>, FieldCount> names{{
        {"Size", Size},
        {"Rss", Rss},
        {"Pss", Pss},
        {"Pss_Dirty", PssDirty},
        {"Pss_Anon", PssAnon},
        {"Pss_File", PssFile},
        {"Pss_Shmem", PssShmem},
        {"Shared_Clean", SharedClean},
        {"Shared_Dirty", SharedDirty},
        {"Private_Clean", PrivateClean},
        {"Private_Dirty", PrivateDirty},
        {"Referenced", Referenced},
        {"Anonymous", Anonymous},
        {"LazyFree", LazyFree},
        {"AnonHugePages", AnonHugePages},
        {"ShmemPmdMapped", ShmemPmdMapped},
        {"FilePmdMapped", FilePmdMapped},
        {"Shared_Hugetlb", SharedHugetlb},
        {"Private_Hugetlb", PrivateHugetlb},
        {"Swap", Swap},
        {"SwapPss", SwapPss},
        {"Locked", Locked},
    }};
    for (const auto &[name, field] : names) {
        if (name == kernelName)
            return field;
    }
    return std::nullopt;
}

static qint64 saturatingAdd(qint64 a, qint64 b)
{
    return a > std::numeric_limits<qint64>::max() - b ? std::numeric_limits<qint64>::max() : a + b;
}

void SmapsCounters::add(const SmapsCounters &other)
{
    for (int field = 0; field < FieldCount; ++field) {
        if (other.has(Field(field)))
            set(Field(field), saturatingAdd(has(Field(field)) ? m_values[field] : 0, other.m_values[field]));
    }
}

std::optional<qint64> SmapsCounters::sum(Field a, Field b) const
{
    if (!has(a) || !has(b))
        return std::nullopt;
    return saturatingAdd(m_values[a], m_values[b]);
}
