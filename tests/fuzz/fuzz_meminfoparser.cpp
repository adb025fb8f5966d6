// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseMeminfo on any bytes: a result and at most an error, never a crash, and only fields that
// keep meminfoparser.h's promises.
#include "parse/meminfoparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto meminfo = parseMeminfo(QByteArrayView(data, qsizetype(size)));
    QList<QByteArray> seen;
    for (const NamedValue &field : meminfo.value.list()) {
        // Never negative; "kB" fields are whole KiB; a name once.
        if (field.value < 0 || (field.unit == NamedValue::Unit::Bytes && field.value % 1024 != 0) || field.name.isEmpty() || seen.contains(field.name))
            abort();
        seen.append(field.name);
    }
    return 0;
}
