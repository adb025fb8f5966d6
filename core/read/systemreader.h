// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/filereader.h"
#include "read/sysroot.h"
#include "snapshot/systemsnapshot.h"

// Reads the system-wide figures: /proc/meminfo, /proc/vmstat, memory PSI, /proc/swaps, the THP
// modes, the vm sysctls, the huge page pools, KSM, and the dirty thresholds (with
// /proc/zoneinfo). Rates need two samples and are the sampler's business.
class SystemReader
{
public:
    explicit SystemReader(const SysRoot &root);

    SystemSnapshot read();

    // The sysctls shown and exported, under their /proc/sys/vm names.
    static const QList<QByteArray> &tunableNames();

private:
    SysRoot m_root;
    FileReader m_reader;
};
