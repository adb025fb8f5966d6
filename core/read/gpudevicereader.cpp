// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gpudevicereader.h"

#include "parse/textscan.h"

#include <QCollator>
#include <QDir>
#include <QRegularExpression>

GpuDeviceReader::GpuDeviceReader(const SysRoot &root)
    : m_root(root)
{
}

std::optional<qint64> GpuDeviceReader::counter(const QString &device, QStringView name)
{
    const FileReader::Result file = m_reader.read(device + u'/' + name);
    if (!file.ok())
        return std::nullopt;
    const auto value = TextScan::toInt64(file.data.trimmed());
    return value && *value >= 0 ? value : std::nullopt;
}

Reading<QList<GpuDevice>> GpuDeviceReader::read()
{
    const QDir drm(m_root.path(u"/sys/class/drm"));
    QStringList cards = drm.entryList({QStringLiteral("card*")}, QDir::Dirs | QDir::System | QDir::NoDotAndDotDot);
    static const QRegularExpression cardName(QStringLiteral("^card[0-9]+$"));
    cards.removeIf([](const QString &name) {
        return !cardName.match(name).hasMatch(); // card0-DP-1 and the like are connectors
    });
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(cards.begin(), cards.end(), numeric);

    QList<GpuDevice> devices;
    for (const QString &card : std::as_const(cards)) {
        GpuDevice device;
        device.card = card.toUtf8();
        const QString path = drm.filePath(card) + QStringLiteral("/device");
        const FileReader::Result uevent = m_reader.read(path + QStringLiteral("/uevent"));
        if (uevent.ok()) {
            TextScan::forEachLine(uevent.data, [&device](QByteArrayView line, int) {
                const auto field = TextScan::splitKeyValue(line, '=');
                if (!field || !TextScan::isPrintableName(field->value))
                    return;
                if (field->key == "DRIVER")
                    device.driver = field->value.toByteArray();
                else if (field->key == "PCI_SLOT_NAME")
                    device.pdev = field->value.toByteArray().toLower();
                else if (field->key == "PCI_ID" && field->value.size() == 9 && field->value[4] == ':') {
                    const auto vendor = TextScan::toUInt64(field->value.first(4), 16);
                    const auto id = TextScan::toUInt64(field->value.sliced(5), 16);
                    if (vendor && id) {
                        device.vendorId = quint32(*vendor);
                        device.deviceId = quint32(*id);
                    }
                }
            });
        }
        device.vramTotal = counter(path, u"mem_info_vram_total");
        device.vramUsed = counter(path, u"mem_info_vram_used");
        device.gttTotal = counter(path, u"mem_info_gtt_total");
        device.gttUsed = counter(path, u"mem_info_gtt_used");
        devices.append(std::move(device));
    }
    return {devices, {}, {}};
}
