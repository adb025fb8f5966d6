// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parseresult.h"

#include <QByteArray>
#include <QMap>

#include <optional>

// The memory of one GPU client in one region ("vram", "gtt", "system0", "stolen-system0"), in
// bytes, as the kernel's DRM usage stats give it; a figure the driver does not write is missing.
struct DrmRegionMemory {
    std::optional<qint64> total; // every buffer the client created, backed or not
    std::optional<qint64> shared; // buffers shared with another file (another process, often)
    std::optional<qint64> resident; // buffers with their backing store present
    std::optional<qint64> purgeable;
    std::optional<qint64> active; // buffers busy on an engine

    bool operator==(const DrmRegionMemory &) const = default;
};

// What /proc/PID/fdinfo/FD says of a file descriptor open on a GPU (/dev/dri/*), following the
// kernel's drm-usage-stats: the driver, the device, the client id that tells one client held
// through several descriptors or processes from two, and its memory per region.
struct DrmClientInfo {
    QByteArray driver; // drm-driver: "amdgpu", "i915", "xe"; present on every DRM descriptor
    QByteArray pdev; // drm-pdev: the PCI address ("0000:03:00.0"), empty where not PCI
    std::optional<quint64> clientId; // drm-client-id: unique per device while the client lives
    QMap<QByteArray, DrmRegionMemory> regions;
    // The driver wrote amdgpu's older drm-memory-<region>, read as resident.
    bool olderMemoryKeys = false;

    bool operator==(const DrmClientInfo &) const = default;
};

// Nothing for a descriptor that is not a DRM client (no drm-driver line: a file, a socket). Keys
// it does not use (engine time, cycles, frequencies, a driver's own) are passed over; a value
// that is not an unsigned number with an optional KiB or MiB, or that overflows, is left out and
// said in the error.
ParseResult<std::optional<DrmClientInfo>> parseDrmFdinfo(QByteArrayView text);
