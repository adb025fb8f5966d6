// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseProcStatus on any bytes: a result and at most an error, never a crash, and memory
// figures that are whole KiB and never negative.
#include "parse/procstatusparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto status = parseProcStatus(QByteArrayView(data, qsizetype(size)));
    const ProcStatus &process = status.value;
    for (const auto &bytes : {process.vmRss, process.rssAnon, process.rssFile, process.rssShmem, process.vmSwap}) {
        if (bytes && (*bytes < 0 || *bytes % 1024 != 0))
            abort();
    }
    if (process.threads && *process.threads < 0)
        abort();
    return 0;
}
