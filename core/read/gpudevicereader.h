// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/filereader.h"
#include "read/sysroot.h"
#include "snapshot/gpumemory.h"
#include "snapshot/reading.h"

// Every GPU under /sys/class/drm (card0, card1; not their connectors), with what its device's
// uevent says (driver, PCI ids and address) and the memory counters amdgpu writes beside it
// (mem_info_vram_total, _used; mem_info_gtt_total, _used). No /sys/class/drm is an empty list:
// a machine without a GPU, or a container that does not show it.
class GpuDeviceReader
{
public:
    explicit GpuDeviceReader(const SysRoot &root);

    Reading<QList<GpuDevice>> read();

private:
    std::optional<qint64> counter(const QString &device, QStringView name);

    SysRoot m_root;
    FileReader m_reader;
};
