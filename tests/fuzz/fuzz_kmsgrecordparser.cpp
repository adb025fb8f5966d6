// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseKmsgRecords on any bytes (what /dev/kmsg hands out, or a capture of it): records and at
// most an error, never a crash, and only records whose header could be the kernel's.
#include "parse/kmsgrecordparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto records = parseKmsgRecords(QByteArrayView(data, qsizetype(size)));
    for (const KmsgRecord &record : records.value) {
        if (record.facility < 0 || record.level < 0 || record.level > 7 || record.sinceBootUsec < 0 || record.flags.isEmpty())
            abort();
        // Escapes are undone, so a message never holds more bytes than the line that carried it.
        if (record.message.size() > qsizetype(size))
            abort();
    }
    return 0;
}
