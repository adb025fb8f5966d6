#include "read/cgroupreader.h"
#include "support/fixtures.h"

#include <QFile>
#include <QTest>

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
