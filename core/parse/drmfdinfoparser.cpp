// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "drmfdinfoparser.h"

#include "textscan.h"

#include <limits>

namespace
{
// "123", "123 KiB", "4 MiB" -> bytes; anything else, or more than qint64 holds, -> nothing.
std::optional<qint64> memoryValue(QByteArrayView text)
{
    QByteArrayView number = TextScan::nextToken(text);
    const QByteArrayView unit = TextScan::nextToken(text);
    if (!TextScan::nextToken(text).isEmpty())
        return std::nullopt;
    const std::optional<quint64> value = TextScan::toUInt64(number);
    if (!value)
        return std::nullopt;
    quint64 scale = 1;
    if (unit == "KiB")
        scale = 1024;
    else if (unit == "MiB")
        scale = 1024 * 1024;
    else if (!unit.isEmpty())
        return std::nullopt;
    if (*value > quint64(std::numeric_limits<qint64>::max()) / scale)
        return std::nullopt;
    return qint64(*value * scale);
}

// The figure of a region a memory key names, or nothing for a key that is not one.
std::optional<qint64> DrmRegionMemory::*memoryKind(QByteArrayView kind)
{
    if (kind == "total")
        return &DrmRegionMemory::total;
    if (kind == "shared")
        return &DrmRegionMemory::shared;
    if (kind == "resident" || kind == "memory") // drm-memory-: amdgpu's older name for resident
        return &DrmRegionMemory::resident;
    if (kind == "purgeable")
        return &DrmRegionMemory::purgeable;
    if (kind == "active")
        return &DrmRegionMemory::active;
    return nullptr;
}
}

ParseResult<std::optional<DrmClientInfo>> parseDrmFdinfo(QByteArrayView text)
{
    DrmClientInfo info;
    bool drm = false;
    QString error;
    const auto fail = [&error](int number, const QString &what) {
        if (error.isEmpty())
            error = TextScan::lineError(number, what);
    };
    TextScan::forEachLine(text, [&](QByteArrayView line, int number) {
        const auto field = TextScan::splitKeyValue(line, ':');
        if (!field || !field->key.startsWith("drm-"))
            return; // pos, flags, mnt_id, ino; a driver's own keys
        const QByteArrayView key = field->key.sliced(4);
        if (key == "driver") {
            drm = TextScan::isPrintableName(field->value);
            if (drm)
                info.driver = field->value.toByteArray();
            else
                fail(number, QStringLiteral("a driver name that is not one: %1").arg(TextScan::quoted(field->value)));
            return;
        }
        if (key == "pdev") {
            if (TextScan::isPrintableName(field->value))
                info.pdev = field->value.toByteArray();
            else
                fail(number, QStringLiteral("a device address that is not one: %1").arg(TextScan::quoted(field->value)));
            return;
        }
        if (key == "client-id") {
            info.clientId = TextScan::toUInt64(field->value);
            if (!info.clientId)
                fail(number, QStringLiteral("a client id that is not a number: %1").arg(TextScan::quoted(field->value)));
            return;
        }
        // drm-<kind>-<region>; the region may hold dashes itself ("stolen-system0"), and
        // drm-total-cycles-<engine> counts clock cycles, not memory.
        const qsizetype dash = key.indexOf('-');
        if (dash <= 0 || key.startsWith("total-cycles-"))
            return;
        std::optional<qint64> DrmRegionMemory::*const kind = memoryKind(key.first(dash));
        const QByteArrayView region = key.sliced(dash + 1);
        if (!kind || region.isEmpty())
            return; // engine time, cycles, frequencies, capacities, client names
        if (!TextScan::isPrintableName(region)) {
            fail(number, QStringLiteral("a region name that is not one: %1").arg(TextScan::quoted(region)));
            return;
        }
        const std::optional<qint64> bytes = memoryValue(field->value);
        if (!bytes) {
            fail(number, QStringLiteral("not an amount of memory: %1").arg(TextScan::quoted(field->value)));
            return;
        }
        info.regions[region.toByteArray()].*kind = *bytes;
        info.olderMemoryKeys = info.olderMemoryKeys || key.startsWith("memory-");
    });
    if (!drm)
        return {std::nullopt, error};
    return {info, error};
}
