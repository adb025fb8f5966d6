// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gpudevicemodel.h"

#include "model/bytecell.h"
#include "model/modelroles.h"

GpuDeviceModel::GpuDeviceModel(QObject *parent)
    : KeyedTreeModel(ColumnCount, parent)
{
}

void GpuDeviceModel::setDevices(const QList<GpuDevice> &devices, const QList<GpuUsage::DeviceClients> &clients)
{
    std::vector<Node> rows;
    QList<GpuUsage::DeviceClients> unmatched = clients;
    for (const GpuDevice &device : devices) {
        GpuDeviceRow row{device, {device.pdev, device.driver}};
        const auto held = std::find_if(unmatched.begin(), unmatched.end(), [&device](const GpuUsage::DeviceClients &c) {
            return c.belongTo(device);
        });
        if (held != unmatched.end()) {
            row.clients = *held;
            unmatched.erase(held);
        }
        rows.push_back({device.pdev.isEmpty() ? device.card : device.pdev, row, {}});
    }
    for (const GpuUsage::DeviceClients &held : std::as_const(unmatched)) {
        GpuDevice device;
        device.pdev = held.pdev;
        device.driver = held.driver;
        rows.push_back({held.pdev.isEmpty() ? held.driver : held.pdev, {device, held}, {}});
    }
    apply(std::move(rows));
}

QVariant GpuDeviceModel::data(const QModelIndex &index, int role) const
{
    const GpuDeviceRow *row = rowAt(index);
    if (!row)
        return {};
    const GpuDevice &device = row->device;
    if (role == ModelRoles::KeyRole)
        return QString::fromUtf8(device.pdev.isEmpty() ? device.card : device.pdev);
    if (role == Qt::TextAlignmentRole)
        return index.column() == DeviceColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const auto counter = [&](const std::optional<qint64> &value) {
        return ByteCell{value, device.card.isEmpty() ? tr("no card in /sys/class/drm for this device") : device.silentCounter()}.data(role);
    };
    switch (index.column()) {
    case DeviceColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == ModelRoles::RawValueRole)
            return device.name();
        return {};
    case VramUsedColumn:
        return counter(device.vramUsed);
    case VramTotalColumn:
        return counter(device.vramTotal);
    case GttUsedColumn:
        return counter(device.gttUsed);
    case GttTotalColumn:
        return counter(device.gttTotal);
    case ClientsColumn:
        return countData(row->clients.clients, {}, role);
    case ClientsCardColumn:
        return ByteCell{row->clients.card, {}}.data(role);
    case ClientsSystemRamColumn:
        return ByteCell{row->clients.systemRam, {}}.data(role);
    }
    return {};
}

QVariant GpuDeviceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case DeviceColumn:
            return tr("Device");
        case VramUsedColumn:
            return tr("VRAM used");
        case VramTotalColumn:
            return tr("VRAM");
        case GttUsedColumn:
            return tr("GTT used");
        case GttTotalColumn:
            return tr("GTT");
        case ClientsColumn:
            return tr("Clients");
        case ClientsCardColumn:
            return tr("Clients' VRAM");
        case ClientsSystemRamColumn:
            return tr("Clients' RAM");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case VramUsedColumn:
        case VramTotalColumn:
            return tr("Memory on the card, as the driver counts it (amdgpu's mem_info_vram_used and mem_info_vram_total).");
        case GttUsedColumn:
        case GttTotalColumn:
            return tr("System RAM the GPU can reach through its address translation table (GTT), as the driver counts it.");
        case ClientsColumn:
            return tr("GPU clients in the processes MemLens can read, each counted once however many processes hold it.");
        case ClientsCardColumn:
            return tr("What those clients hold on the card.");
        case ClientsSystemRamColumn:
            return tr("What those clients hold in system RAM (GTT and the driver's other system regions).");
        }
    }
    return {};
}

QList<int> GpuDeviceModel::valueRoles() const
{
    return {Qt::DisplayRole, Qt::ToolTipRole, ModelRoles::RawValueRole, ModelRoles::UnavailableReasonRole};
}
