// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/numamapsparser.h"
#include "snapshot/processsnapshot.h"

// Where the one process the user is looking at has its resident memory, by NUMA node.
struct NumaResidency {
    qint64 sampledAtMs = 0; // wall clock, ms since the epoch
    ProcessKey process;
    // Resident bytes per node (NodeAmount::amount), ascending by node id; a node holding none of
    // its pages is left out. Missing when the process has ended or numa_maps cannot be read
    // (another user's process, a kernel without NUMA support).
    Reading<QList<NodeAmount>> nodeBytes;

    bool operator==(const NumaResidency &) const = default;
};
