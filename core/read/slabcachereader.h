// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/filereader.h"
#include "read/sysroot.h"
#include "snapshot/slabcacherecord.h"

// Every cache of <root>/proc/slabinfo with its reclaim flag, as the window's source reads it: as
// root (the root agent, see RootAgent) or on a captured tree; as a user, the reason it cannot be. Caches come in the kernel's order. A file only partly understood
// keeps the caches it could read, with the problem said; one that cannot be read is missing,
// with the reason.
Reading<QList<SlabCacheRecord>> readSlabCaches(FileReader &reader, const SysRoot &root);
