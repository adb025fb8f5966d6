#pragma once

#include "snapshot/librarysnapshot.h"
#include "snapshot/mappingsnapshot.h"

#include <QHash>

// Sums file-backed mappings over processes into per-file totals: which shared objects cost what,
// and who maps them. Fed one process at a time, so the caller never holds every smaps at once.
class LibraryAggregator
{
public:
    void add(const ProcessRecord &process, const QList<Mapping> &mappings);
    void addUnreadable()
    {
        ++m_unreadable;
    }

    LibrarySnapshot finish(qint64 sampledAtMs);

private:
    QHash<QString, LibraryUsage> m_libraries;
    int m_unreadable = 0;
};
