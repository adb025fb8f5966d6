// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "slabcachereader.h"

#include "parse/slabinfoparser.h"
#include "read/parsedfile.h"
#include "read/slabreclaimreader.h"
#include "read/sysroot.h"

Reading<QList<SlabCacheRecord>> readSlabCaches(FileReader &reader, const SysRoot &root)
{
    const auto parse = [](QByteArrayView text) {
        return parseSlabinfo(text, SysRoot::pageSize());
    };
    const Reading<SlabInfo> slabinfo = readParsed(reader, root, QStringLiteral("/proc/slabinfo"), parse, OnParseError::KeepPartial);
    if (!slabinfo.available())
        return Reading<QList<SlabCacheRecord>>::missing(slabinfo.unavailableReason);
    QList<SlabCacheRecord> records;
    records.reserve(slabinfo.value->caches.size());
    for (const SlabCache &cache : slabinfo.value->caches)
        records.append({cache, readSlabReclaimable(reader, root, cache.name)});
    return {std::move(records), {}, slabinfo.problem};
}
