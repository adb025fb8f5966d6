// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/zrammmstatparser.h"
#include "read/filereader.h"
#include "read/sysroot.h"
#include "snapshot/reading.h"

#include <QList>

// One zram device: a compressed block device in RAM, usually swap.
struct ZramDevice {
    QString name; // "zram0"
    Reading<qint64> disksizeBytes; // the uncompressed capacity; 0 while the device is not set up
    Reading<QString> compAlgorithm; // the algorithm in use ("lz4", "zstd")
    Reading<ZramStats> stats;

    bool operator==(const ZramDevice &) const = default;
};

// Every /sys/block/zram* device under the root, in number order. No zram devices is an empty
// list: the kernel has no zram module loaded, or none was created; neither is an error.
class ZramReader
{
public:
    explicit ZramReader(const SysRoot &root);

    Reading<QList<ZramDevice>> read();

private:
    SysRoot m_root;
    FileReader m_reader;
};
