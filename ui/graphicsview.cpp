// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "graphicsview.h"

#include "viewsetup.h"

#include "format/byteformat.h"
#include "model/gpudevicemodel.h"
#include "snapshot/memorycomposition.h"
#include "snapshot/processsnapshot.h"
#include "snapshot/systemsnapshot.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

GraphicsView::GraphicsView(QWidget *parent)
    : QWidget(parent)
    , m_summary(ViewSetup::paragraph(this, tr("Graphics memory summary")))
    , m_model(new GpuDeviceModel(this))
{
    QLabel *intro = ViewSetup::paragraph(this);
    intro->setText(
        tr("A GPU keeps memory on its card (VRAM) and in the machine's RAM. Programs hold it through clients, descriptors open "
           "on /dev/dri; the Processes page shows each program's share in its GPU column. Of the RAM, some drivers' buffers are "
           "shared memory, which /proc/meminfo counts; others' are pages the driver took for itself, which no meminfo field counts."));
    auto *view = new QTreeView(this);
    ViewSetup::liveTree(view, QStringLiteral("gpuDevices"), tr("Graphics devices"));
    ViewSetup::showModel(view, m_model);
    // The figures as wide as they need, the device's name the rest: at 1024 px it stays readable.
    view->header()->setStretchLastSection(false);
    view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->header()->setSectionResizeMode(GpuDeviceModel::DeviceColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(view, 1);
}

void GraphicsView::apply(const SystemSnapshot &snapshot, const QList<ProcessRecord> &processes)
{
    const QList<GpuDevice> devices = snapshot.gpuDevices.value.value_or(QList<GpuDevice>());
    const QList<GpuUsage::DeviceClients> clients = GpuUsage::byDevice(processes);
    m_model->setDevices(devices, clients);
    if (!snapshot.gpuDevices.value) {
        m_summary->setText(tr("The graphics devices are unknown: %1").arg(snapshot.gpuDevices.unavailableReason.toHtmlEscaped()));
        return;
    }
    if (devices.isEmpty() && clients.isEmpty()) {
        m_summary->setText(tr("No GPU is visible here: /sys/class/drm lists no card, and no process MemLens can read has one open."));
        return;
    }
    QStringList sentences;
    const auto composition = MemoryComposition::fromSnapshot(snapshot);
    if (composition && composition->gpuClaimed > 0) {
        const qint64 placed = composition->part(MemoryComposition::GpuSystemRam);
        sentences.append(tr("The drivers say <b>%1</b> of system RAM is in use for the GPU (GTT), which no /proc/meminfo field counts: the "
                            "accounting bar shows it as Graphics, in RAM.")
                             .arg(ByteFormat::human(composition->gpuClaimed)));
        if (placed < composition->gpuClaimed)
            sentences.append(
                tr("Only <b>%1</b> of it fits in what meminfo leaves unexplained, so only that much is moved out of the rest.").arg(ByteFormat::human(placed)));
    }
    for (const GpuDevice &device : devices) {
        const QString driver = QString::fromUtf8(device.driver).toHtmlEscaped();
        if (GpuDevice::systemRamInShmem(device.driver))
            sentences.append(tr("%1 keeps its buffers in system RAM as shared memory: they are in Shmem (Shared memory in the bar).").arg(driver));
        else if (!device.gttUsed)
            sentences.append(tr("%1 writes no counter of its GTT in use: its buffers in system RAM stay in the unaccounted rest, and its "
                                "clients' column below is all MemLens can show of them.")
                                 .arg(driver));
        else if (const auto held = std::find_if(clients.cbegin(),
                                                clients.cend(),
                                                [&device](const GpuUsage::DeviceClients &c) {
                                                    return c.belongTo(device);
                                                });
                 held != clients.cend() && held->systemRam < *device.gttUsed)
            sentences.append(tr("The clients MemLens can read hold <b>%1</b> of %2's GTT; the rest is the driver's own and other users' "
                                "programs' (Show all processes on the Processes page reads theirs).")
                                 .arg(ByteFormat::human(held->systemRam), driver));
    }
    if (std::any_of(clients.cbegin(), clients.cend(), [](const GpuUsage::DeviceClients &c) {
            return c.withoutMemoryKeys > 0;
        }))
        sentences.append(
            tr("Some clients' driver writes no memory figures at all (NVIDIA's proprietary driver does not): their memory is not in "
               "the clients' columns."));
    m_summary->setText(sentences.join(u' '));
}

QString GraphicsView::summary() const
{
    return m_summary->text();
}
