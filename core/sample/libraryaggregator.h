// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/librarysnapshot.h"
#include "snapshot/mappingsnapshot.h"

#include <QHash>

// Sums file-backed mappings over processes into per-file totals: which shared objects cost what,
// and who maps them. Fed one process at a time, so the caller never holds every smaps at once.
class LibraryAggregator
{
public:
    // One process's resident bytes per mapped file.
    struct Resident {
        qint64 rss = 0;
        qint64 pss = 0;

        bool operator==(const Resident &) const = default;
    };
    using FileUse = QHash<QString, Resident>;

    // A process maps a library several times (text, data, relro): summed per file, so that the
    // library lists the process once.
    static FileUse perFile(const QList<Mapping> &mappings);

    // mappingsReadAtMs: when the process's smaps was read, for the snapshot's oldest reading.
    void add(const ProcessRecord &process, const FileUse &files, qint64 mappingsReadAtMs);
    void addUnreadable()
    {
        ++m_unreadable;
    }

    LibrarySnapshot finish(qint64 sampledAtMs);

private:
    QHash<QString, LibraryUsage> m_libraries;
    int m_unreadable = 0;
    qint64 m_oldestReadAtMs = 0;
};
