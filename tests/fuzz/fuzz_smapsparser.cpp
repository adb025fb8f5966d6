// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseSmaps on any bytes: mappings and at most an error, never a crash. The counters of all
// mappings are summed as a process's totals are (SmapsCounters::add), and must stay sane.
#include "parse/smapsparser.h"

#include <cstdint>
#include <cstdlib>

static void check(const SmapsCounters &counters)
{
    for (int field = 0; field < SmapsCounters::FieldCount; ++field) {
        const auto bytes = counters.value(SmapsCounters::Field(field));
        if (bytes && *bytes < 0)
            abort();
    }
    for (const auto &sum : {counters.uss(), counters.shared()}) {
        if (sum && *sum < 0)
            abort();
    }
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto smaps = parseSmaps(QByteArrayView(data, qsizetype(size)));
    SmapsCounters total;
    for (const Mapping &mapping : smaps.value) {
        if (mapping.end < mapping.start || mapping.permissions.size() != 4 || !mapping.device.contains(':'))
            abort();
        if (mapping.path.isEmpty() != (mapping.kind == Mapping::Kind::Anonymous))
            abort();
        check(mapping.counters);
        total.add(mapping.counters);
    }
    check(total);
    return 0;
}
