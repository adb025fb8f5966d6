// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/smapscounters.h"

#include <QList>
#include <QString>

#include <array>

// SmapsCounters as text, for expectations that show every counter at once in a failure.
namespace SmapsText
{
// The kernel's names of the fields, in the enum's order (which is the kernel's).
inline constexpr std::array<const char *, SmapsCounters::FieldCount> names{
    "Size",
    "Rss",
    "Pss",
    "Pss_Dirty",
    "Pss_Anon",
    "Pss_File",
    "Pss_Shmem",
    "Shared_Clean",
    "Shared_Dirty",
    "Private_Clean",
    "Private_Dirty",
    "Referenced",
    "Anonymous",
    "LazyFree",
    "AnonHugePages",
    "ShmemPmdMapped",
    "FilePmdMapped",
    "Shared_Hugetlb",
    "Private_Hugetlb",
    "Swap",
    "SwapPss",
    "Locked",
};

// "Rss=13432 Pss=6368 ..." in KiB, for the given fields (all when none are given) that are present.
inline QString describe(const SmapsCounters &counters, const QList<SmapsCounters::Field> &fields = {})
{
    QStringList parts;
    for (int field = 0; field < SmapsCounters::FieldCount; ++field) {
        const auto which = SmapsCounters::Field(field);
        if (counters.has(which) && (fields.isEmpty() || fields.contains(which)))
            parts.append(QLatin1StringView(names[size_t(field)]) + u'=' + QString::number(*counters.value(which) / 1024));
    }
    return parts.join(u' ');
}
} // namespace SmapsText
