// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseProcCgroup and memoryCgroupPath on any bytes: a result and at most an error, never a
// crash; the memory cgroup is one of the paths listed, or none.
#include "parse/proccgroupparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto cgroups = parseProcCgroup(QByteArrayView(data, qsizetype(size)));
    bool listed = false;
    const QByteArray memory = memoryCgroupPath(cgroups.value);
    for (const CgroupMembership &membership : cgroups.value) {
        if (membership.hierarchy < 0 || !membership.path.startsWith('/'))
            abort();
        listed = listed || membership.path == memory;
    }
    if (!memory.isEmpty() && !listed)
        abort();
    return 0;
}
