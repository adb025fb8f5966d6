// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/flatkeyedparser.h"
#include "parse/meminfoparser.h"
#include "parse/zoneinfoparser.h"
#include "snapshot/dirtythresholds.h"
#include "support/fixtures.h"

#include <QTest>

// The dirty thresholds recomputed from meminfo, zoneinfo and the sysctls must be the ones the
// kernel itself wrote into /proc/vmstat (nr_dirty_threshold, nr_dirty_background_threshold)
// when it was read in the same capture.
class TestDirtyThresholds : public QObject
{
    Q_OBJECT

    static DirtyThresholds::Settings settingsOf(const char *tree)
    {
        return {Fixtures::sysctl(tree, "dirty_ratio"),
                Fixtures::sysctl(tree, "dirty_background_ratio"),
                Fixtures::sysctl(tree, "dirty_bytes"),
                Fixtures::sysctl(tree, "dirty_background_bytes")};
    }
    // linux-6.18-dirty's dirtyable pages: MemFree's pages above the 34639 reserved, both file
    // LRU lists, and the kernel's one.
    static constexpr qint64 dirtyable = 21871216 / 4 - 34639 + 239852 / 4 + 514448 / 4 + 1;

    static NamedValues meminfo(const char *tree = "linux-6.18-dirty")
    {
        return parseMeminfo(Fixtures::file(tree, "proc/meminfo")).value;
    }
    static QList<MemoryZone> zones(const char *tree = "linux-6.18-dirty")
    {
        return parseZoneinfo(Fixtures::file(tree, "proc/zoneinfo")).value;
    }

private Q_SLOTS:
    void kernelAgrees_data()
    {
        QTest::addColumn<QString>("tree");
        QTest::addColumn<bool>("fromBytes");
        QTest::addRow("ratios 20 and 10") << QStringLiteral("linux-6.18-dirty") << false;
        QTest::addRow("bytes, background above throttle") << QStringLiteral("linux-6.18-dirty-bytes") << true;
    }
    void kernelAgrees()
    {
        QFETCH(QString, tree);
        QFETCH(bool, fromBytes);
        const QByteArray name = tree.toLatin1();
        const NamedValues vmstat = parseFlatKeyed(Fixtures::file(name.constData(), "proc/vmstat")).value;
        const auto thresholds = DirtyThresholds::compute(meminfo(name.constData()), zones(name.constData()), settingsOf(name.constData()));
        QVERIFY(thresholds);
        QCOMPARE(thresholds->throttleFromBytes, fromBytes);
        QCOMPARE(thresholds->backgroundFromBytes, fromBytes);
        QCOMPARE(thresholds->backgroundHalved, fromBytes);
        // The capture read meminfo and then vmstat from one shell, microseconds apart, and the
        // kernel computes its figures while vmstat is read: pages freed or filled in between
        // would move them by a fifth (a tenth) of that change. In both captures nothing had
        // moved, and they agree to the page; one page of slack each way is left for rounding.
        const qint64 page = 4096;
        QVERIFY2(qAbs(thresholds->throttleBytes - *vmstat.value("nr_dirty_threshold") * page) <= page,
                 qPrintable(QString::number(thresholds->throttleBytes / page - *vmstat.value("nr_dirty_threshold"))));
        QVERIFY2(qAbs(thresholds->backgroundBytes - *vmstat.value("nr_dirty_background_threshold") * page) <= page,
                 qPrintable(QString::number(thresholds->backgroundBytes / page - *vmstat.value("nr_dirty_background_threshold"))));
        // Per zone: lowmem reserve for higher zones plus high watermark, capped at managed pages
        // (DMA's 8523 + 43 is capped at its 3840; Movable's 32 at its 0).
        QCOMPARE(thresholds->reserveBytes, qint64(3840 + 5504 + 8960 + 16335) * page);
    }

    void exactlyTheKernelsArithmetic()
    {
        // 6.18's figures: 20 % of dirtyable memory is 819/4096 of it, not 1/5.
        const auto thresholds = DirtyThresholds::compute(meminfo(), zones(), {20, 10, 0, 0});
        QVERIFY(thresholds);
        QCOMPARE(thresholds->dirtyableBytes, dirtyable * 4096);
        QCOMPARE(thresholds->throttleBytes, 819 * dirtyable / 4096 * 4096);
        QCOMPARE(thresholds->backgroundBytes, 409 * dirtyable / 4096 * 4096);
    }

