// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/smapsparser.h"
#include "snapshot/processsnapshot.h"

// The mappings of the one process the user is looking at.
struct MappingSnapshot {
    qint64 sampledAtMs = 0;
    ProcessKey process;
    Reading<QList<Mapping>> mappings;

    bool operator==(const MappingSnapshot &) const = default;
};
