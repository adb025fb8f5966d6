// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/filereader.h"
#include "read/sysroot.h"
#include "snapshot/slabcacherecord.h"

// Every cache of <root>/proc/slabinfo with its reclaim flag, read directly: for MemLens running
// as root, or on a captured tree (on the live system others read it through the privileged
// helper, see SlabCacheFeed). Caches come in the kernel's order. A file only partly understood
// keeps the caches it could read, with the problem said; one that cannot be read is missing,
// with the reason.
Reading<QList<SlabCacheRecord>> readSlabCaches(FileReader &reader, const SysRoot &root);
