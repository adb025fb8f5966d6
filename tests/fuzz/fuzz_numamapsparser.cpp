// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseNumaMaps on any bytes: a result and at most an error, never a crash, and per-node sums
// that are exactly the mappings' pages times their page sizes.
#include "parse/numamapsparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto maps = parseNumaMaps(QByteArrayView(data, qsizetype(size)));
    QList<NodeAmount> sums;
    quint64 previous = 0;
    for (const NumaMapping &mapping : maps.value.mappings) {
        if ((&mapping != &maps.value.mappings.constFirst() && mapping.start <= previous) || mapping.policy.isEmpty() || mapping.anonPages < 0
            || mapping.dirtyPages < 0 || mapping.pages < 0 || (mapping.pages > 0 && mapping.pageSizeBytes < 4096))
            abort();
        previous = mapping.start;
        qint64 pages = 0;
        for (const NodeAmount &node : mapping.nodePages) {
            if (node.node < 0 || node.amount < 0)
                abort();
            pages += node.amount;
            // The parser refused anything that overflows, so this cannot.
            qsizetype i = 0;
            while (i < sums.size() && sums[i].node < node.node)
                ++i;
            if (i == sums.size() || sums[i].node != node.node)
                sums.insert(i, {node.node, 0});
            sums[i].amount += node.amount * mapping.pageSizeBytes;
        }
        if (pages != mapping.pages)
            abort();
    }
    if (sums != maps.value.nodeBytes)
        abort();
    return 0;
}
