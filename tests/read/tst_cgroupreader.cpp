// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "read/cgroupreader.h"
#include "support/fixtures.h"

#include <QFile>

#include <QTest>
#include <algorithm>

class TestCgroupReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hybridMachineUsesV1Memory()
    {
        // The captured machine mounts v2 at /sys/fs/cgroup/unified without the memory controller.
        const CgroupSnapshot snapshot = CgroupReader(SysRoot(Fixtures::tree("linux-6.18"))).read();
        QCOMPARE(snapshot.version, CgroupSnapshot::Version::V1);
        QCOMPARE(snapshot.mountPoint, QStringLiteral("/sys/fs/cgroup/memory"));
        QStringList paths;
        for (const CgroupRecord &cgroup : snapshot.cgroups)
            paths.append(cgroup.path);
        QCOMPARE(paths, (QStringList{QStringLiteral("/"), QStringLiteral("/process_api"), QStringLiteral("/process_api/df4270beac341f7d3eea0b58c9ec3533")}));
        const CgroupRecord &leaf = snapshot.cgroups.last();
        QVERIFY(*leaf.current.value > 0);
        QVERIFY(leaf.max.value->unlimited);
        QVERIFY(leaf.stat.value->contains("total_rss"));
        QVERIFY(!leaf.pressure.available());
        QCOMPARE(leaf.pressure.unavailableReason, QStringLiteral("cgroup v1 does not have this figure"));
    }

    void v2WithTheMemoryController()
    {
        // Debian 12's 6.1 kernel under qemu: foo.service limited (max 256 MiB, high 20 MiB) and
        // pushed past high by a process touching 24 MiB.
        const CgroupSnapshot snapshot = CgroupReader(SysRoot(Fixtures::tree("linux-6.1-cgroup2"))).read();
        QCOMPARE(snapshot.version, CgroupSnapshot::Version::V2);
        QCOMPARE(snapshot.mountPoint, QStringLiteral("/sys/fs/cgroup"));
        QStringList paths;
        for (const CgroupRecord &cgroup : snapshot.cgroups)
            paths.append(cgroup.path);
        QCOMPARE(
            paths,
            (QStringList{QStringLiteral("/"), QStringLiteral("/system.slice"), QStringLiteral("/system.slice/foo.service"), QStringLiteral("/user.slice")}));

        const CgroupRecord &root = snapshot.cgroups[0];
        QVERIFY(!root.current.available()); // the kernel writes no memory.current for the root
        QVERIFY(root.current.unavailableReason.contains(QStringLiteral("memory.current does not exist")));
        QVERIFY(root.pressure.available());
        QVERIFY(root.stat.available());

        const CgroupRecord &foo = snapshot.cgroups[2];
        QCOMPARE(foo.current.value, qint64(23662592));
        QCOMPARE(foo.max.value, (MemoryLimit{268435456, false}));
        QCOMPARE(foo.high.value, (MemoryLimit{20971520, false}));
        QCOMPARE(foo.low.value, (MemoryLimit{8388608, false}));
        QCOMPARE(foo.min.value, (MemoryLimit{0, false}));
        QCOMPARE(foo.swapCurrent.value, qint64(0));
        QCOMPARE(foo.events.value->value("high"), qint64(171));
        QCOMPARE(foo.events.value->value("oom_kill"), qint64(0));
        QVERIFY(foo.stat.value->value("anon").value_or(0) > 20 * 1024 * 1024);
        QCOMPARE(foo.pressure.value->some->avg10, 16.66);
        QCOMPARE(foo.pressure.value->full->totalMicroseconds, qint64(3588333));

        const CgroupRecord &user = snapshot.cgroups[3];
        QVERIFY(user.max.value->unlimited); // "max"
    }

    void v2SwapAndDeepTree()
    {
        const CgroupSnapshot snapshot = CgroupReader(SysRoot(Fixtures::tree("linux-6.1-swap"))).read();
        QCOMPARE(snapshot.version, CgroupSnapshot::Version::V2);
        QCOMPARE(snapshot.cgroups.size(), 7);
        const auto find = [&](QStringView path) {
            return *std::find_if(snapshot.cgroups.cbegin(), snapshot.cgroups.cend(), [&](const CgroupRecord &c) {
                return c.path == path;
            });
        };
        const CgroupRecord hog = find(u"/system.slice/swap-hog.service");
        QCOMPARE(hog.max.value, (MemoryLimit{25165824, false}));
        QCOMPARE(hog.swapCurrent.value, qint64(34836480));
        QCOMPARE(hog.events.value->value("max"), qint64(49));
        QCOMPARE(hog.events.value->value("high"), qint64(263));
        QCOMPARE(find(u"/user.slice/user-1000.slice").min.value, (MemoryLimit{4194304, false}));
        QVERIFY(find(u"/user.slice/user-1000.slice/session-1.scope").max.value->unlimited);
    }

    void noMemoryControllerSaysSo()
    {
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.18", dir));
        QVERIFY(QDir(dir.path() + QStringLiteral("/sys/fs/cgroup/memory")).removeRecursively());
        const CgroupSnapshot snapshot = CgroupReader(SysRoot(dir.path())).read();
        QCOMPARE(snapshot.version, CgroupSnapshot::Version::None);
        QVERIFY(snapshot.cgroups.isEmpty());
        QVERIFY(snapshot.unavailableReason.contains(QStringLiteral("memory controller")));
    }

    void symlinkLoopIsNotFollowed()
    {
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.18", dir));
        const QString parent = dir.path() + QStringLiteral("/sys/fs/cgroup/memory/process_api");
        QVERIFY(QFile::link(parent, parent + QStringLiteral("/loop")));
        const CgroupSnapshot snapshot = CgroupReader(SysRoot(dir.path())).read();
        QCOMPARE(snapshot.cgroups.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestCgroupReader)
#include "tst_cgroupreader.moc"
