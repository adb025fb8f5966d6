// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/killhistoryreader.h"
#include "snapshot/bookmark.h"
#include "snapshot/cgroupsnapshot.h"
#include "snapshot/librarysnapshot.h"
#include "snapshot/mappingsnapshot.h"
#include "snapshot/numaresidency.h"
#include "snapshot/processsnapshot.h"
#include "snapshot/slabcachesnapshot.h"
#include "snapshot/systemsnapshot.h"
#include "stream/agentfailure.h"

#include <QDataStream>

// Snapshots as bytes, field by field, for the snapshot stream (`memlens --agent`, recordings).
// Every field is written, so a snapshot read back compares equal to the one written.
// A process snapshot as the records that changed since the one before it in the stream: most
// processes sit still between two refreshes, and an agent need not encode them again.
struct ProcessChanges {
    qint64 sampledAtMs = 0;
    int vanished = 0;
    QString smapsSource;
    QList<ProcessKey> order; // every process of the snapshot, in its order
    QList<ProcessRecord> changed; // those new or different since the snapshot before
};

// A library snapshot whose libraries are those of the one before it in the stream: its times only.
struct LibraryTimes {
    qint64 sampledAtMs = 0;
    qint64 oldestReadAtMs = 0;
    int unreadableProcesses = 0;
};

QDataStream &operator<<(QDataStream &out, const LibraryTimes &times);
QDataStream &operator>>(QDataStream &in, LibraryTimes &times);
QDataStream &operator<<(QDataStream &out, const ProcessChanges &changes);
QDataStream &operator>>(QDataStream &in, ProcessChanges &changes);
QDataStream &operator<<(QDataStream &out, const SystemSnapshot &snapshot);
QDataStream &operator>>(QDataStream &in, SystemSnapshot &snapshot);
QDataStream &operator<<(QDataStream &out, const ProcessSnapshot &snapshot);
QDataStream &operator>>(QDataStream &in, ProcessSnapshot &snapshot);
QDataStream &operator<<(QDataStream &out, const MappingSnapshot &snapshot);
QDataStream &operator>>(QDataStream &in, MappingSnapshot &snapshot);
QDataStream &operator<<(QDataStream &out, const NumaResidency &residency);
QDataStream &operator>>(QDataStream &in, NumaResidency &residency);
QDataStream &operator<<(QDataStream &out, const LibrarySnapshot &snapshot);
QDataStream &operator>>(QDataStream &in, LibrarySnapshot &snapshot);
QDataStream &operator<<(QDataStream &out, const CgroupSnapshot &snapshot);
QDataStream &operator>>(QDataStream &in, CgroupSnapshot &snapshot);
QDataStream &operator<<(QDataStream &out, const KillHistory &history);
QDataStream &operator>>(QDataStream &in, KillHistory &history);
QDataStream &operator<<(QDataStream &out, const SlabCacheSnapshot &snapshot);
QDataStream &operator>>(QDataStream &in, SlabCacheSnapshot &snapshot);
QDataStream &operator<<(QDataStream &out, const AgentFailure &failure);
QDataStream &operator>>(QDataStream &in, AgentFailure &failure);
QDataStream &operator<<(QDataStream &out, const Bookmark &bookmark);
QDataStream &operator>>(QDataStream &in, Bookmark &bookmark);
