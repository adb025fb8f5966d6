// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/keyedtreemodel.h"
#include "snapshot/gpumemory.h"

// A row of GpuDeviceModel: a GPU as sysfs shows it, and what the clients MemLens could read hold
// of it. A device only clients name (sysfs hidden, as in some containers) has no card.
struct GpuDeviceRow {
    GpuDevice device;
    GpuUsage::DeviceClients clients;

    bool operator==(const GpuDeviceRow &) const = default;
};

// Every GPU, a row each (keyed by its PCI address, else its card): the driver's own counters of
// VRAM and GTT where it writes them, and the memory of its clients, each client once.
class GpuDeviceModel : public KeyedTreeModel<QByteArray, GpuDeviceRow>
{
    Q_OBJECT

public:
    enum Column {
        DeviceColumn,
        VramUsedColumn,
        VramTotalColumn,
        GttUsedColumn,
        GttTotalColumn,
        ClientsColumn,
        ClientsCardColumn,
        ClientsSystemRamColumn,
        ColumnCount
    };

    explicit GpuDeviceModel(QObject *parent = nullptr);

    // The devices from sysfs, the clients from the processes of the same moment.
    void setDevices(const QList<GpuDevice> &devices, const QList<GpuUsage::DeviceClients> &clients);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QList<int> valueRoles() const override;
};
