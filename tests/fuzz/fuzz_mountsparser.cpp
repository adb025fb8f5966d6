// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseMounts on any bytes: a result and at most an error, never a crash, and only mounts with
// a source, an absolute mount point and a type.
#include "parse/mountsparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto mounts = parseMounts(QByteArrayView(data, qsizetype(size)));
    for (const MountEntry &mount : mounts.value) {
        if (mount.source.isEmpty() || !mount.mountPoint.startsWith(u'/') || mount.type.isEmpty() || mount.options.isEmpty())
            abort();
    }
    return 0;
}
