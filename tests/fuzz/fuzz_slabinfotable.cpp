// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The helper's own slabinfo reader on any bytes: all the caches or an error and none, and every
// cache it passes on has a name that is one printable word and figures that could be real.
#include "slabinfotable.h"

#include <cstdint>
#include <cstdlib>
#include <set>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr int64_t page = 4096;
    const SlabinfoTable::Table table = SlabinfoTable::parse(std::string(reinterpret_cast<const char *>(data), size), page);
    // Never a partial list: an error comes with no caches, and no error with at least one.
    if (table.error.empty() == table.caches.empty())
        abort();
    std::set<std::string> names;
    for (const SlabinfoTable::Cache &cache : table.caches) {
        if (cache.name.empty() || cache.name.size() > SlabinfoTable::maxNameLength || !names.insert(cache.name).second)
            abort();
        for (const char c : cache.name) {
            if (c <= 0x20 || c >= 0x7f)
                abort();
        }
        if (cache.activeObjects < 0 || cache.objects < 0 || cache.objectSize < 0 || cache.objectsPerSlab < 0 || cache.pagesPerSlab < 0 || cache.activeSlabs < 0
            || cache.slabs < 0 || cache.bytes < 0)
            abort();
        if (cache.slabs != 0 && cache.pagesPerSlab != 0 && cache.bytes / cache.slabs / cache.pagesPerSlab != page)
            abort();
    }
    return 0;
}
