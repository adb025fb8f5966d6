// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parseresult.h"

#include <QList>
#include <QString>
#include <QVarLengthArray>

// Pages of one mapping, or bytes of a whole process, on one NUMA node.
struct NodeAmount {
    int node = 0;
    qint64 amount = 0;

    bool operator==(const NodeAmount &) const = default;
};

// One line of /proc/PID/numa_maps: a mapping, its memory policy and where its resident pages are.
struct NumaMapping {
    quint64 start = 0;
    QByteArray policy; // as the kernel writes it: "default", "bind:0", "interleave:0-1", "prefer:1"
    QString path; // file=, the kernel's escapes undone, without " (deleted)"; empty if anonymous
    bool deleted = false; // the file was deleted after it was mapped (SysV segments always are)
    bool heap = false; // the brk area
    bool stack = false; // the main thread's stack (or, before 4.5, a thread's: "stack:TID")
    bool huge = false; // hugetlbfs pages: counts and page size are in huge pages
    qint64 anonPages = 0; // the kernel leaves out counts that are 0, so absent is a real 0
    qint64 dirtyPages = 0;
    qint64 pages = 0; // resident pages, the sum over nodes
    qint64 pageSizeBytes = 0; // kernelpagesize_kB in bytes; 0 when nothing is resident, as the kernel then omits it
    QVarLengthArray<NodeAmount, 2> nodePages; // N<node>=<pages>, in the kernel's node order

    bool operator==(const NumaMapping &) const = default;
};

struct NumaMaps {
    QList<NumaMapping> mappings;
    QList<NodeAmount> nodeBytes; // pages × page size summed per node over the mappings, by node number

    bool operator==(const NumaMaps &) const = default;
};

// /proc/PID/numa_maps (NUMA kernels only). Fields are separated by single spaces; the kernel
// writes the space, tab, newline and '=' of a file's path as \040, \011, \012 and \075, so a path
// never splits. A line that cannot be understood (a count that is not a number, the same node
// twice, resident pages without a page size, a start address not above the previous one) is
// reported and left out of the mappings and the sums.
ParseResult<NumaMaps> parseNumaMaps(QByteArrayView text);
