// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "slabinfoparser.h"

#include "textscan.h"

#include <QtNumeric>

namespace
{

// The next token as a count the kernel could have written.
bool readCount(QByteArrayView &rest, qint64 &count)
{
    const auto value = TextScan::toInt64(TextScan::nextToken(rest));
    if (!value || *value < 0)
        return false;
    count = *value;
    return true;
}

bool skipSection(QByteArrayView &rest, QByteArrayView title, int counts)
{
    if (TextScan::nextToken(rest) != ":" || TextScan::nextToken(rest) != title)
        return false;
    qint64 ignored;
    for (int i = 0; i < counts; ++i) {
        if (!readCount(rest, ignored))
            return false;
    }
    return true;
}

// "dentry  189292 189420    192   21    1 : tunables    0    0    0 : slabdata   9020   9020      0"
std::optional<SlabCache> parseCache(QByteArrayView line, qint64 pageSize)
{
    SlabCache cache;
    QByteArrayView rest = line;
    const QByteArrayView name = TextScan::nextToken(rest);
    if (!TextScan::isPrintableName(name))
        return std::nullopt;
    qint64 sharedAvailable;
    if (!readCount(rest, cache.activeObjects) || !readCount(rest, cache.objects) || !readCount(rest, cache.objectSize) || !readCount(rest, cache.objectsPerSlab)
        || !readCount(rest, cache.pagesPerSlab) || !skipSection(rest, "tunables", 3) || TextScan::nextToken(rest) != ":"
        || TextScan::nextToken(rest) != "slabdata" || !readCount(rest, cache.activeSlabs) || !readCount(rest, cache.slabs) || !readCount(rest, sharedAvailable))
        return std::nullopt;
    // A statistics kernel goes on with " : globalstat ... : cpustat ..."; anything else is not slabinfo.
    rest = rest.trimmed();
    if (!rest.isEmpty() && !rest.startsWith(':'))
        return std::nullopt;
    qint64 pages;
    if (qMulOverflow(cache.slabs, cache.pagesPerSlab, &pages) || qMulOverflow(pages, pageSize, &cache.totalBytes))
        return std::nullopt;
    cache.name = name.toByteArray();
    return cache;
}

} // namespace

ParseResult<SlabInfo> parseSlabinfo(QByteArrayView text, qint64 pageSize)
{
    ParseResult<SlabInfo> result;
    if (pageSize <= 0) {
        result.error = QStringLiteral("page size %1 is not a size").arg(pageSize);
        return result;
    }
    bool refused = false;
    TextScan::forEachLine(text, [&](QByteArrayView line, int number) {
        if (refused || line.trimmed().isEmpty())
            return;
        if (result.value.version.isEmpty()) {
            // "slabinfo - version: 2.1", or "2.1 (statistics)" on a kernel built with slab statistics
            constexpr QByteArrayView prefix = "slabinfo - version:";
            QByteArrayView rest = line.startsWith(prefix) ? line.sliced(prefix.size()) : QByteArrayView();
            const QByteArrayView version = TextScan::nextToken(rest);
            if (version == "2.0" || version == "2.1") {
                result.value.version = version.toByteArray();
                return;
            }
            result.error = line.startsWith(prefix)
                ? TextScan::lineError(number, QStringLiteral("slabinfo version %1 is not 2.0 or 2.1; its columns are unknown").arg(TextScan::quoted(version)))
                : TextScan::lineError(number, QStringLiteral("expected \"slabinfo - version: 2.1\", not %1").arg(TextScan::quoted(line)));
            refused = true;
            return;
        }
        if (line.startsWith('#'))
            return;
        const auto cache = parseCache(line, pageSize);
        QString problem;
        if (!cache) {
            problem = QStringLiteral("not a slab cache line: %1").arg(TextScan::quoted(line));
        } else {
            for (const SlabCache &seen : std::as_const(result.value.caches)) {
                if (seen.name == cache->name)
                    problem = QStringLiteral("cache %1 appears twice; the first is kept").arg(TextScan::quoted(cache->name));
            }
        }
        if (problem.isEmpty())
            result.value.caches.append(*cache);
        else if (result.ok())
            result.error = TextScan::lineError(number, problem);
    });
    if (result.value.version.isEmpty() && result.ok())
        result.error = QStringLiteral("no \"slabinfo - version\" line");
    return result;
}
