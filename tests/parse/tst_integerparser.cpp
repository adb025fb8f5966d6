// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/integerparser.h"
#include "parsetest.h"

#include <QTest>

#include <limits>

// One-integer files: the vm sysctls MemLens shows and tunes, oom_score, oom_score_adj and cgroup
// byte counters; and damaged copies of real ones.
class TestIntegerParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("error"); // empty: parsed
        const QByteArray swappiness = Fixtures::file("linux-6.18", "proc/sys/vm/swappiness");
        const QByteArray adj = Fixtures::file("linux-6.18", "proc/23158/oom_score_adj");
        QTest::addRow("6.18 vm.swappiness") << swappiness << qint64(60) << QString();
        QTest::addRow("6.18 vm.dirty_ratio") << Fixtures::file("linux-6.18", "proc/sys/vm/dirty_ratio") << qint64(20) << QString();
        QTest::addRow("6.18 vm.dirty_background_ratio") << Fixtures::file("linux-6.18", "proc/sys/vm/dirty_background_ratio") << qint64(10) << QString();
        QTest::addRow("6.18 vm.min_free_kbytes") << Fixtures::file("linux-6.18", "proc/sys/vm/min_free_kbytes") << qint64(67584) << QString();
        QTest::addRow("6.18 vm.overcommit_memory") << Fixtures::file("linux-6.18", "proc/sys/vm/overcommit_memory") << qint64(0) << QString();
        QTest::addRow("6.18 vm.overcommit_ratio") << Fixtures::file("linux-6.18", "proc/sys/vm/overcommit_ratio") << qint64(50) << QString();
        QTest::addRow("6.18 vm.page-cluster") << Fixtures::file("linux-6.18", "proc/sys/vm/page-cluster") << qint64(3) << QString();
        QTest::addRow("6.18 vm.vfs_cache_pressure") << Fixtures::file("linux-6.18", "proc/sys/vm/vfs_cache_pressure") << qint64(100) << QString();
        QTest::addRow("6.1 vm.min_free_kbytes") << Fixtures::file("linux-6.1-swap", "proc/sys/vm/min_free_kbytes") << qint64(45056) << QString();
        QTest::addRow("6.18 oom_score") << Fixtures::file("linux-6.18", "proc/23158/oom_score") << qint64(666) << QString();
        QTest::addRow("6.18 init's oom_score") << Fixtures::file("linux-6.18", "proc/1/oom_score") << qint64(0) << QString();
        QTest::addRow("6.1 hog's oom_score") << Fixtures::file("linux-6.1-swap", "proc/102/oom_score") << qint64(697) << QString();
        QTest::addRow("6.18 oom_score_adj") << adj << qint64(0) << QString();
        QTest::addRow("v1 memory.usage_in_bytes") << Fixtures::file("linux-6.18-swap", "sys/fs/cgroup/memory/memlens-swap/memory.usage_in_bytes")
                                                  << qint64(16748544) << QString();
        QTest::addRow("v2 memory.swap.current") << Fixtures::file("linux-6.1-swap", "sys/fs/cgroup/system.slice/swap-hog.service/memory.swap.current")
                                                << qint64(34836480) << QString();
        // KSM, with 4 MiB of one repeated byte merged on 6.18: 4 pages shared by 1020 more, and
        // general_profit (6.4+) the bytes saved less KSM's own bookkeeping; never run on 6.1.
        QTest::addRow("6.18 ksm pages_shared") << Fixtures::file("linux-6.18-kernelmem", "sys/kernel/mm/ksm/pages_shared") << qint64(4) << QString();
        QTest::addRow("6.18 ksm pages_sharing") << Fixtures::file("linux-6.18-kernelmem", "sys/kernel/mm/ksm/pages_sharing") << qint64(1020) << QString();
        QTest::addRow("6.18 ksm pages_unshared") << Fixtures::file("linux-6.18-kernelmem", "sys/kernel/mm/ksm/pages_unshared") << qint64(0) << QString();
        QTest::addRow("6.18 ksm pages_volatile") << Fixtures::file("linux-6.18-kernelmem", "sys/kernel/mm/ksm/pages_volatile") << qint64(0) << QString();
        QTest::addRow("6.18 ksm general_profit") << Fixtures::file("linux-6.18-kernelmem", "sys/kernel/mm/ksm/general_profit") << qint64(4112384) << QString();
        QTest::addRow("6.1 ksm pages_sharing") << Fixtures::file("linux-6.1-numa", "sys/kernel/mm/ksm/pages_sharing") << qint64(0) << QString();
        // Derived from the real files.
        QTest::addRow("oom_score_adj -1000") << Fixtures::replaced(adj, "0", "-1000") << qint64(-1000) << QString();
        QTest::addRow("oom_score_adj 1000") << Fixtures::replaced(adj, "0", "1000") << qint64(1000) << QString();
        QTest::addRow("no final newline") << swappiness.chopped(1) << qint64(60) << QString();
        QTest::addRow("INT64_MIN") << Fixtures::replaced(adj, "0", "-9223372036854775808") << std::numeric_limits<qint64>::min() << QString();
        QTest::addRow("empty") << QByteArray() << qint64(0) << QStringLiteral("empty file");
        QTest::addRow("newline only") << QByteArrayLiteral("\n") << qint64(0) << QStringLiteral("empty file");
        QTest::addRow("20 digits") << Fixtures::replaced(swappiness, "60", "99999999999999999999") << qint64(0) << QStringLiteral("not an integer");
        QTest::addRow("INT64_MAX + 1") << Fixtures::replaced(swappiness, "60", "9223372036854775808") << qint64(0) << QStringLiteral("not an integer");
        QTest::addRow("two numbers") << Fixtures::replaced(swappiness, "60", "60 61") << qint64(0) << QStringLiteral("not an integer");
        QTest::addRow("two lines") << QByteArray(swappiness + swappiness) << qint64(0) << QStringLiteral("not an integer");
        // Found by fuzz_textscan: the sign and the digits on separate lines were read as -1.
        QTest::addRow("sign on a line of its own") << QByteArrayLiteral("-\n\t1") << qint64(0) << QStringLiteral("not an integer");
        QTest::addRow("+60") << Fixtures::replaced(swappiness, "60", "+60") << qint64(0) << QStringLiteral("not an integer");
        QTest::addRow("hex") << Fixtures::replaced(swappiness, "60", "0x3c") << qint64(0) << QStringLiteral("not an integer");
        QTest::addRow("garbage, NUL and 0xff") << Fixtures::replaced(swappiness, "60", QByteArrayLiteral("6\0\xff")) << qint64(0)
                                               << QStringLiteral("not an integer");
        QTest::addRow("v2 \"max\" is not an integer") << Fixtures::file("linux-6.1-swap", "sys/fs/cgroup/system.slice/memory.max") << qint64(0)
                                                      << QStringLiteral("not an integer: \"max\"");
    }
    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, value);
        QFETCH(QString, error);
        const auto parsed = parseInteger(text);
        QCOMPARE(parsed.value, value);
        QCOMPARE(parsed.ok(), error.isEmpty());
        QVERIFY2(parsed.error.startsWith(error), qPrintable(parsed.error));
    }
};

QTEST_GUILESS_MAIN(TestIntegerParser)
#include "tst_integerparser.moc"
