// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "slabinfotable.h"

#include "request.h"

#include <optional>
#include <set>
#include <sstream>

namespace
{
// Digits only: the kernel writes no sign, no space inside and no other base.
std::optional<int64_t> count(const std::string &token)
{
    if (token.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return Request::integer(token, 0, INT64_MAX);
}

bool printableName(const std::string &name)
{
    if (name.empty() || name.size() > SlabinfoTable::maxNameLength)
        return false;
    for (const char c : name) {
        if (c <= 0x20 || c >= 0x7f)
            return false;
    }
    return true;
}

// "2.1", or "2.1 (statistics)" on a kernel built with slab statistics.
bool versionLine(const std::string &line)
{
    for (const char *version : {"2.0", "2.1"}) {
        const std::string known = std::string("slabinfo - version: ") + version;
        if (line == known || line == known + " (statistics)")
            return true;
    }
    return false;
}

// "dentry  189292 189420  192  21  1 : tunables  0  0  0 : slabdata  9020  9020  0", perhaps
// followed by " : globalstat ... : cpustat ..." on a statistics kernel.
std::optional<SlabinfoTable::Cache> cacheLine(const std::string &line, int64_t pageSize)
{
    std::istringstream words(line);
    std::vector<std::string> tokens;
    std::string token;
    while (words >> token && tokens.size() < 17)
        tokens.push_back(token);
    if (tokens.size() < 16 || tokens[6] != ":" || tokens[7] != "tunables" || tokens[11] != ":" || tokens[12] != "slabdata")
        return std::nullopt;
    if (tokens.size() == 17 && tokens[16] != ":")
        return std::nullopt;
    std::vector<int64_t> numbers;
    for (const size_t at : {1, 2, 3, 4, 5, 8, 9, 10, 13, 14, 15}) {
        const auto number = count(tokens[at]);
        if (!number)
            return std::nullopt;
        numbers.push_back(*number);
    }
    SlabinfoTable::Cache cache{tokens[0], numbers[0], numbers[1], numbers[2], numbers[3], numbers[4], numbers[8], numbers[9], 0};
    int64_t pages = 0;
    if (!printableName(cache.name) || __builtin_mul_overflow(cache.slabs, cache.pagesPerSlab, &pages) || __builtin_mul_overflow(pages, pageSize, &cache.bytes))
        return std::nullopt;
    return cache;
}

SlabinfoTable::Table refused(size_t lineNumber, const std::string &what)
{
    return {{}, (lineNumber ? "line " + std::to_string(lineNumber) + " " : std::string()) + what};
}
}

SlabinfoTable::Table SlabinfoTable::parse(const std::string &text, int64_t pageSize)
{
    if (pageSize <= 0)
        return refused(0, "the page size is unknown");
    if (text.empty())
        return refused(0, "the file is empty");
    if (text.back() != '\n')
        return refused(0, "the file ends in the middle of a line");
    Table table;
    std::set<std::string> names;
    std::istringstream lines(text);
    std::string line;
    for (size_t number = 1; std::getline(lines, line); ++number) {
        if (number == 1) {
            if (!versionLine(line))
                return refused(number, "is not \"slabinfo - version: 2.0\" or \"2.1\"");
            continue;
        }
        if (line.empty() || line.front() == '#')
            continue;
        const auto cache = cacheLine(line, pageSize);
        if (!cache)
            return refused(number, "is not a slab cache line");
        if (!names.insert(cache->name).second)
            return refused(number, "repeats a cache listed before it");
        table.caches.push_back(*cache);
    }
    if (table.caches.empty())
        return refused(0, "the file lists no cache");
    return table;
}
