// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/fixtures.h"

#include <QFile>
#include <QTest>

// SystemReader and SystemSampler on the captured tree and on copies with optional kernel
// features removed or files damaged: each absence is a reason, never a zero.
class TestSystemReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheCapturedSystem()
    {
        const SystemSnapshot snapshot = Fixtures::system();
        QVERIFY(snapshot.meminfo.available());
        QVERIFY(snapshot.meminfo.problem.isEmpty());
        QVERIFY(*snapshot.meminfo.value->value("MemTotal") > 0);
        QVERIFY(snapshot.vmstat.value->contains("pgfault"));
        QVERIFY(snapshot.memoryPressure.available());
        QVERIFY(snapshot.swaps.available());
        QVERIFY(snapshot.swaps.value->isEmpty()); // no swap on the captured machine: a list, empty
        QCOMPARE(snapshot.thpEnabled.value->selected, QByteArray("madvise"));
        QCOMPARE(snapshot.tunables.size(), SystemReader::tunableNames().size());
        // This capture predates the four sysctls read since: they carry the reason, the rest a value.
        const QList<QByteArray> notCaptured{"overcommit_kbytes", "admin_reserve_kbytes", "dirty_bytes", "dirty_background_bytes"};
        for (const VmTunable &tunable : snapshot.tunables) {
            QVERIFY2(tunable.value.available() != notCaptured.contains(tunable.name), tunable.name.constData());
            QVERIFY(tunable.value.available() || tunable.value.unavailableReason.endsWith(QStringLiteral("does not exist on this system")));
        }
        QVERIFY(snapshot.vmstatRates.isEmpty()); // one sample has no rate
        QVERIFY(!snapshot.hugePagePools.available());
        QVERIFY(!snapshot.ksm.available());
        QVERIFY(snapshot.dirtyThresholds.unavailableReason.contains(QStringLiteral("/proc/sys/vm/dirty_bytes does not exist")));
    }

    void readsHugePagesKsmAndDirtyThresholds()
    {
        const SystemSnapshot snapshot = Fixtures::system("linux-6.18-dirty");
        for (const VmTunable &tunable : snapshot.tunables)
            QVERIFY2(tunable.value.available(), tunable.name.constData());
        QCOMPARE(snapshot.tunable("dirty_ratio").value.value_or(-1), qint64(20));
        QVERIFY(snapshot.tunable("no_such_sysctl").unavailableReason.contains(QStringLiteral("vm.no_such_sysctl")));
        QCOMPARE(snapshot.hugePagePools.value->size(), 2);
        QCOMPARE(snapshot.hugePagePools.value->constFirst().totalPages.value.value_or(-1), qint64(2));
        QVERIFY(snapshot.ksm.value->contains("pages_sharing"));
        QVERIFY(snapshot.dirtyThresholds.available());
        QCOMPARE(snapshot.dirtyThresholds.value->throttleBytes, *snapshot.vmstat.value->value("nr_dirty_threshold") * 4096);
    }

    void zoneinfoDamagedOrMissingGivesNoThresholds_data()
    {
        QTest::addColumn<QByteArray>("zoneinfo"); // empty: the file removed
        QTest::addColumn<QString>("reason");
        QByteArray cut = Fixtures::file("linux-6.18-dirty", "proc/zoneinfo");
        cut.truncate(cut.indexOf("protection: (0, 0, 5504"));
        QTest::addRow("missing") << QByteArray() << QStringLiteral("/proc/zoneinfo does not exist");
        // A zone left out would leave its reserve out of the thresholds: no figures instead.
        QTest::addRow("cut in a zone") << cut << QStringLiteral("/proc/zoneinfo is malformed");
    }
    void zoneinfoDamagedOrMissingGivesNoThresholds()
    {
        QFETCH(QByteArray, zoneinfo);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.18-dirty", dir));
        const QString path = dir.path() + QStringLiteral("/proc/zoneinfo");
        QVERIFY(zoneinfo.isEmpty() ? QFile::remove(path) : Fixtures::overwrite(path, zoneinfo));
        const SystemSnapshot snapshot = SystemSampler(SysRoot(dir.path())).sample();
        QVERIFY(!snapshot.dirtyThresholds.available());
        QVERIFY2(snapshot.dirtyThresholds.unavailableReason.contains(reason), qPrintable(snapshot.dirtyThresholds.unavailableReason));
        QVERIFY(snapshot.hugePagePools.available()); // nothing else is lost
    }

    void absentFeaturesGiveReasons()
    {
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.18", dir));
        // A kernel without PSI, without swap support and without THP.
        QVERIFY(QFile::remove(dir.path() + QStringLiteral("/proc/pressure/memory")));
        QVERIFY(QFile::remove(dir.path() + QStringLiteral("/proc/swaps")));
        QVERIFY(QDir(dir.path() + QStringLiteral("/sys/kernel/mm/transparent_hugepage")).removeRecursively());
        const SystemSnapshot snapshot = SystemSampler(SysRoot(dir.path())).sample();
        QVERIFY(snapshot.meminfo.available());
        QVERIFY(!snapshot.memoryPressure.available());
        QVERIFY(snapshot.memoryPressure.unavailableReason.contains(QStringLiteral("/proc/pressure/memory does not exist")));
        QVERIFY(!snapshot.swaps.available());
        QVERIFY(!snapshot.thpEnabled.available());
        QVERIFY(!snapshot.thpDefrag.unavailableReason.isEmpty());
    }

    void malformedMeminfoKeepsTheGoodLines()
    {
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.18", dir));
        QFile meminfo(dir.path() + QStringLiteral("/proc/meminfo"));
        QVERIFY(meminfo.open(QIODevice::ReadOnly));
        QByteArray text = meminfo.readAll();
        meminfo.close();
        text.insert(text.indexOf("MemAvailable"), "Garbage\xff\x01 line\n");
        QVERIFY(meminfo.open(QIODevice::WriteOnly | QIODevice::Truncate));
        meminfo.write(text.left(text.size() - 10)); // and the last line cut short
        meminfo.close();

        const SystemSnapshot snapshot = SystemSampler(SysRoot(dir.path())).sample();
        QVERIFY(snapshot.meminfo.available());
        QVERIFY(snapshot.meminfo.problem.contains(QStringLiteral("/proc/meminfo is malformed")));
        QCOMPARE(snapshot.meminfo.value->value("MemAvailable"), Fixtures::system().meminfo.value->value("MemAvailable"));
    }

    void missingMeminfoIsUnavailable()
    {
        const SystemSnapshot snapshot = SystemSampler(SysRoot(QStringLiteral("/nonexistent-memlens-root"))).sample();
        QVERIFY(!snapshot.meminfo.available());
        QVERIFY(snapshot.meminfo.unavailableReason.contains(QStringLiteral("/proc/meminfo")));
        QVERIFY(snapshot.tunables.constFirst().value.unavailableReason.contains(QStringLiteral("swappiness")));
    }

    void ratesPerSecond()
    {
        NamedValues before, after;
        before.append({"pgfault", 1000, NamedValue::Unit::Number});
        before.append({"pswpin", 50, NamedValue::Unit::Number});
        after.append({"pswpin", 40, NamedValue::Unit::Number}); // went backwards: no rate
        after.append({"pgfault", 3000, NamedValue::Unit::Number}); // order changed: found by name
        after.append({"oom_kill", 1, NamedValue::Unit::Number}); // new: no rate
        const QList<CounterRate> rates = SystemSampler::rates(before, after, 2.0);
        QCOMPARE(rates.size(), 1);
        QCOMPARE(rates.constFirst().name, QByteArray("pgfault"));
        QCOMPARE(rates.constFirst().perSecond, 1000.0);
    }
};

QTEST_GUILESS_MAIN(TestSystemReader)
#include "tst_systemreader.moc"
