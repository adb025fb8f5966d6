// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parseresult.h"

// A cgroup memory limit: cgroup v2 memory.max/high/low/min ("max" or bytes) and cgroup v1
// memory.limit_in_bytes (bytes, where "no limit" is written as a huge number).
struct MemoryLimit {
    qint64 bytes = 0;
    bool unlimited = false;

    bool operator==(const MemoryLimit &) const = default;
};

ParseResult<MemoryLimit> parseCgroupLimit(QByteArrayView text);
