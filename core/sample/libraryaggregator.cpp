#include "libraryaggregator.h"

#include <algorithm>

void LibraryAggregator::add(const ProcessRecord &process, const QList<Mapping> &mappings)
{
    // One process maps a library several times (text, data, relro): sum those first so the
    // library lists the process once.
    QHash<QString, LibraryUser> perFile;
    for (const Mapping &mapping : mappings) {
        if (mapping.kind != Mapping::Kind::File)
            continue;
        LibraryUser &user = perFile[mapping.path];
        user.process = process.key;
        user.processName = process.name;
        user.rss += mapping.counters.value(SmapsCounters::Rss).value_or(0);
        user.pss += mapping.counters.value(SmapsCounters::Pss).value_or(0);
    }
    for (auto it = perFile.cbegin(); it != perFile.cend(); ++it) {
        LibraryUsage &library = m_libraries[it.key()];
        library.path = it.key();
        library.rss += it->rss;
        library.pss += it->pss;
        library.users.append(*it);
    }
}

LibrarySnapshot LibraryAggregator::finish(qint64 sampledAtMs)
{
    LibrarySnapshot snapshot;
    snapshot.sampledAtMs = sampledAtMs;
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
    return snapshot;
}
