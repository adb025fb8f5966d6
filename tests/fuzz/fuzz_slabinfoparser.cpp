// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseSlabinfo on any bytes: a result and at most an error, never a crash, and only caches
// whose figures could be real.
#include "parse/slabinfoparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    constexpr qint64 page = 4096;
    const auto slabinfo = parseSlabinfo(QByteArrayView(data, qsizetype(size)), page);
    // Caches only under a version this parser knows.
    if (!slabinfo.value.caches.isEmpty() && slabinfo.value.version != "2.0" && slabinfo.value.version != "2.1")
        abort();
    QList<QByteArray> seen;
    for (const SlabCache &cache : slabinfo.value.caches) {
        // Never negative; the total is exactly slabs × pages per slab × page; a name once.
        if (cache.activeObjects < 0 || cache.objects < 0 || cache.objectSize < 0 || cache.objectsPerSlab < 0 || cache.pagesPerSlab < 0 || cache.activeSlabs < 0
            || cache.slabs < 0 || cache.totalBytes < 0 || cache.name.isEmpty() || seen.contains(cache.name))
            abort();
        if (cache.slabs != 0 && cache.pagesPerSlab != 0 && cache.totalBytes / cache.slabs / cache.pagesPerSlab != page)
            abort();
        seen.append(cache.name);
    }
    return 0;
}
