// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <cstdint>
#include <string>
#include <vector>

// /proc/slabinfo as the helper hands it on: each cache's name and counts, all of them or none.
// The application parses the same file with core/parse/slabinfoparser where it can read it
// itself; the helper is a Qt 5 program and cannot link that Qt 6 code, so it reads the same
// layout here (versions 2.0 and 2.1, statistics sections ignored) and is stricter: a line it does
// not understand refuses the whole file, so a reply is never a quietly shortened list.
namespace SlabinfoTable
{
struct Cache {
    std::string name; // printable ASCII without spaces, at most maxNameLength characters
    int64_t activeObjects = 0;
    int64_t objects = 0;
    int64_t objectSize = 0; // bytes
    int64_t objectsPerSlab = 0;
    int64_t pagesPerSlab = 0;
    int64_t activeSlabs = 0;
    int64_t slabs = 0;
    int64_t bytes = 0; // slabs × pages per slab × page size, as slabtop's "cache size"
};

struct Table {
    std::vector<Cache> caches;
    std::string error; // empty when the whole text was understood; caches is empty otherwise
};

// Kernel cache names are a few dozen characters; a longer one is not passed on.
inline constexpr size_t maxNameLength = 128;

// text: the whole file, which ends with a newline (a cut one is refused). The messages name
// line numbers, never the text of a line.
Table parse(const std::string &text, int64_t pageSize);
}
