// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parseresult.h"

#include <QList>

#include <optional>

// One System V shared memory segment (shmget), from /proc/sysvipc/shm.
struct SysVShmSegment {
    int key = 0; // 0 is IPC_PRIVATE; the kernel prints the key as a signed decimal
    int shmid = 0;
    uint permissions = 0; // the rwx bits of the mode, 0600
    bool destroyWhenDetached = false; // removed (IPC_RMID) while still attached: SHM_DEST
    bool locked = false; // SHM_LOCK'ed into memory
    qint64 sizeBytes = 0;
    qint64 creatorPid = 0;
    qint64 lastPid = 0; // the last shmat/shmdt; 0 if never attached
    qint64 attachments = 0; // nattch: processes that have it attached now
    uint uid = 0;
    uint gid = 0;
    uint creatorUid = 0;
    uint creatorGid = 0;
    qint64 attachTime = 0; // seconds since the epoch; 0: never
    qint64 detachTime = 0;
    qint64 changeTime = 0;
    std::optional<qint64> rssBytes; // resident; older kernels have no rss and swap columns
    std::optional<qint64> swapBytes;

    bool operator==(const SysVShmSegment &) const = default;
};

// /proc/sysvipc/shm: a header naming the columns, then one line per segment. Columns are found
// by their names in the header, not by position; unknown columns are skipped, and a header
// without one of the columns every kernel writes (all but rss and swap) refuses the file. A line
// that does not fit the header, or repeats a shmid, is reported and skipped.
ParseResult<QList<SysVShmSegment>> parseSysVShm(QByteArrayView text);
