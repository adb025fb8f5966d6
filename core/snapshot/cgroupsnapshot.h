// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/cgrouplimitparser.h"
#include "parse/namedvalues.h"
#include "parse/pressureparser.h"
#include "snapshot/reading.h"

#include <QList>

// Memory figures of one control group. cgroup v2 fills the v2 fields; cgroup v1 has no
// high/low/min, no swap.current and no pressure, and those stay unavailable with the reason.
struct CgroupRecord {
    QString path; // "/" for the root, "/system.slice/foo.service"
    Reading<qint64> current; // v2 memory.current, v1 memory.usage_in_bytes
    Reading<MemoryLimit> max; // v2 memory.max, v1 memory.limit_in_bytes
    Reading<MemoryLimit> high;
    Reading<MemoryLimit> low;
    Reading<MemoryLimit> min;
    Reading<qint64> swapCurrent;
    Reading<NamedValues> stat;
    Reading<NamedValues> events;
    Reading<Pressure> pressure;

    bool operator==(const CgroupRecord &) const = default;
};

struct CgroupSnapshot {
    enum class Version { None, V1, V2 };
    qint64 sampledAtMs = 0;
    Version version = Version::None;
    QString mountPoint; // where the hierarchy with the memory controller is mounted
    QString unavailableReason; // when version is None
    QList<CgroupRecord> cgroups; // parents before children

    bool operator==(const CgroupSnapshot &) const = default;
};
