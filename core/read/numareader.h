// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/filereader.h"
#include "read/sysroot.h"
#include "snapshot/numanode.h"

#include <QCoreApplication>

// The NUMA nodes under /sys/devices/system/node, each with its meminfo and numastat. A node
// whose file is missing or damaged lacks that figure, with the reason; the other nodes and the
// node's other file are still read. Rates are the sampler's business.
class NumaReader
{
    Q_DECLARE_TR_FUNCTIONS(NumaReader)

public:
    explicit NumaReader(const SysRoot &root);

    // Every nodeN directory, ascending by id; missing where /sys/devices/system/node does not
    // exist (a kernel built without NUMA support).
    Reading<QList<NumaNode>> read();

private:
    SysRoot m_root;
    FileReader m_reader;
};
