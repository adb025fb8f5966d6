// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/filereader.h"
#include "read/sysroot.h"
#include "snapshot/cgroupsnapshot.h"

#include <QCoreApplication>

// Reads the memory figures of every control group in the hierarchy that holds the memory
// controller: cgroup v2 (/sys/fs/cgroup, or /sys/fs/cgroup/unified) or, on machines that still
// mount it, cgroup v1 (/sys/fs/cgroup/memory).
class CgroupReader
{
    Q_DECLARE_TR_FUNCTIONS(CgroupReader)

public:
    explicit CgroupReader(const SysRoot &root);

    CgroupSnapshot read();

private:
    void locateHierarchy(CgroupSnapshot &snapshot);
    CgroupRecord readV2(const QString &path);
    CgroupRecord readV1(const QString &path);

    SysRoot m_root;
    FileReader m_reader;
};
