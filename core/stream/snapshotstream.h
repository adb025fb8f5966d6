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

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <variant>

class QIODevice;

// The snapshot stream: what `memlens-agent` writes on stdout for MemLens to read (from the
// Flatpak host, as root, from another machine), and what a recording file holds for
// `memlens --replay`. A header (magic and format version), then one record per snapshot: a tag,
// a length and the encoded snapshot, so a reader knows where each record ends however the bytes
// arrive through a pipe. The kinds beyond system and processes are written when asked for (see
// AgentRequest); an agent that must stop writes an AgentFailure last.
namespace SnapshotStream
{
inline constexpr char magic[] = "MEMLENS-SNAPSHOTS";
// 2: each process record says when it was read; 3: huge page pools, KSM, dirty thresholds, NUMA
// nodes, shared memory; 4: mappings, NUMA residency, libraries, cgroups, kill history, slab
// caches and the agent's failure; 5: GPU clients per process, GPU devices, the ZFS ARC, and the
// kills of systemd-oomd and earlyoom; 6: the watcher's bookmarks, and records compressed.
inline constexpr quint32 version = 6;
// Tags on the wire are the alternative's index + 1: append new kinds, never reorder.
using Snapshot = std::variant<SystemSnapshot,
                              ProcessSnapshot,
                              MappingSnapshot,
                              NumaResidency,
                              LibrarySnapshot,
                              CgroupSnapshot,
                              KillHistory,
                              SlabCacheSnapshot,
                              AgentFailure,
                              Bookmark>;

// When a record was taken; records without a time of their own (a failure) have none.
std::optional<qint64> timeOf(const Snapshot &snapshot);

// What a timeline needs of a stream, without decoding its snapshots: when each sample was taken
// (its system snapshot's time) and the bookmarks. Reads up to the first record cut short or
// damaged; a stream of another format outlines as nothing.
struct Outline {
    QList<qint64> sampleTimesMs;
    QList<Bookmark> bookmarks;
};
Outline outline(QIODevice *device);

class Writer
{
public:
    // Writes the header at once.
    explicit Writer(QIODevice *device);
    // false when the device would not take the bytes (the reader has gone away).
    bool write(const Snapshot &snapshot);

private:
    QByteArray payloadOf(const Snapshot &snapshot, quint8 *tag);

    QIODevice *m_device;
    bool m_ok;
    QHash<ProcessKey, ProcessRecord> m_lastProcesses; // as the reader has them
    bool m_processesWritten = false;
    std::optional<QList<LibraryUsage>> m_lastLibraries; // as the reader has them
};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotStream)

public:
    // Reads from device as bytes become available (a pipe) or all at once (a file).
    explicit Reader(QIODevice *device);
    // The next whole snapshot, or nullopt when more bytes are needed or the stream is broken
    // (error() then says why; a broken stream stays broken).
    std::optional<Snapshot> next();
    QString error() const
    {
        return m_error;
    }
    // Whether bytes of a record (or of the header) wait for the rest: at the end of a file, a
    // record cut short.
    bool holdsPartialRecord() const
    {
        return !m_buffer.isEmpty() || !m_headerRead;
    }

private:
    std::optional<Snapshot> decodeProcessChanges(const QByteArray &payload);
    std::optional<Snapshot> decodeLibraryTimes(const QByteArray &payload);

    QIODevice *m_device;
    QByteArray m_buffer;
    bool m_headerRead = false;
    QString m_error;
    std::optional<QHash<ProcessKey, ProcessRecord>> m_lastProcesses; // what process changes apply to
    std::optional<QList<LibraryUsage>> m_lastLibraries; // what library times apply to
};
}
