// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/filereader.h"
#include "read/sysroot.h"
#include "snapshot/reading.h"

#include <QList>

// One hugetlbfs pool: the huge pages of one size set aside for MAP_HUGETLB mappings and
// hugetlbfs files. The pool's memory is taken out of RAM whether it is used or not.
struct HugePagePool {
    qint64 pageSizeBytes = 0; // bytes per page, from the directory's name ("hugepages-2048kB")
    Reading<qint64> totalPages; // nr_hugepages: pages in the pool (surplus pages included)
    Reading<qint64> freePages; // free_hugepages: pages no mapping has faulted in (reserved ones included)
    Reading<qint64> reservedPages; // resv_hugepages: free pages already promised to a mapping
    Reading<qint64> surplusPages; // surplus_hugepages: pages beyond the pool's size, allowed by nr_overcommit_hugepages

    bool operator==(const HugePagePool &) const = default;
};

// The pools under a directory of hugepages-<size>kB pools, smallest page size first:
// /sys/kernel/mm/hugepages (the system's), or a node's /sys/devices/system/node/nodeN/hugepages
// (which has no resv_hugepages: those pages are reserved system-wide). A directory that does not
// exist is a reason (a kernel without hugetlbfs); a file that cannot be read or parsed makes that
// one count missing, with its reason.
Reading<QList<HugePagePool>> readHugePagePools(FileReader &reader, const SysRoot &root, const QString &directory = QStringLiteral("/sys/kernel/mm/hugepages"));
