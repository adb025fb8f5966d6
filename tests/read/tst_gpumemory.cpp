// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// GPU memory and the ZFS ARC read from the GPU desktop tree (tests/fixtures/make-gpu-desktop.sh)
// by the real readers and samplers: clients per process counted once, shared clients marked and
// summed once, descriptors listed again only when asked, devices from sysfs, and the accounting
// that moves amdgpu's GTT and the ARC out of the remainder without placing a byte twice.
#include "model/processmodel.h"
#include "read/gpuclientreader.h"
#include "read/gpudevicereader.h"
#include "report/snapshotreport.h"
#include "sample/processsampler.h"
#include "sample/systemsampler.h"
#include "snapshot/kernelmemory.h"
#include "snapshot/memorycomposition.h"
#include "support/fixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace
{
constexpr qint64 MiB = 1024 * 1024;

const ProcessRecord &processOf(const ProcessSnapshot &snapshot, qint64 pid)
{
    static const ProcessRecord none;
    const ProcessRecord *record = Fixtures::find(snapshot, pid);
    return record ? *record : none;
}

const GpuClient *clientOf(const ProcessRecord &process, quint64 id)
{
    if (!process.gpu.value)
        return nullptr;
    for (const GpuClient &client : *process.gpu.value) {
        if (client.drm.clientId == id)
            return &client;
    }
    return nullptr;
}

// A copy of the GPU desktop tree, to change.
bool copyGpuDesktop(const QTemporaryDir &into)
{
    return QProcess::execute(u"cp"_s, {u"-a"_s, Fixtures::gpuDesktop() + u"/."_s, into.path()}) == 0;
}

QJsonObject reportOf(const SysRoot &root)
{
    const SystemSnapshot system = SystemSampler(root).sample();
    const ProcessSnapshot processes = ProcessSampler(root).sample();
    return QJsonDocument::fromJson(SnapshotReport(system, processes, SnapshotReport::SortKey::Pss).render(SnapshotReport::Format::Json)).object();
}
}

