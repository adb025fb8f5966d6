// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/smapsparser.h"
#include "parsetest.h"
#include "smapstext.h"

#include <QTest>

using ParseTest::absent;
using ParseTest::kib;
using ParseTest::OptionalBytes;

// /proc/PID/smaps_rollup: every counter of every captured rollup (6.18 and 6.1, shared file
// pages, COW pages, transparent huge pages, swap), and damaged copies of a real one.
class TestSmapsRollupParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void captures_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("counters"); // every counter, KiB; KSM is read but not modelled
        QTest::addColumn<qint64>("ussKib");
        QTest::addRow("6.18 shares a file and COW pages with its child")
            << Fixtures::file("linux-6.18", "proc/23158/smaps_rollup")
            << QStringLiteral(
                   "Rss=13432 Pss=6368 Pss_Dirty=4158 Pss_Anon=4158 Pss_File=2210 Pss_Shmem=0 Shared_Clean=5144 Shared_Dirty=8252 Private_Clean=4 "
                   "Private_Dirty=32 Referenced=13432 Anonymous=8284 LazyFree=0 AnonHugePages=0 ShmemPmdMapped=0 FilePmdMapped=0 "
                   "Shared_Hugetlb=0 Private_Hugetlb=0 Swap=0 SwapPss=0 Locked=0")
            << qint64(36);
        QTest::addRow("6.18 the child")
            << Fixtures::file("linux-6.18", "proc/23160/smaps_rollup")
            << QStringLiteral(
                   "Rss=12748 Pss=6260 Pss_Dirty=4158 Pss_Anon=4158 Pss_File=2102 Pss_Shmem=0 Shared_Clean=4464 Shared_Dirty=8252 Private_Clean=0 "
                   "Private_Dirty=32 Referenced=12728 Anonymous=8284 LazyFree=0 AnonHugePages=0 ShmemPmdMapped=0 FilePmdMapped=0 "
                   "Shared_Hugetlb=0 Private_Hugetlb=0 Swap=0 SwapPss=0 Locked=0")
            << qint64(32);
        QTest::addRow("6.18 bash")
            << Fixtures::file("linux-6.18", "proc/1170/smaps_rollup")
            << QStringLiteral(
                   "Rss=4156 Pss=1338 Pss_Dirty=616 Pss_Anon=616 Pss_File=722 Pss_Shmem=0 Shared_Clean=3088 Shared_Dirty=716 Private_Clean=60 "
                   "Private_Dirty=292 Referenced=4156 Anonymous=1008 LazyFree=0 AnonHugePages=0 ShmemPmdMapped=0 FilePmdMapped=0 "
                   "Shared_Hugetlb=0 Private_Hugetlb=0 Swap=0 SwapPss=0 Locked=0")
            << qint64(352);
        QTest::addRow("6.18 mostly in swap")
            << Fixtures::file("linux-6.18-swap", "proc/31927/smaps_rollup")
            << QStringLiteral(
                   "Rss=16924 Pss=16010 Pss_Dirty=15912 Pss_Anon=15904 Pss_File=106 Pss_Shmem=0 Shared_Clean=1012 Shared_Dirty=0 Private_Clean=0 "
                   "Private_Dirty=15912 Referenced=16924 Anonymous=15904 LazyFree=0 AnonHugePages=0 ShmemPmdMapped=0 FilePmdMapped=0 "
                   "Shared_Hugetlb=0 Private_Hugetlb=0 Swap=25152 SwapPss=25152 Locked=0")
            << qint64(15912);
        QTest::addRow("6.1 throttled in a v2 cgroup")
            << Fixtures::file("linux-6.1-cgroup2", "proc/86/smaps_rollup")
            << QStringLiteral(
                   "Rss=23408 Pss=23405 Pss_Dirty=23404 Pss_Anon=22756 Pss_File=1 Pss_Shmem=648 Shared_Clean=4 Shared_Dirty=0 Private_Clean=0 "
                   "Private_Dirty=23404 Referenced=23408 Anonymous=22756 LazyFree=0 AnonHugePages=0 ShmemPmdMapped=0 FilePmdMapped=0 "
                   "Shared_Hugetlb=0 Private_Hugetlb=0 Swap=0 SwapPss=0 Locked=0")
            << qint64(23404);
        QTest::addRow("6.1 transparent huge pages")
            << Fixtures::file("linux-6.1-swap", "proc/101/smaps_rollup")
            << QStringLiteral(
                   "Rss=21180 Pss=10656 Pss_Dirty=10656 Pss_Anon=8228 Pss_File=0 Pss_Shmem=2428 Shared_Clean=4 Shared_Dirty=21040 Private_Clean=0 "
                   "Private_Dirty=136 Referenced=21180 Anonymous=16432 LazyFree=0 AnonHugePages=14336 ShmemPmdMapped=0 FilePmdMapped=0 "
                   "Shared_Hugetlb=0 Private_Hugetlb=0 Swap=0 SwapPss=0 Locked=0")
            << qint64(136);
        QTest::addRow("6.1 in swap")
            << Fixtures::file("linux-6.1-swap", "proc/102/smaps_rollup")
            << QStringLiteral(
                   "Rss=20696 Pss=20692 Pss_Dirty=20688 Pss_Anon=20044 Pss_File=0 Pss_Shmem=648 Shared_Clean=4 Shared_Dirty=0 Private_Clean=4 "
                   "Private_Dirty=20688 Referenced=20696 Anonymous=20044 LazyFree=0 AnonHugePages=0 ShmemPmdMapped=0 FilePmdMapped=0 "
                   "Shared_Hugetlb=0 Private_Hugetlb=0 Swap=29156 SwapPss=29156 Locked=0")
            << qint64(20692);
    }
    void captures()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, counters);
        QFETCH(qint64, ussKib);
        const auto rollup = parseSmapsRollup(text);
        QVERIFY2(rollup.ok(), qPrintable(rollup.error));
        QCOMPARE(SmapsText::describe(rollup.value), counters);
        // A rollup spans the address space: it has no Size.
        QCOMPARE(rollup.value.value(SmapsCounters::Size), absent);
        // USS is Private_Clean + Private_Dirty.
        QCOMPARE(rollup.value.uss(), kib(ussKib));
        QCOMPARE(rollup.value.uss(), *rollup.value.value(SmapsCounters::PrivateClean) + *rollup.value.value(SmapsCounters::PrivateDirty));
        QCOMPARE(rollup.value.shared(), *rollup.value.value(SmapsCounters::SharedClean) + *rollup.value.value(SmapsCounters::SharedDirty));
    }

    void kernelThread()
    {
        // A kernel thread's rollup is empty when it can be read at all: no counters, no error.
        const auto rollup = parseSmapsRollup(QByteArray());
        QVERIFY(rollup.ok());
        QVERIFY(rollup.value.isEmpty());
        QCOMPARE(rollup.value.uss(), absent);
    }

    void malformed_data()
    {
        // Each row damages the real 6.18 rollup of 23158: the header, then Rss on line 2, Pss
        // on line 3 ... Swap on line 21.
        const QByteArray real = Fixtures::file("linux-6.18", "proc/23158/smaps_rollup");
        const QByteArray rss = QByteArrayLiteral("Rss:               13432 kB");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<OptionalBytes>("rss");
        QTest::addColumn<OptionalBytes>("pss");
        QTest::addColumn<OptionalBytes>("swap");
        QTest::addColumn<QString>("error"); // empty: parsed
        QTest::addRow("header only") << real.left(real.indexOf('\n') + 1) << absent << absent << absent << QString();
        QTest::addRow("no header") << real.mid(real.indexOf('\n') + 1) << kib(13432) << kib(6368) << kib(0) << QString();
        QTest::addRow("truncated inside Pss") << real.left(real.indexOf("Pss:") + 10) << kib(13432) << absent << absent << QStringLiteral("line 3:");
        QTest::addRow("truncated inside a name") << real.left(real.indexOf("Pss:") + 2) << kib(13432) << absent << absent << QStringLiteral("line 3:");
        QTest::addRow("garbage line, NUL and 0xff") << Fixtures::replaced(real, "Pss:", QByteArrayLiteral("\xff\0: 1 kB\nPss:")) << kib(13432) << kib(6368)
                                                    << kib(0) << QStringLiteral("line 3:");
        QTest::addRow("line without a colon") << Fixtures::replaced(real, "Pss:", "garbage\nPss:") << kib(13432) << kib(6368) << kib(0)
                                              << QStringLiteral("line 3:");
        QTest::addRow("duplicated Rss, first kept") << Fixtures::replaced(real, rss, QByteArray(rss + "\nRss: 1 kB")) << kib(13432) << kib(6368) << kib(0)
                                                    << QStringLiteral("line 3:");
        QTest::addRow("20-digit Rss") << Fixtures::replaced(real, rss, "Rss: 99999999999999999999 kB") << absent << kib(6368) << kib(0)
                                      << QStringLiteral("line 2:");
        QTest::addRow("Rss too large in bytes") << Fixtures::replaced(real, rss, "Rss: 9007199254740992 kB") << absent << kib(6368) << kib(0)
                                                << QStringLiteral("line 2:");
        QTest::addRow("Rss without unit") << Fixtures::replaced(real, rss, "Rss: 13432") << absent << kib(6368) << kib(0) << QStringLiteral("line 2:");
        QTest::addRow("a second header") << QByteArray(real + real.left(real.indexOf('\n') + 1)) << kib(13432) << kib(6368) << kib(0)
                                         << QStringLiteral("line 24:");
        QTest::addRow("unknown counter kept out") << Fixtures::replaced(real, "Pss:", "Future_Counter: 5 kB\nPss:") << kib(13432) << kib(6368) << kib(0)
                                                  << QString();
        QTest::addRow("Swap line missing") << Fixtures::replaced(real, "Swap:                  0 kB\n", "") << kib(13432) << kib(6368) << absent << QString();
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(OptionalBytes, rss);
        QFETCH(OptionalBytes, pss);
        QFETCH(OptionalBytes, swap);
        QFETCH(QString, error);
        const auto rollup = parseSmapsRollup(text);
        QCOMPARE(rollup.value.value(SmapsCounters::Rss), rss);
        QCOMPARE(rollup.value.value(SmapsCounters::Pss), pss);
        QCOMPARE(rollup.value.value(SmapsCounters::Swap), swap);
        QCOMPARE(rollup.ok(), error.isEmpty());
        QVERIFY2(rollup.error.startsWith(error), qPrintable(rollup.error));
    }
};

QTEST_GUILESS_MAIN(TestSmapsRollupParser)
#include "tst_smapsrollupparser.moc"
