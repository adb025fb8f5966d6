// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "hugepagedirectory.h"

#include "textscan.h"

ParseResult<qint64> parseHugePageDirectory(QByteArrayView name)
{
    ParseResult<qint64> result;
    constexpr QByteArrayView prefix = "hugepages-";
    const auto kib = name.startsWith(prefix) && name.endsWith("kB") ? TextScan::toInt64(name.sliced(prefix.size()).chopped(2)) : std::nullopt;
    // Page sizes are powers of two of at least 4 KiB (in the kernel: PAGE_SIZE << order).
    // toInt64 trims, so "hugepages- 2048kB" would pass it: no whitespace anywhere.
    if (!kib || *kib < 4 || (*kib & (*kib - 1)) != 0 || *kib > (qint64(1) << 40) || !TextScan::isPrintableName(name))
        result.error = QStringLiteral("not a huge page pool's directory: %1").arg(TextScan::quoted(name));
    else
        result.value = *kib * 1024;
    return result;
}
