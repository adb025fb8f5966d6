// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parseresult.h"

// The page size of a huge page pool, from its directory's name: "hugepages-2048kB" under
// /sys/kernel/mm/hugepages (and under each node's directory) is the pool of 2 MiB pages. The
// files inside (nr_hugepages, free_hugepages, resv_hugepages, surplus_hugepages,
// nr_overcommit_hugepages) hold one count each, read by parseInteger.
ParseResult<qint64> parseHugePageDirectory(QByteArrayView name);
