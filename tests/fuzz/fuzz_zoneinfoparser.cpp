// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseZoneinfo on any bytes, and the dirty thresholds computed from what it returns: zones
// with figures a kernel could write, a reserve and thresholds that are never negative, and a
// background threshold never above the throttle one.
#include "parse/zoneinfoparser.h"
#include "snapshot/dirtythresholds.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto zones = parseZoneinfo(QByteArrayView(data, qsizetype(size)));
    for (const MemoryZone &zone : zones.value) {
        if (zone.node < 0 || zone.name.isEmpty() || zone.freePages < 0 || zone.boostPages < 0 || zone.highPages < 0 || zone.managedPages < 0
            || zone.protection.isEmpty())
            abort();
        for (const qint64 pages : zone.protection)
            if (pages < 0)
                abort();
    }
    if (DirtyThresholds::totalReservePages(zones.value) < 0)
        abort();
    NamedValues meminfo;
    meminfo.append({"MemFree", qint64(1) << 40, NamedValue::Unit::Bytes});
    meminfo.append({"Active(file)", qint64(1) << 30, NamedValue::Unit::Bytes});
    meminfo.append({"Inactive(file)", qint64(1) << 30, NamedValue::Unit::Bytes});
    for (const DirtyThresholds::Settings &settings : {DirtyThresholds::Settings{20, 10, 0, 0}, DirtyThresholds::Settings{0, 0, 50000000, 100000000}}) {
        const auto thresholds = DirtyThresholds::compute(meminfo, zones.value, settings);
        if (thresholds
            && (thresholds->dirtyableBytes <= 0 || thresholds->reserveBytes < 0 || thresholds->backgroundBytes < 0
                || thresholds->backgroundBytes > thresholds->throttleBytes))
            abort();
    }
    return 0;
}
