// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gpumemory.h"

#include "snapshot/processsnapshot.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

GpuRegionKind GpuRegion::kindOf(QByteArrayView region)
{
    // Trailing digits number a driver's regions of one kind (vram0, system1).
    while (!region.isEmpty() && region.back() >= '0' && region.back() <= '9')
        region.chop(1);
    // Stolen memory (i915's stolen-system, stolen-local) is RAM the firmware kept from Linux at
    // boot: outside MemTotal, like memory on a card.
    if (region == "vram" || region == "local" || region.startsWith("stolen-"))
        return GpuRegionKind::Card;
    if (region == "gtt" || region == "cpu" || region == "system")
        return GpuRegionKind::SystemRam;
    return GpuRegionKind::Other;
}

QString GpuRegion::describe(GpuRegionKind kind)
{
    switch (kind) {
    case GpuRegionKind::Card:
        return QCoreApplication::translate("GpuRegion", "on the card");
    case GpuRegionKind::SystemRam:
        return QCoreApplication::translate("GpuRegion", "in system RAM");
    case GpuRegionKind::Other:
        break;
    }
    return QCoreApplication::translate("GpuRegion", "of a kind MemLens does not know");
}

std::optional<qint64> GpuRegion::bytes(const DrmRegionMemory &memory)
{
    return memory.resident ? memory.resident : memory.total;
}

QByteArray GpuClient::identity() const
{
    if (!drm.clientId)
        return {};
    return drm.driver + '@' + drm.pdev + '#' + QByteArray::number(*drm.clientId);
}

qint64 GpuClient::bytes(std::optional<GpuRegionKind> kind) const
{
    qint64 sum = 0;
    for (auto it = drm.regions.cbegin(); it != drm.regions.cend(); ++it) {
        if (!kind || GpuRegion::kindOf(it.key()) == *kind)
            sum += GpuRegion::bytes(it.value()).value_or(0);
    }
    return sum;
}

QString GpuDevice::name() const
{
    QString name = QString::fromUtf8(driver.isEmpty() ? card : driver);
    if (vendorId && deviceId)
        name += QStringLiteral(" %1:%2").arg(*vendorId, 4, 16, QChar(u'0')).arg(*deviceId, 4, 16, QChar(u'0'));
    if (!pdev.isEmpty())
        name += QCoreApplication::translate("GpuDevice", " at %1").arg(QString::fromUtf8(pdev));
    return name;
}

QString GpuDevice::silentCounter() const
{
    return QCoreApplication::translate("GpuDevice", "the %1 driver writes no such counter in sysfs").arg(QString::fromUtf8(driver.isEmpty() ? card : driver));
}

bool GpuDevice::systemRamInShmem(QByteArrayView driver)
{
    static const QSet<QByteArray> ttmDrivers{"amdgpu", "radeon", "xe", "nouveau", "vmwgfx", "qxl"};
    return !ttmDrivers.contains(driver.toByteArray());
}

qint64 GpuUsage::bytes(const QList<GpuClient> &clients, std::optional<GpuRegionKind> kind)
{
    qint64 sum = 0;
    for (const GpuClient &client : clients)
        sum += client.bytes(kind);
    return sum;
}

QList<GpuUsage::DeviceClients> GpuUsage::byDevice(const QList<ProcessRecord> &processes)
{
    QList<DeviceClients> devices;
    QHash<QByteArray, qsizetype> index; // device key -> into devices
    QSet<QByteArray> counted; // client identities already summed
    for (const ProcessRecord &process : processes) {
        for (const GpuClient &client : process.gpu.value.value_or(QList<GpuClient>())) {
            const QByteArray identity = client.identity();
            if (!identity.isEmpty()) {
                if (counted.contains(identity))
                    continue;
                counted.insert(identity);
            }
            const QByteArray key = client.drm.pdev.isEmpty() ? client.drm.driver : client.drm.pdev;
            auto at = index.constFind(key);
            if (at == index.cend()) {
                at = index.insert(key, devices.size());
                devices.append({client.drm.pdev, client.drm.driver});
            }
            DeviceClients &device = devices[*at];
            ++device.clients;
            device.withoutMemoryKeys += !client.hasMemoryKeys();
            device.card += client.bytes(GpuRegionKind::Card);
            device.systemRam += client.bytes(GpuRegionKind::SystemRam);
            device.other += client.bytes(GpuRegionKind::Other);
        }
    }
    return devices;
}
