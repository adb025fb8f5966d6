// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/flatkeyedparser.h"
#include "parsetest.h"

#include <QTest>

// The "name value" format: /proc/vmstat, cgroup v2 memory.stat and memory.events, cgroup v1
// memory.stat, from every captured kernel; and damaged copies of a real vmstat.
class TestFlatKeyedParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeFile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("first");
        QTest::addColumn<QByteArray>("last");
        QTest::addRow("6.18 vmstat") << Fixtures::file("linux-6.18", "proc/vmstat") << QByteArrayLiteral("nr_free_pages") << QByteArrayLiteral("nr_unstable");
        QTest::addRow("6.18 swap vmstat") << Fixtures::file("linux-6.18-swap", "proc/vmstat") << QByteArrayLiteral("nr_free_pages")
                                          << QByteArrayLiteral("nr_unstable");
        QTest::addRow("6.1 cgroup2 vmstat") << Fixtures::file("linux-6.1-cgroup2", "proc/vmstat") << QByteArrayLiteral("nr_free_pages")
                                            << QByteArrayLiteral("nr_unstable");
        QTest::addRow("6.1 swap vmstat") << Fixtures::file("linux-6.1-swap", "proc/vmstat") << QByteArrayLiteral("nr_free_pages")
                                         << QByteArrayLiteral("nr_unstable");
        QTest::addRow("v1 root memory.stat") << Fixtures::file("linux-6.18", "sys/fs/cgroup/memory/memory.stat") << QByteArrayLiteral("cache")
                                             << QByteArrayLiteral("total_unevictable");
        QTest::addRow("v2 memory.stat") << Fixtures::file("linux-6.1-cgroup2", "sys/fs/cgroup/system.slice/foo.service/memory.stat")
                                        << QByteArrayLiteral("anon") << QByteArrayLiteral("thp_collapse_alloc");
        QTest::addRow("v2 memory.events") << Fixtures::file("linux-6.1-swap", "sys/fs/cgroup/system.slice/swap-hog.service/memory.events")
                                          << QByteArrayLiteral("low") << QByteArrayLiteral("oom_group_kill");
        // Per-node allocation counters: the same "name number" lines.
        QTest::addRow("6.18 node 0 numastat") << Fixtures::file("linux-6.18-kernelmem", "sys/devices/system/node/node0/numastat")
                                              << QByteArrayLiteral("numa_hit") << QByteArrayLiteral("other_node");
        QTest::addRow("6.1 node 1 numastat") << Fixtures::file("linux-6.1-numa", "sys/devices/system/node/node1/numastat") << QByteArrayLiteral("numa_hit")
                                             << QByteArrayLiteral("other_node");
    }
    void wholeFile()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, last);
        const auto counters = parseFlatKeyed(text);
        QVERIFY2(counters.ok(), qPrintable(counters.error));
        // One counter per line, in the kernel's order, numbers kept as written.
        QCOMPARE(counters.value.list().size(), text.count('\n'));
        QCOMPARE(counters.value.list().constFirst().name, first);
        QCOMPARE(counters.value.list().constLast().name, last);
        for (const NamedValue &counter : counters.value.list())
            QCOMPARE(counter.unit, NamedValue::Unit::Number);
    }

    void counter_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<qint64>("value");
        const QByteArray v618 = Fixtures::file("linux-6.18", "proc/vmstat");
        const QByteArray v618swap = Fixtures::file("linux-6.18-swap", "proc/vmstat");
        const QByteArray v61swap = Fixtures::file("linux-6.1-swap", "proc/vmstat");
        QTest::addRow("6.18 pgfault") << v618 << QByteArrayLiteral("pgfault") << qint64(92086123);
        QTest::addRow("6.18 pgmajfault") << v618 << QByteArrayLiteral("pgmajfault") << qint64(2116);
        QTest::addRow("6.18 pswpin, no swap") << v618 << QByteArrayLiteral("pswpin") << qint64(0);
        QTest::addRow("6.18 pgscan_proactive") << v618 << QByteArrayLiteral("pgscan_proactive") << qint64(0);
        QTest::addRow("6.18 oom_kill") << v618 << QByteArrayLiteral("oom_kill") << qint64(0);
        QTest::addRow("6.18 thp_underused_split_page") << v618 << QByteArrayLiteral("thp_underused_split_page") << qint64(0);
        QTest::addRow("6.18 swap pswpin") << v618swap << QByteArrayLiteral("pswpin") << qint64(23);
        QTest::addRow("6.18 swap pswpout") << v618swap << QByteArrayLiteral("pswpout") << qint64(6385);
        QTest::addRow("6.18 swap pgscan_anon") << v618swap << QByteArrayLiteral("pgscan_anon") << qint64(20623);
        QTest::addRow("6.18 swap pgsteal_anon") << v618swap << QByteArrayLiteral("pgsteal_anon") << qint64(6231);
        QTest::addRow("6.1 swap pswpin") << v61swap << QByteArrayLiteral("pswpin") << qint64(24601);
        QTest::addRow("6.1 swap pswpout") << v61swap << QByteArrayLiteral("pswpout") << qint64(31873);
        QTest::addRow("6.1 swap pgmajfault") << v61swap << QByteArrayLiteral("pgmajfault") << qint64(14745);
        QTest::addRow("6.1 swap pgscan_anon") << v61swap << QByteArrayLiteral("pgscan_anon") << qint64(83520);
        QTest::addRow("6.1 swap thp_fault_alloc") << v61swap << QByteArrayLiteral("thp_fault_alloc") << qint64(18);
        QTest::addRow("6.1 swap thp_swpout") << v61swap << QByteArrayLiteral("thp_swpout") << qint64(6);
        QTest::addRow("6.1 cgroup2 pgfault") << Fixtures::file("linux-6.1-cgroup2", "proc/vmstat") << QByteArrayLiteral("pgfault") << qint64(6680);
        // A v1 "no limit" is 2^63 - 4096: it still fits in a signed 64-bit value.
        QTest::addRow("v1 hierarchical_memory_limit") << Fixtures::file("linux-6.18", "sys/fs/cgroup/memory/memory.stat")
                                                      << QByteArrayLiteral("hierarchical_memory_limit") << qint64(9223372036854771712);
        QTest::addRow("v1 swap") << Fixtures::file("linux-6.18-swap", "sys/fs/cgroup/memory/memlens-swap/memory.stat") << QByteArrayLiteral("swap")
                                 << qint64(25432064);
        QTest::addRow("v2 anon") << Fixtures::file("linux-6.1-cgroup2", "sys/fs/cgroup/system.slice/foo.service/memory.stat") << QByteArrayLiteral("anon")
                                 << qint64(23302144);
        QTest::addRow("v2 swapcached") << Fixtures::file("linux-6.1-swap", "sys/fs/cgroup/system.slice/swap-hog.service/memory.stat")
                                       << QByteArrayLiteral("swapcached") << qint64(4788224);
        QTest::addRow("v2 events high") << Fixtures::file("linux-6.1-cgroup2", "sys/fs/cgroup/system.slice/foo.service/memory.events")
                                        << QByteArrayLiteral("high") << qint64(171);
        // One node: every allocation is local. Two nodes, a process on node 1's CPU with memory
        // bound to node 0 and interleaved: node 0 serves allocations made on the other node.
        const QByteArray one = Fixtures::file("linux-6.18-kernelmem", "sys/devices/system/node/node0/numastat");
        const QByteArray node0 = Fixtures::file("linux-6.1-numa", "sys/devices/system/node/node0/numastat");
        const QByteArray node1 = Fixtures::file("linux-6.1-numa", "sys/devices/system/node/node1/numastat");
        QTest::addRow("6.18 numa_hit") << one << QByteArrayLiteral("numa_hit") << qint64(759143314);
        QTest::addRow("6.18 other_node") << one << QByteArrayLiteral("other_node") << qint64(0);
        QTest::addRow("6.1 node 0 other_node") << node0 << QByteArrayLiteral("other_node") << qint64(1527);
        QTest::addRow("6.1 node 0 interleave_hit") << node0 << QByteArrayLiteral("interleave_hit") << qint64(525);
        QTest::addRow("6.1 node 1 local_node") << node1 << QByteArrayLiteral("local_node") << qint64(6235);
        QTest::addRow("6.1 node 1 numa_miss") << node1 << QByteArrayLiteral("numa_miss") << qint64(0);
        QTest::addRow("v2 events max") << Fixtures::file("linux-6.1-swap", "sys/fs/cgroup/system.slice/swap-hog.service/memory.events")
                                       << QByteArrayLiteral("max") << qint64(49);
    }
    void counter()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, name);
        QFETCH(qint64, value);
        const auto counters = parseFlatKeyed(text);
        QVERIFY2(counters.ok(), qPrintable(counters.error));
        QCOMPARE(counters.value.value(name), value);
    }

    void families_data()
    {
        // The counter families the memory pages chart; their members change between kernels.
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("pgscan");
        QTest::addColumn<int>("pgsteal");
        QTest::addColumn<int>("thp");
        QTest::addRow("6.18") << Fixtures::file("linux-6.18", "proc/vmstat") << 7 << 6 << 25;
        QTest::addRow("6.1") << Fixtures::file("linux-6.1-swap", "proc/vmstat") << 5 << 4 << 24;
    }
    void families()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, pgscan);
        QFETCH(int, pgsteal);
        QFETCH(int, thp);
        const auto counters = parseFlatKeyed(text);
        QVERIFY(counters.ok());
        const auto count = [&](const char *prefix) {
            return int(std::count_if(counters.value.list().cbegin(), counters.value.list().cend(), [&](const NamedValue &counter) {
                return counter.name.startsWith(prefix);
            }));
        };
        QCOMPARE(count("pgscan_"), pgscan);
        QCOMPARE(count("pgsteal_"), pgsteal);
        QCOMPARE(count("thp_"), thp);
    }

    void malformed_data()
    {
        // Each row damages the real 6.18-swap vmstat: 192 counters, pgfault on line 96.
        const QByteArray real = Fixtures::file("linux-6.18-swap", "proc/vmstat");
        const int all = 192;
        const int pgfaultLine = 96;
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("counters");
        QTest::addColumn<QString>("error");
        QTest::addColumn<qint64>("pgfault"); // -1: absent
        QTest::addRow("empty") << QByteArray() << 0 << QString() << qint64(-1);
        QTest::addRow("truncated after the name") << real.left(real.indexOf("\npgfault ") + 8) << pgfaultLine - 1 << QStringLiteral("line %1:").arg(pgfaultLine)
                                                  << qint64(-1);
        QTest::addRow("truncated after the blank") << real.left(real.indexOf("\npgfault ") + 9) << pgfaultLine - 1
                                                   << QStringLiteral("line %1:").arg(pgfaultLine) << qint64(-1);
        QTest::addRow("garbage line, NUL and 0xff") << Fixtures::replaced(real, "\npgfault ", QByteArrayLiteral("\n\x80\xfe\0 1\npgfault ")) << all
                                                    << QStringLiteral("line %1:").arg(pgfaultLine) << qint64(107194978);
        QTest::addRow("NUL inside a name") << Fixtures::replaced(real, "\npgfault ", QByteArrayLiteral("\npg\0fault ")) << all - 1
                                           << QStringLiteral("line %1:").arg(pgfaultLine) << qint64(-1);
        QTest::addRow("20-digit value") << Fixtures::replaced(real, "pgfault 107194978", "pgfault 99999999999999999999") << all - 1
                                        << QStringLiteral("line %1:").arg(pgfaultLine) << qint64(-1);
        QTest::addRow("2^63") << Fixtures::replaced(real, "pgfault 107194978", "pgfault 9223372036854775808") << all - 1
                              << QStringLiteral("line %1:").arg(pgfaultLine) << qint64(-1);
        QTest::addRow("trailing garbage") << Fixtures::replaced(real, "pgfault 107194978", "pgfault 107194978x") << all - 1
                                          << QStringLiteral("line %1:").arg(pgfaultLine) << qint64(-1);
        QTest::addRow("two values") << Fixtures::replaced(real, "pgfault 107194978", "pgfault 107194978 1") << all - 1
                                    << QStringLiteral("line %1:").arg(pgfaultLine) << qint64(-1);
        QTest::addRow("duplicated, first kept") << Fixtures::replaced(real, "\npgmajfault ", "\npgfault 1\npgmajfault ") << all
                                                << QStringLiteral("line %1: counter \"pgfault\" appears twice").arg(pgfaultLine + 1) << qint64(107194978);
        QTest::addRow("missing line") << Fixtures::replaced(real, "pgfault 107194978\n", "") << all - 1 << QString() << qint64(-1);
        QTest::addRow("blank line") << Fixtures::replaced(real, "\npgfault ", "\n\npgfault ") << all << QString() << qint64(107194978);
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, counters);
        QFETCH(QString, error);
        QFETCH(qint64, pgfault);
        const auto vmstat = parseFlatKeyed(text);
        QCOMPARE(vmstat.value.list().size(), counters);
        QCOMPARE(vmstat.ok(), error.isEmpty());
        QVERIFY2(vmstat.error.startsWith(error), qPrintable(vmstat.error));
        QCOMPARE(vmstat.value.value("pgfault").value_or(-1), pgfault);
        // The counters before and after the damaged line keep their real values.
        if (counters > 0)
            QCOMPARE(vmstat.value.value("nr_free_pages"), qint64(1174723));
        if (counters >= 190)
            QCOMPARE(vmstat.value.value("pgmajfault"), qint64(7620));
    }
};

QTEST_GUILESS_MAIN(TestFlatKeyedParser)
#include "tst_flatkeyedparser.moc"
