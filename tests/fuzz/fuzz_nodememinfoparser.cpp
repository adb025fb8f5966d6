// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseNodeMeminfo on any bytes: a result and at most an error, never a crash, and only fields
// of one node that keep nodememinfoparser.h's promises.
#include "parse/nodememinfoparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto meminfo = parseNodeMeminfo(QByteArrayView(data, qsizetype(size)));
    // A node number once anything was read, and nothing without one.
    if (meminfo.value.node < -1 || (meminfo.value.node < 0) != meminfo.value.values.isEmpty())
        abort();
    QList<QByteArray> seen;
    for (const NamedValue &field : meminfo.value.values.list()) {
        if (field.value < 0 || (field.unit == NamedValue::Unit::Bytes && field.value % 1024 != 0) || field.name.isEmpty() || seen.contains(field.name))
            abort();
        seen.append(field.name);
    }
    return 0;
}
