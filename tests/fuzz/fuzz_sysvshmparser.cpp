// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseSysVShm on any bytes: a result and at most an error, never a crash, and only segments
// whose figures could be real.
#include "parse/sysvshmparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto shm = parseSysVShm(QByteArrayView(data, qsizetype(size)));
    QList<int> seen;
    for (const SysVShmSegment &segment : shm.value) {
        if (segment.shmid < 0 || segment.permissions > 0777 || segment.sizeBytes < 0 || segment.creatorPid < 0 || segment.lastPid < 0 || segment.attachments < 0
            || segment.attachTime < 0 || segment.detachTime < 0 || segment.changeTime < 0 || (segment.rssBytes && *segment.rssBytes < 0)
            || (segment.swapBytes && *segment.swapBytes < 0) || seen.contains(segment.shmid))
            abort();
        seen.append(segment.shmid);
    }
    return 0;
}