class TestGpuMemory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!Fixtures::gpuDesktop().isEmpty(), "make-gpu-desktop.sh failed");
    }

    // A client held through two descriptors is one client; a descriptor reused for a file and one
    // closed since the listing are passed over.
    void clientsOfAProcess()
    {
        const ProcessSnapshot snapshot = ProcessSampler(SysRoot(Fixtures::gpuDesktop())).sample();
        const ProcessRecord &program = processOf(snapshot, 23158);
        QVERIFY(program.gpu.value);
        QCOMPARE(program.gpu.value->size(), 2);
        const GpuClient *dupped = clientOf(program, 14);
        QVERIFY(dupped);
        QCOMPARE(dupped->descriptors, 2);
        QCOMPARE(dupped->drm.pdev, "0000:03:00.0"_ba);
        QCOMPARE(program.gpuBytes(), (8 + 256 + 64) * MiB);
        QCOMPARE(GpuUsage::bytes(*program.gpu.value, GpuRegionKind::Card), (8 + 256) * MiB);
        QCOMPARE(GpuUsage::bytes(*program.gpu.value, GpuRegionKind::SystemRam), 64 * MiB);
        QVERIFY(program.gpu.problem.isEmpty());

        const ProcessRecord &bash = processOf(snapshot, 1170); // its GPU descriptor closed before fdinfo was read
        QCOMPARE(bash.gpu.value, QList<GpuClient>());
        QCOMPARE(bash.gpuBytes(), 0);

        const ProcessRecord &init = processOf(snapshot, 1); // the capture has no fd directory for it
        QVERIFY(!init.gpu.value);
        QVERIFY2(init.gpu.unavailableReason.contains(u"/proc/1/fd"_s), qPrintable(init.gpu.unavailableReason));
        QCOMPARE(ProcessModel::figure(init, ProcessModel::GpuColumn).unavailableReason, init.gpu.unavailableReason);
    }

    // A client a forked child inherited is the same client in both: each says who else holds it,
    // and a group of both counts it once.
    void sharedClientCountedOnce()
    {
        const ProcessSnapshot snapshot = ProcessSampler(SysRoot(Fixtures::gpuDesktop())).sample();
        const ProcessRecord &parent = processOf(snapshot, 23158);
        const ProcessRecord &child = processOf(snapshot, 23160);
        QCOMPARE(clientOf(parent, 14)->sharedWith, QList<qint64>{23160});
        QCOMPARE(clientOf(child, 14)->sharedWith, QList<qint64>{23158});
        QCOMPARE(clientOf(parent, 12)->sharedWith, QList<qint64>());
        QCOMPARE(child.gpuBytes(), (256 + 64 + 32 + 16) * MiB);

        ProcessGroup group(u"odd prog"_s);
        group.add(parent);
        group.add(child);
        QCOMPARE(group.figure(ProcessModel::GpuColumn).bytes, (8 + 256 + 64 + 32 + 16) * MiB);

        const QList<GpuUsage::DeviceClients> devices = GpuUsage::byDevice(snapshot.processes);
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices[0].clients, 3);
        QCOMPARE(devices[0].card, (8 + 256 + 32) * MiB);
        QCOMPARE(devices[0].systemRam, (64 + 16) * MiB);
    }

    // Descriptors are listed again when the process is new, when its memory moved and after the
    // listing's age; in between only the fdinfo of those found on /dev/dri is read.
    void listsDescriptorsOnlyWhenAsked()
    {
        QTemporaryDir tree;
        QVERIFY(copyGpuDesktop(tree));
        GpuClientReader reader{SysRoot(tree.path())};
        const ProcessKey child{23160, 0};
        const QString fd = tree.filePath(u"proc/23160/fd/%1"_s);
        const QString fdinfo = tree.filePath(u"proc/23160/fdinfo/%1"_s);
        QCOMPARE(reader.read(child, false, 1000).value->size(), 2);
        // A GPU opened since: not seen until there is a reason to list again.
        QVERIFY(QFile::link(u"/dev/dri/renderD128"_s, fd.arg(7)));
        QVERIFY(QFile::copy(tree.filePath(u"proc/23158/fdinfo/4"_s), fdinfo.arg(7)));
        QCOMPARE(reader.read(child, false, 2000).value->size(), 2);
        QCOMPARE(reader.read(child, true, 3000).value->size(), 3);
        // Closed again: gone at the next read, and the one after lists again rather than keep
        // opening what is gone.
        QVERIFY(QFile::remove(fdinfo.arg(7)) && QFile::remove(fd.arg(7)));
        QCOMPARE(reader.read(child, false, 4000).value->size(), 2);
        QVERIFY(QFile::link(u"/dev/dri/card0"_s, fd.arg(11)));
        QVERIFY(QFile::copy(tree.filePath(u"proc/23158/fdinfo/4"_s), fdinfo.arg(11)));
        QCOMPARE(reader.read(child, false, 5000).value->size(), 3);
        // After the listing's age, whatever happened: here the descriptor is gone from the listing.
        QVERIFY(QFile::remove(fd.arg(11)));
        QCOMPARE(reader.read(child, false, 5000 + GpuClientReader::listedForMs - 1).value->size(), 3);
        QCOMPARE(reader.read(child, false, 5000 + GpuClientReader::listedForMs).value->size(), 2);
    }

    // Damaged fdinfo keeps what it could read and says what was wrong.
    void hostileFdinfo()
    {
        QTemporaryDir tree;
        QVERIFY(copyGpuDesktop(tree));
        QByteArray text = Fixtures::file("drm-fdinfo", "hostile-values.txt");
        text += "drm-resident-vram:\t" + QByteArray(10 * 1024 * 1024, '9') + " KiB\n";
        QVERIFY(Fixtures::overwrite(tree.filePath(u"proc/23160/fdinfo/9"_s), text));
        const auto clients = GpuClientReader(SysRoot(tree.path())).read({23160, 0}, true, 0);
        QVERIFY(clients.value);
        QCOMPARE(clients.value->size(), 2);
        QVERIFY2(clients.problem.contains(u"/proc/23160/fdinfo/9 is malformed"_s), qPrintable(clients.problem));
        QCOMPARE(GpuUsage::bytes(*clients.value), (256 + 64 + 8) * MiB); // client 14, and what client 7 wrote right
    }

    void devicesFromSysfs()
    {
        const auto devices = GpuDeviceReader(SysRoot(Fixtures::gpuDesktop())).read();
        QVERIFY(devices.value);
        QCOMPARE(devices.value->size(), 1); // card0-DP-1 is a connector
        const GpuDevice &card = devices.value->constFirst();
        QCOMPARE(card.card, "card0"_ba);
        QCOMPARE(card.driver, "amdgpu"_ba);
        QCOMPARE(card.pdev, "0000:03:00.0"_ba);
        QCOMPARE(card.vendorId, 0x1002u);
        QCOMPARE(card.deviceId, 0x73bfu);
        QCOMPARE(card.vramTotal, 17163091968);
        QCOMPARE(card.gttUsed, 512 * MiB);
        QCOMPARE(card.name(), u"amdgpu 1002:73bf at 0000:03:00.0"_s);
        QVERIFY(!GpuDevice::systemRamInShmem(card.driver));
        QVERIFY(GpuDevice::systemRamInShmem("i915"));

        // A machine without a GPU: no devices, nothing to explain.
        const auto none = GpuDeviceReader(SysRoot(Fixtures::tree("linux-6.18"))).read();
        QCOMPARE(none.value, QList<GpuDevice>());
    }

    // amdgpu's GTT in use and the ARC leave the remainder for parts of their own; the parts still
    // add up to MemTotal, and the Kernel page's figures shrink by as much as they took.
    void accountingPlacesEveryByteOnce()
    {
        const SystemSnapshot system = SystemSampler(SysRoot(Fixtures::gpuDesktop())).sample();
        const auto withCounters = MemoryComposition::fromSnapshot(system);
        const auto meminfoAlone = MemoryComposition::fromMeminfo(*system.meminfo.value);
        QVERIFY(withCounters && meminfoAlone);
        QCOMPARE(withCounters->gpuClaimed, 512 * MiB);
        QCOMPARE(withCounters->arcClaimed, 7168 * MiB);
        QCOMPARE(withCounters->part(MemoryComposition::GpuSystemRam), 512 * MiB);
        QCOMPARE(withCounters->part(MemoryComposition::ZfsArc), 7168 * MiB);
        QCOMPARE(withCounters->part(MemoryComposition::Unaccounted), meminfoAlone->part(MemoryComposition::Unaccounted) - (512 + 7168) * MiB);
        qint64 sum = 0;
        for (const qint64 part : withCounters->parts)
            sum += part;
        QCOMPARE(sum, withCounters->total);

        // The Kernel page's remainder is the bar's: what the bar moved out is out of both.
        const KernelMemory kernel = KernelMemory::fromSnapshot(system);
        QCOMPARE(kernel.part(KernelMemory::Remainder).value, withCounters->part(MemoryComposition::Unaccounted));

        // The headline counts the ARC as the cache it is.
        const auto headline = MemoryHeadline::fromSnapshot(system);
        QCOMPARE(headline->zfsArc->shrinkable(), 6 * 1024 * MiB);
    }

    // Counters that claim more than meminfo leaves unexplained take only what is left, and a
    // driver whose buffers are shmem moves nothing: Shmem already holds them.
    void accountingNeverCountsTwice()
    {
        SystemSnapshot system = SystemSampler(SysRoot(Fixtures::gpuDesktop())).sample();
        const auto before = MemoryComposition::fromMeminfo(*system.meminfo.value);
        const qint64 unexplained = before->part(MemoryComposition::Unaccounted)
            - MemoryComposition::namedInRemainder(*system.meminfo.value, system.zram.value.value_or(QList<ZramDevice>()));
        system.zfsArc.value->size = 100 * 1024 * MiB;
        auto composition = MemoryComposition::fromSnapshot(system);
        QCOMPARE(composition->part(MemoryComposition::GpuSystemRam) + composition->part(MemoryComposition::ZfsArc), unexplained);
        QCOMPARE(composition->arcClaimed, 100 * 1024 * MiB);

        system.gpuDevices.value->first().driver = "i915";
        system.zfsArc = {};
        composition = MemoryComposition::fromSnapshot(system);
        QCOMPARE(composition->gpuClaimed, 0);
        QCOMPARE(composition->parts, before->parts);
    }

    // The report carries GPU memory per process, device and region, and the ARC; null with the
    // reason where a process's descriptors cannot be read.
    void reportCarriesGpuAndArc()
    {
        const QJsonObject report = reportOf(SysRoot(Fixtures::gpuDesktop()));
        const QJsonObject system = report.value(u"system"_s).toObject();
        const QJsonObject device = system.value(u"gpu"_s).toObject().value(u"devices"_s).toArray().first().toObject();
        QCOMPARE(device.value(u"gttUsed"_s).toInteger(), 512 * MiB);
        QCOMPARE(device.value(u"clients"_s).toObject().value(u"systemRam"_s).toInteger(), 80 * MiB);
        QCOMPARE(system.value(u"gpu"_s).toObject().value(u"systemRamOutsideMeminfo"_s).toInteger(), 512 * MiB);
        QCOMPARE(system.value(u"zfsArc"_s).toObject().value(u"size"_s).toInteger(), 7168 * MiB);
        for (const QJsonValue &value : report.value(u"processes"_s).toArray()) {
            const QJsonObject process = value.toObject();
            const qint64 pid = process.value(u"pid"_s).toInteger();
            if (pid == 23160) {
                const QJsonObject gpu = process.value(u"gpu"_s).toObject();
                QCOMPARE(gpu.value(u"bytes"_s).toInteger(), 368 * MiB);
                const QJsonArray clients = gpu.value(u"clients"_s).toArray();
                QCOMPARE(clients.size(), 2);
                QCOMPARE(clients.first().toObject().value(u"sharedWith"_s).toArray(), QJsonArray{23158});
                QCOMPARE(clients.first().toObject().value(u"regions"_s).toArray().size(), 3);
            }
            if (pid == 1) {
                QVERIFY(process.value(u"gpu"_s).isNull());
                QVERIFY(process.value(u"unavailable"_s).toObject().value(u"gpu"_s).toString().contains(u"/proc/1/fd"_s));
            }
        }
        // Without ZFS, no word of it.
        QVERIFY(!reportOf(SysRoot(Fixtures::tree("linux-6.18"))).value(u"system"_s).toObject().contains(u"zfsArc"_s));
    }

    // A driver that writes no memory keys (NVIDIA's proprietary one): its client is there, with
    // null regions and the reason, and adds nothing to any sum.
    void driverWithoutMemoryKeys()
    {
        QTemporaryDir tree;
        QVERIFY(copyGpuDesktop(tree));
        QVERIFY(Fixtures::overwrite(tree.filePath(u"proc/23160/fdinfo/9"_s), Fixtures::file("drm-fdinfo", "no-memory-keys.txt")));
        const QJsonObject report = reportOf(SysRoot(tree.path()));
        for (const QJsonValue &value : report.value(u"processes"_s).toArray()) {
            const QJsonObject process = value.toObject();
            if (process.value(u"pid"_s).toInteger() != 23160)
                continue;
            const QJsonObject gpu = process.value(u"gpu"_s).toObject();
            QCOMPARE(gpu.value(u"bytes"_s).toInteger(), (256 + 64) * MiB);
            const QJsonObject silent = gpu.value(u"clients"_s).toArray().last().toObject();
            QVERIFY(silent.value(u"regions"_s).isNull());
            QVERIFY(silent.value(u"unavailable"_s).toObject().value(u"regions"_s).toString().contains(u"writes no memory figures"_s));
            return;
        }
        QFAIL("process 23160 is not in the report");
    }
};

QTEST_GUILESS_MAIN(TestGpuMemory)
#include "tst_gpumemory.moc"
