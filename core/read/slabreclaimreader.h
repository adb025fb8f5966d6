// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/filereader.h"
#include "read/sysroot.h"
#include "snapshot/reading.h"

// Whether the kernel counts a slab cache's objects as reclaimable (SReclaimable in /proc/meminfo:
// dentries, inodes, the kmalloc-rcl-* classes), which /proc/slabinfo does not say. SLUB writes it
// as 1 or 0 in /sys/kernel/slab/<name>/reclaim_account; a kernel built with SLAB or without
// CONFIG_SLUB_SYSFS has no such directory, and the reading then says why there is no answer.
// A name that could lead out of /sys/kernel/slab ("..", a '/') is refused without reading.
Reading<bool> readSlabReclaimable(FileReader &reader, const SysRoot &root, QByteArrayView cacheName);
