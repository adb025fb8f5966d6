// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "namedvalues.h"
#include "parseresult.h"

// One NUMA node's share of /proc/meminfo.
struct NodeMeminfo {
    int node = -1; // from the lines' "Node N" prefix; -1 when no line could be read
    NamedValues values; // in bytes, the HugePages_* counts stay counts, as parseMeminfo gives them

    bool operator==(const NodeMeminfo &) const = default;
};

// /sys/devices/system/node/nodeN/meminfo: "Node 0 MemTotal:  8743116 kB" lines. Every line must
// name the same node (the first one read); a line for another node, without the prefix, or that
// parseMeminfo would refuse is reported and skipped.
ParseResult<NodeMeminfo> parseNodeMeminfo(QByteArrayView text);
