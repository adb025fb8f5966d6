// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseFlatKeyed (/proc/vmstat, memory.stat, memory.events) on any bytes: a result and at most
// an error, never a crash, and each counter named once.
#include "parse/flatkeyedparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto counters = parseFlatKeyed(QByteArrayView(data, qsizetype(size)));
    QList<QByteArray> seen;
    for (const NamedValue &field : counters.value.list()) {
        if (field.name.isEmpty() || field.unit != NamedValue::Unit::Number || seen.contains(field.name))
            abort();
        seen.append(field.name);
    }
    return 0;
}
