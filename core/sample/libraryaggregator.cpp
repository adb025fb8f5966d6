// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "libraryaggregator.h"

#include <algorithm>

LibraryAggregator::FileUse LibraryAggregator::perFile(const QList<Mapping> &mappings)
{
    FileUse files;
    for (const Mapping &mapping : mappings) {
        if (mapping.kind != Mapping::Kind::File)
            continue;
        Resident &resident = files[mapping.path];
        resident.rss += mapping.counters.value(SmapsCounters::Rss).value_or(0);
        resident.pss += mapping.counters.value(SmapsCounters::Pss).value_or(0);
    }
    return files;
}

void LibraryAggregator::add(const ProcessRecord &process, const FileUse &files, qint64 mappingsReadAtMs)
{
    m_oldestReadAtMs = m_oldestReadAtMs == 0 ? mappingsReadAtMs : std::min(m_oldestReadAtMs, mappingsReadAtMs);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        LibraryUsage &library = m_libraries[it.key()];
        library.path = it.key();
        library.rss += it->rss;
        library.pss += it->pss;
        library.users.append({process.key, process.name, it->rss, it->pss});
    }
}

LibrarySnapshot LibraryAggregator::finish(qint64 sampledAtMs)
{
    LibrarySnapshot snapshot;
    snapshot.sampledAtMs = sampledAtMs;
    snapshot.oldestReadAtMs = m_oldestReadAtMs;
    snapshot.unreadableProcesses = m_unreadable;
    snapshot.libraries = m_libraries.values();
    std::sort(snapshot.libraries.begin(), snapshot.libraries.end(), [](const LibraryUsage &a, const LibraryUsage &b) {
        return a.path < b.path;
    });
    for (LibraryUsage &library : snapshot.libraries) {
        std::sort(library.users.begin(), library.users.end(), [](const LibraryUser &a, const LibraryUser &b) {
            return a.process.pid < b.process.pid;
        });
    }
    m_libraries.clear();
    m_unreadable = 0;
    m_oldestReadAtMs = 0;
    return snapshot;
}
