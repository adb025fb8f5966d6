// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cgrouplimitparser.h"

#include "textscan.h"

ParseResult<MemoryLimit> parseCgroupLimit(QByteArrayView text)
{
    ParseResult<MemoryLimit> result;
    const QByteArrayView value = text.trimmed();
    if (value == "max") {
        result.value.unlimited = true;
        return result;
    }
    const auto bytes = TextScan::toUInt64(value);
    if (!bytes) {
        result.error = value.isEmpty() ? QStringLiteral("empty file") : QStringLiteral("not \"max\" or a byte count: %1").arg(TextScan::quoted(value));
        return result;
    }
    // cgroup v1 writes "no limit" as the page counter's maximum: 9223372036854771712 with 4 KiB
    // pages, other values with other page sizes, and 18446744073709551615 on some old kernels.
    // No machine has 4 EiB of memory, so anything from 2^62 up means unlimited.
    constexpr quint64 unlimitedFrom = quint64(1) << 62;
    if (*bytes >= unlimitedFrom)
        result.value.unlimited = true;
    else
        result.value.bytes = qint64(*bytes);
    return result;
}
