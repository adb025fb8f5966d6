// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parseresult.h"

#include <QByteArray>
#include <QList>

// One kernel object cache from /proc/slabinfo: dentries, inodes, kmalloc size classes, ...
struct SlabCache {
    QByteArray name; // "dentry", "kmalloc-64", as the kernel names it
    qint64 activeObjects = 0; // objects allocated
    qint64 objects = 0; // objects the cache's slabs have room for, allocated or free
    qint64 objectSize = 0; // bytes per object, with the allocator's alignment and metadata
    qint64 objectsPerSlab = 0;
    qint64 pagesPerSlab = 0;
    qint64 activeSlabs = 0; // slabs holding at least one allocated object (SLUB: all of them)
    qint64 slabs = 0;
    // What the cache takes from the page allocator: slabs × pages per slab × page size, which is
    // what slabtop calls "cache size" (procps multiplies the same three). It is the memory the
    // cache holds whether its objects are in use or not; objects × objectSize would leave out
    // the free objects and each slab's leftover bytes.
    qint64 totalBytes = 0;

    bool operator==(const SlabCache &) const = default;
};

struct SlabInfo {
    QByteArray version; // "2.0" or "2.1"
    QList<SlabCache> caches;

    bool operator==(const SlabInfo &) const = default;
};

// /proc/slabinfo, versions 2.0 (kernels 2.6.0 to 2.6.9) and 2.1: a version line, a "# name ..."
// header and one line per cache. Both versions put the same columns in the same places (2.0
// names two tunables in the other order; they are not read here), and debug kernels append
// "globalstat" and "cpustat" sections, which are skipped. Another version, or text without a
// version line, is refused whole: its columns cannot be known. A malformed or repeated cache
// line is reported and skipped. pageSize is the kernel's page size in bytes (the file does not
// say it).
ParseResult<SlabInfo> parseSlabinfo(QByteArrayView text, qint64 pageSize);
