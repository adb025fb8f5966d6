// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/sysvshmparser.h"
#include "snapshot/reading.h"

#include <QList>
#include <QString>

// A System V shared memory segment (shmget), with its owner's name.
struct SharedMemorySegment {
    SysVShmSegment segment; // key, shmid, owner uid, sizeBytes, rssBytes, swapBytes, attachments, creatorPid, lastPid, ...
    QString owner; // the user name of segment.uid, or the number where it has none

    // No process has it attached: it holds its memory until someone removes it (ipcrm), since the
    // kernel frees a segment only once it is both marked for removal and detached everywhere.
    bool orphaned() const
    {
        return segment.attachments == 0;
    }

    bool operator==(const SharedMemorySegment &) const = default;
};

// A POSIX shared memory object (shm_open) or semaphore (sem.NAME): a file directly under /dev/shm.
struct PosixSharedMemoryFile {
    QString name; // the file's name under /dev/shm, as shm_open was given it without the '/'
    qint64 sizeBytes = 0; // st_size: the size it was given (ftruncate); pages never written take no memory
    qint64 usedBytes = 0; // st_blocks × 512: the memory its pages take (in RAM or in swap)
    uint uid = 0;
    QString owner; // the user name of uid, or the number

    bool operator==(const PosixSharedMemoryFile &) const = default;
};

// A tmpfs mount and how full it is. Its files live in memory (or swap) and count as Shmem.
struct TmpfsMount {
    QString mountPoint; // "/dev/shm", "/run/user/1000"
    QString source; // the device field, usually "tmpfs" or "none"
    QByteArray options; // as in /proc/self/mounts: "rw,nosuid,nodev,size=1024k"
    // statfs' blocks × fragment size and (blocks − free blocks) × fragment size, in bytes. Missing
    // for a tmpfs without a size limit (size=0: the kernel keeps no block count), one hidden under
    // a later mount, or one this process cannot reach.
    Reading<qint64> sizeBytes;
    Reading<qint64> usedBytes;

    bool operator==(const TmpfsMount &) const = default;
};

// Where meminfo's Shmem goes. Each part is read on its own: one that fails keeps the others.
struct SharedMemorySnapshot {
    Reading<QList<SharedMemorySegment>> sysV; // /proc/sysvipc/shm, in the kernel's order
    Reading<QList<PosixSharedMemoryFile>> posix; // /dev/shm's regular files, by name
    Reading<QList<TmpfsMount>> tmpfs; // every tmpfs in /proc/self/mounts, in mount order (a mount point twice when mounted over itself)

    bool operator==(const SharedMemorySnapshot &) const = default;
};
