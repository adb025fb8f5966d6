// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/processsnapshot.h"

// How much of one mapped file (a shared library, an executable, a font) one process has resident.
struct LibraryUser {
    ProcessKey process;
    QString processName;
    qint64 rss = 0;
    qint64 pss = 0;

    bool operator==(const LibraryUser &) const = default;
};

// One file mapped by one or more processes, summed over them (what smem -m and librank show).
struct LibraryUsage {
    QString path;
    qint64 rss = 0;
    qint64 pss = 0;
    QList<LibraryUser> users; // by pid

    // What sharing saves: each process counts the file's resident pages in its RSS, but they are
    // in memory once. RSS summed over users minus the PSS sum is the memory not duplicated.
    qint64 savedBySharing() const
    {
        return rss - pss;
    }

    bool operator==(const LibraryUsage &) const = default;
};

struct LibrarySnapshot {
    qint64 sampledAtMs = 0;
    qint64 oldestReadAtMs = 0; // when the oldest smaps summed here was read; 0 when none was
    QList<LibraryUsage> libraries; // by path
    int unreadableProcesses = 0; // processes whose smaps could not be read (not counted above)

    bool operator==(const LibrarySnapshot &) const = default;
};
