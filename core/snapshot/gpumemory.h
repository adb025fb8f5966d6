// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/drmfdinfoparser.h"

#include <QList>

#include <optional>

// Where a region of GPU memory lives. Regions are named by the driver: amdgpu's "vram", "gtt" and
// "cpu"; i915's "system0", "local0" and "stolen-system0"; xe's "vram0", "gtt" and "system".
enum class GpuRegionKind {
    Card, // memory on the card (VRAM), or RAM firmware set aside for the GPU before Linux started
    SystemRam, // pages of the machine's RAM the driver allocated (GTT, system, cpu)
    Other, // a name MemLens does not know: counted in the total only
};

namespace GpuRegion
{
GpuRegionKind kindOf(QByteArrayView region);
// "on the card" or "in system RAM", for the details and the report.
QString describe(GpuRegionKind kind);
// The bytes a region holds now: resident where the driver says, else its total.
std::optional<qint64> bytes(const DrmRegionMemory &memory);
}

// One GPU client as one process holds it: the fdinfo of its descriptors, counted once however
// many of them (dup) point at it.
struct GpuClient {
    DrmClientInfo drm;
    int descriptors = 1;
    // The other processes holding the same client (fork, descriptor passing), in pid order: its
    // memory is theirs too, and every sum counts it once. Set once the whole snapshot is read.
    QList<qint64> sharedWith;

    // What tells a client from another: the device and the client id (unique per device while the
    // client lives). Empty where the driver writes no client id, which cannot be told apart.
    QByteArray identity() const;
    // The memory of the client's regions of one kind, or of all (kind nullopt).
    qint64 bytes(std::optional<GpuRegionKind> kind = std::nullopt) const;
    // Whether the driver wrote any memory key at all (NVIDIA's proprietary driver writes none).
    bool hasMemoryKeys() const
    {
        return !drm.regions.isEmpty();
    }

    bool operator==(const GpuClient &) const = default;
};

// One GPU as sysfs describes it (/sys/class/drm/cardN and its device).
struct GpuDevice {
    QByteArray card; // "card0"
    QByteArray pdev; // the PCI address, as drm-pdev writes it; empty for a device not on PCI
    QByteArray driver; // the kernel driver bound to the device
    std::optional<quint32> vendorId; // PCI ids
    std::optional<quint32> deviceId;
    // The driver's own counters, where it writes them (amdgpu's mem_info_*): bytes.
    std::optional<qint64> vramTotal;
    std::optional<qint64> vramUsed;
    std::optional<qint64> gttTotal;
    std::optional<qint64> gttUsed;

    // "amdgpu 1002:73bf at 0000:03:00.0": the ids and the driver name the device wherever it is.
    QString name() const;
    // Whether the kernel counts this driver's GTT pages in any /proc/meminfo field: false for the
    // drivers whose system RAM comes from TTM's own page pool (amdgpu, radeon, xe, nouveau), which
    // the page allocator hands out uncounted; true for the drivers whose buffers are shmem files
    // (i915, virtio-gpu and the other drm_gem_shmem drivers), which meminfo's Shmem holds.
    static bool systemRamInShmem(QByteArrayView driver);
    // Why a sysfs counter of this device has no value.
    QString silentCounter() const;

    bool operator==(const GpuDevice &) const = default;
};

struct ProcessRecord;

namespace GpuUsage
{
// The GPU memory a process's clients hold, each client once.
qint64 bytes(const QList<GpuClient> &clients, std::optional<GpuRegionKind> kind = std::nullopt);

// What the clients of one device hold, each client counted once however many processes hold it.
struct DeviceClients {
    QByteArray pdev;
    QByteArray driver;
    int clients = 0;
    // Whether these are the clients of that device: the same PCI address, or for a device not
    // on PCI the same driver.
    bool belongTo(const GpuDevice &device) const
    {
        return device.pdev.isEmpty() ? pdev.isEmpty() && driver == device.driver : pdev == device.pdev;
    }
    int withoutMemoryKeys = 0; // clients whose driver says nothing of their memory
    qint64 card = 0;
    qint64 systemRam = 0;
    qint64 other = 0;

    bool operator==(const DeviceClients &) const = default;
};
// Per device (pdev, else driver), in the order first seen, over the processes whose clients
// could be read.
QList<DeviceClients> byDevice(const QList<ProcessRecord> &processes);
}