    void settings_data()
    {
        QTest::addColumn<qint64>("ratio");
        QTest::addColumn<qint64>("backgroundRatio");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<qint64>("backgroundBytes");
        QTest::addColumn<qint64>("throttlePages"); // -1: no figures
        QTest::addColumn<qint64>("backgroundPages");
        QTest::addRow("bytes rounded up") << qint64(0) << qint64(10) << qint64(4097) << qint64(0) << qint64(2) << qint64(1);
        QTest::addRow("bytes beat a ratio") << qint64(20) << qint64(10) << qint64(8192) << qint64(4096) << qint64(2) << qint64(1);
        QTest::addRow("background ratio bytes") << qint64(20) << qint64(0) << qint64(0) << qint64(40960) << 819 * dirtyable / 4096 << qint64(10);
        QTest::addRow("equal ratios halve") << qint64(10) << qint64(10) << qint64(0) << qint64(0) << 409 * dirtyable / 4096 << 409 * dirtyable / 4096 / 2;
        QTest::addRow("zero ratios") << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0) << qint64(0);
        QTest::addRow("a hundred percent") << qint64(100) << qint64(50) << qint64(0) << qint64(0) << dirtyable << 2048 * dirtyable / 4096;
        QTest::addRow("32 bits of pages at most") << qint64(0) << qint64(0) << qint64(1) << qint64(1) << qint64(0) << qint64(0);
        QTest::addRow("ratio over 100") << qint64(101) << qint64(10) << qint64(0) << qint64(0) << qint64(-1) << qint64(-1);
        QTest::addRow("negative ratio") << qint64(20) << qint64(-1) << qint64(0) << qint64(0) << qint64(-1) << qint64(-1);
        QTest::addRow("negative bytes") << qint64(20) << qint64(10) << qint64(-4096) << qint64(0) << qint64(-1) << qint64(-1);
    }
    void settings()
    {
        QFETCH(qint64, ratio);
        QFETCH(qint64, backgroundRatio);
        QFETCH(qint64, bytes);
        QFETCH(qint64, backgroundBytes);
        QFETCH(qint64, throttlePages);
        QFETCH(qint64, backgroundPages);
        if (QTest::currentDataTag() == QByteArrayView("32 bits of pages at most")) {
            bytes = qint64(1) << 50; // 2^38 pages: the kernel keeps 2^32 − 1
            throttlePages = 0xffffffff;
            backgroundPages = throttlePages / 2;
            backgroundBytes = bytes;
        }
        const auto thresholds = DirtyThresholds::compute(meminfo(), zones(), {ratio, backgroundRatio, bytes, backgroundBytes});
        QCOMPARE(thresholds.has_value(), throttlePages >= 0);
        if (!thresholds)
            return;
        QCOMPARE(thresholds->throttleBytes, throttlePages * 4096);
        QCOMPARE(thresholds->backgroundBytes, backgroundPages * 4096);
    }

    void reserveAboveFreeCountsNoFreePages()
    {
        NamedValues tight;
        tight.append({"MemFree", 1024 * 4096, NamedValue::Unit::Bytes}); // fewer free pages than the 34639 reserved
        tight.append({"Active(file)", 100 * 4096, NamedValue::Unit::Bytes});
        tight.append({"Inactive(file)", 50 * 4096, NamedValue::Unit::Bytes});
        const auto thresholds = DirtyThresholds::compute(tight, zones(), {20, 10, 0, 0});
        QVERIFY(thresholds);
        QCOMPARE(thresholds->dirtyableBytes, qint64(151) * 4096); // the file pages, plus the kernel's one
    }

    void reserveIsPerNode()
    {
        // Each node's zones are indexed from 0 again: node 1's DMA reserves like node 0's.
        QList<MemoryZone> two = zones();
        for (MemoryZone zone : zones()) {
            zone.node = 1;
            two.append(zone);
        }
        QCOMPARE(DirtyThresholds::totalReservePages(two), 2 * DirtyThresholds::totalReservePages(zones()));
        // A boost in effect is not part of the reserve, which was summed without it.
        QList<MemoryZone> boosted = zones();
        boosted[2].boostPages = 1000;
        boosted[2].highPages += 1000;
        QCOMPARE(DirtyThresholds::totalReservePages(boosted), DirtyThresholds::totalReservePages(zones()));
    }

    void noFiguresFromWhatCannotBeRight()
    {
        QList<MemoryZone> highmem = zones();
        highmem[2].name = "HighMem";
        QVERIFY(!DirtyThresholds::compute(meminfo(), highmem, {20, 10, 0, 0}));
        NamedValues noFree = meminfo();
        NamedValues partial;
        for (const NamedValue &value : noFree.list()) {
            if (value.name != "MemFree")
                partial.append(value);
        }
        QVERIFY(!DirtyThresholds::compute(partial, zones(), {20, 10, 0, 0}));
        QVERIFY(!DirtyThresholds::compute(meminfo(), zones(), {20, 10, 0, 0}, 0));
    }
};

QTEST_GUILESS_MAIN(TestDirtyThresholds)
#include "tst_dirtythresholds.moc"
