// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/filereader.h"
#include "read/sysroot.h"
#include "read/usernames.h"
#include "snapshot/sharedmemorysnapshot.h"

#include <QCoreApplication>

// Where Shmem goes: System V segments, POSIX shared memory under /dev/shm and every tmpfs mount
// with its usage. The three parts are read independently; each carries its own reason.
class SharedMemoryReader
{
    Q_DECLARE_TR_FUNCTIONS(SharedMemoryReader)

public:
    explicit SharedMemoryReader(const SysRoot &root);

    SharedMemorySnapshot read();

private:
    Reading<QList<SharedMemorySegment>> readSysV();
    Reading<QList<PosixSharedMemoryFile>> readPosix();
    Reading<QList<TmpfsMount>> readTmpfs();

    SysRoot m_root;
    FileReader m_reader;
    UserNames m_userNames;
};
