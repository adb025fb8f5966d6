#include "parse/cgrouplimitparser.h"
#include "parse/integerparser.h"
#include "parse/proccgroupparser.h"
#include "parse/thpchoiceparser.h"
#include "support/fixtures.h"

#include <QTest>

// The one-value and one-line files: vm sysctls, oom_score(_adj), cgroup limits, THP modes and
// /proc/PID/cgroup. Each parser is small; their tests share this file to stay one screen each.
class TestSmallFileParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void integer_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("value");
        QTest::addRow("vm.swappiness") << Fixtures::file("linux-6.18", "proc/sys/vm/swappiness") << true << qint64(60);
        QTest::addRow("vm.min_free_kbytes") << Fixtures::file("linux-6.18", "proc/sys/vm/min_free_kbytes") << true << qint64(67584);
        QTest::addRow("oom_score") << Fixtures::file("linux-6.18", "proc/23158/oom_score") << true << qint64(666);
        QTest::addRow("oom_score_adj") << Fixtures::file("linux-6.18", "proc/23158/oom_score_adj") << true << qint64(0);
        QTest::addRow("v1 usage_in_bytes") << Fixtures::file("linux-6.18-swap", "sys/fs/cgroup/memory/memlens-swap/memory.usage_in_bytes") << true
                                           << qint64(16748544);
        QTest::addRow("negative adj") << QByteArray("-1000\n") << true << qint64(-1000);
        QTest::addRow("empty") << QByteArray() << false << qint64(0);
        QTest::addRow("two numbers") << QByteArray("60 61\n") << false << qint64(0);
        QTest::addRow("overflow") << QByteArray("99999999999999999999\n") << false << qint64(0);
        QTest::addRow("garbage") << QByteArray("\xff\x00", 2) << false << qint64(0);
    }
    void integer()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(qint64, value);
        const auto parsed = parseInteger(text);
        QCOMPARE(parsed.ok(), ok);
        if (ok)
            QCOMPARE(parsed.value, value);
        else
            QVERIFY(!parsed.error.isEmpty());
    }

    void limit_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("unlimited");
        QTest::addColumn<qint64>("bytes");
        QTest::addRow("v1 no limit") << Fixtures::file("linux-6.18", "sys/fs/cgroup/memory/memory.limit_in_bytes") << true << true << qint64(0);
        QTest::addRow("v1 16 MiB") << Fixtures::file("linux-6.18-swap", "sys/fs/cgroup/memory/memlens-swap/memory.limit_in_bytes") << true << false
                                   << qint64(16) * 1024 * 1024;
        QTest::addRow("v2 max") << Fixtures::file("linux-6.1-cgroup2", "sys/fs/cgroup/user.slice/memory.max") << true << true << qint64(0);
        QTest::addRow("v2 memory.high") << Fixtures::file("linux-6.1-cgroup2", "sys/fs/cgroup/system.slice/foo.service/memory.high") << true << false
                                        << qint64(20971520);
        QTest::addRow("old kernels' no limit") << QByteArray("18446744073709551615\n") << true << true << qint64(0);
        QTest::addRow("beyond 64 bits") << QByteArray("18446744073709551616\n") << false << false << qint64(0);
        QTest::addRow("negative") << QByteArray("-1\n") << false << false << qint64(0);
        QTest::addRow("Max") << QByteArray("Max\n") << false << false << qint64(0);
        QTest::addRow("empty") << QByteArray() << false << false << qint64(0);
    }
    void limit()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(bool, unlimited);
        QFETCH(qint64, bytes);
        const auto parsed = parseCgroupLimit(text);
        QCOMPARE(parsed.ok(), ok);
        QCOMPARE(parsed.value.unlimited, unlimited);
        QCOMPARE(parsed.value.bytes, bytes);
    }

    void thp_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QByteArray>("selected");
        QTest::addColumn<QByteArrayList>("offered");
        QTest::addRow("enabled") << Fixtures::file("linux-6.18", "sys/kernel/mm/transparent_hugepage/enabled") << true << QByteArray("madvise")
                                 << QByteArrayList{"always", "madvise", "never"};
        QTest::addRow("defrag") << Fixtures::file("linux-6.18", "sys/kernel/mm/transparent_hugepage/defrag") << true << QByteArray("madvise")
                                << QByteArrayList{"always", "defer", "defer+madvise", "madvise", "never"};
        QTest::addRow("none selected") << QByteArray("always madvise never\n") << false << QByteArray() << QByteArrayList{"always", "madvise", "never"};
        QTest::addRow("two selected") << QByteArray("[always] [madvise] never\n") << false << QByteArray("always") << QByteArrayList{"always"};
        QTest::addRow("unbalanced bracket") << QByteArray("[always madvise never\n") << false << QByteArray() << QByteArrayList{};
        QTest::addRow("empty") << QByteArray() << false << QByteArray() << QByteArrayList{};
        QTest::addRow("two lines") << QByteArray("[always]\nnever\n") << false << QByteArray() << QByteArrayList{};
    }
    void thp()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(QByteArray, selected);
        QFETCH(QByteArrayList, offered);
        const auto parsed = parseThpChoice(text);
        QCOMPARE(parsed.ok(), ok);
        QCOMPARE(parsed.value.selected, selected);
        QCOMPARE(parsed.value.offered, offered);
    }

    void procCgroup_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("lines");
        QTest::addColumn<QByteArray>("memoryPath");
        QTest::addRow("hybrid v1 + v2") << Fixtures::file("linux-6.18", "proc/23158/cgroup") << true << 10
                                        << QByteArray("/process_api/df4270beac341f7d3eea0b58c9ec3533");
        QTest::addRow("v1 memory limit group") << Fixtures::file("linux-6.18-swap", "proc/31927/cgroup") << true << 10 << QByteArray("/memlens-swap");
        QTest::addRow("v2 only") << Fixtures::file("linux-6.1-cgroup2", "proc/86/cgroup") << true << 1 << QByteArray("/system.slice/foo.service");
        QTest::addRow("colon in path") << QByteArray("0::/a:b\n") << true << 1 << QByteArray("/a:b");
        QTest::addRow("no memory line") << QByteArray("8:pids:/\n") << true << 1 << QByteArray();
        QTest::addRow("truncated") << Fixtures::file("linux-6.18", "proc/23158/cgroup").left(30) << false << 2 << QByteArray();
        QTest::addRow("garbage") << QByteArray("x:memory:/a\n\xff\n") << false << 0 << QByteArray();
        QTest::addRow("empty") << QByteArray() << true << 0 << QByteArray();
    }
    void procCgroup()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, ok);
        QFETCH(int, lines);
        QFETCH(QByteArray, memoryPath);
        const auto parsed = parseProcCgroup(text);
        QCOMPARE(parsed.ok(), ok);
        QCOMPARE(parsed.value.size(), lines);
        QCOMPARE(memoryCgroupPath(parsed.value), memoryPath);
    }
};

QTEST_GUILESS_MAIN(TestSmallFileParsers)
#include "tst_smallfileparsers.moc"
