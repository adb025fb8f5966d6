// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/procstatusparser.h"
#include "parsetest.h"

#include <QTest>

using ParseTest::absent;
using ParseTest::kib;
using ParseTest::OptionalBytes;
using OptionalUid = std::optional<uint>;
using OptionalThreads = std::optional<int>;

// /proc/PID/status of every kind of captured process (ordinary, a name with spaces and ')', a
// kernel thread, in swap, another user's), and damaged copies of a real one.
class TestProcStatusParser : public QObject
{
    Q_OBJECT

    static void addColumns()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<OptionalUid>("uid");
        QTest::addColumn<OptionalBytes>("rss");
        QTest::addColumn<OptionalBytes>("anon");
        QTest::addColumn<OptionalBytes>("file");
        QTest::addColumn<OptionalBytes>("shmem");
        QTest::addColumn<OptionalBytes>("swap");
        QTest::addColumn<OptionalThreads>("threads");
        QTest::addColumn<QString>("error"); // empty: the whole text was understood
    }

    static void compare()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, name);
        QFETCH(OptionalUid, uid);
        QFETCH(OptionalBytes, rss);
        QFETCH(OptionalBytes, anon);
        QFETCH(OptionalBytes, file);
        QFETCH(OptionalBytes, shmem);
        QFETCH(OptionalBytes, swap);
        QFETCH(OptionalThreads, threads);
        QFETCH(QString, error);
        const auto status = parseProcStatus(text);
        QCOMPARE(status.value.name, name);
        QCOMPARE(status.value.realUid, uid);
        QCOMPARE(status.value.vmRss, rss);
        QCOMPARE(status.value.rssAnon, anon);
        QCOMPARE(status.value.rssFile, file);
        QCOMPARE(status.value.rssShmem, shmem);
        QCOMPARE(status.value.vmSwap, swap);
        QCOMPARE(status.value.threads, threads);
        QCOMPARE(status.ok(), error.isEmpty());
        QVERIFY2(status.error.startsWith(error), qPrintable(status.error));
    }

private Q_SLOTS:
    void captures_data()
    {
        addColumns();
        const OptionalUid root = 0u;
        const OptionalThreads one = 1;
        QTest::addRow("6.18 name with ) and spaces") << Fixtures::file("linux-6.18", "proc/23158/status") << QStringLiteral("odd) (name x") << root
                                                     << kib(13432) << kib(8284) << kib(5148) << kib(0) << kib(0) << one << QString();
        // A kernel thread has no Vm*/Rss* lines: unknown, never zero.
        QTest::addRow("6.18 kernel thread") << Fixtures::file("linux-6.18", "proc/2/status") << QStringLiteral("kthreadd") << root << absent << absent << absent
                                            << absent << absent << one << QString();
        QTest::addRow("6.18 init, 13 threads") << Fixtures::file("linux-6.18", "proc/1/status") << QStringLiteral("process_api") << root << kib(10460)
                                               << kib(4000) << kib(8) << kib(6452) << kib(0) << OptionalThreads(13) << QString();
        QTest::addRow("6.18 bash") << Fixtures::file("linux-6.18", "proc/1170/status") << QStringLiteral("bash") << root << kib(4156) << kib(1008) << kib(3148)
                                   << kib(0) << kib(0) << one << QString();
        QTest::addRow("6.18 in swap") << Fixtures::file("linux-6.18-swap", "proc/31927/status") << QStringLiteral("hog") << root << kib(16924) << kib(15904)
                                      << kib(1020) << kib(0) << kib(25152) << one << QString();
        QTest::addRow("6.1 kernel thread") << Fixtures::file("linux-6.1-swap", "proc/2/status") << QStringLiteral("kthreadd") << root << absent << absent
                                           << absent << absent << absent << one << QString();
        QTest::addRow("6.1 name with )) and spaces") << Fixtures::file("linux-6.1-swap", "proc/101/status") << QStringLiteral("my (odd)) prog") << root
                                                     << kib(20972) << kib(16432) << kib(4) << kib(4536) << kib(0) << one << QString();
        QTest::addRow("6.1 in swap") << Fixtures::file("linux-6.1-swap", "proc/102/status") << QStringLiteral("probe") << root << kib(20640) << kib(19988)
                                     << kib(4) << kib(648) << kib(29212) << one << QString();
        QTest::addRow("6.1 another user") << Fixtures::file("linux-6.1-swap", "proc/103/status") << QStringLiteral("sleep") << OptionalUid(1000u) << kib(4)
                                          << kib(4) << kib(0) << kib(0) << kib(0) << one << QString();
        QTest::addRow("6.1 cgroup2 toucher") << Fixtures::file("linux-6.1-cgroup2", "proc/86/status") << QStringLiteral("toucher") << root << kib(23296)
                                             << kib(22644) << kib(4) << kib(648) << kib(0) << one << QString();
    }
    void captures()
    {
        compare();
    }

    void malformed_data()
    {
        // Each row damages the real 6.18 status of 23158 (VmRSS is line 23, Threads line 37).
        addColumns();
        const QByteArray real = Fixtures::file("linux-6.18", "proc/23158/status");
        const QByteArray vmRss = QByteArrayLiteral("VmRSS:\t   13432 kB");
        const QString odd = QStringLiteral("odd) (name x");
        const OptionalUid root = 0u;
        const OptionalThreads one = 1;
        QTest::addRow("empty") << QByteArray() << QString() << OptionalUid() << absent << absent << absent << absent << absent << OptionalThreads()
                               << QStringLiteral("no Name field");
        // Cut at a line end before VmRSS: what is missing is unknown, and nothing says it was cut.
        QTest::addRow("truncated before VmRSS") << real.left(real.indexOf(vmRss)) << odd << root << absent << absent << absent << absent << absent
                                                << OptionalThreads() << QString();
        QTest::addRow("truncated inside VmRSS") << real.left(real.indexOf(vmRss) + 14) << odd << root << absent << absent << absent << absent << absent
                                                << OptionalThreads() << QStringLiteral("line 23:");
        QTest::addRow("truncated inside kB") << real.left(real.indexOf(vmRss) + vmRss.size() - 1) << odd << root << absent << absent << absent << absent
                                             << absent << OptionalThreads() << QStringLiteral("line 23:");
        QTest::addRow("garbage value, NUL and 0xff") << Fixtures::replaced(real, vmRss, QByteArrayLiteral("VmRSS:\t\xff\0 kB")) << odd << root << absent
                                                     << kib(8284) << kib(5148) << kib(0) << kib(0) << one << QStringLiteral("line 23:");
        // Lines that are not "Key: value" carry nothing MemLens reads; they are skipped silently.
        QTest::addRow("garbage line without a colon") << Fixtures::replaced(real, vmRss, QByteArray(QByteArrayLiteral("\xff\0garbage\n") + vmRss)) << odd
                                                      << root << kib(13432) << kib(8284) << kib(5148) << kib(0) << kib(0) << one << QString();
        QTest::addRow("duplicated VmRSS, first kept") << Fixtures::replaced(real, vmRss, QByteArray(vmRss + "\nVmRSS:\t       1 kB")) << odd << root
                                                      << kib(13432) << kib(8284) << kib(5148) << kib(0) << kib(0) << one << QStringLiteral("line 24:");
        QTest::addRow("duplicated Name, first kept") << Fixtures::replaced(real, "Umask:", "Name:\tother\nUmask:") << odd << root << kib(13432) << kib(8284)
                                                     << kib(5148) << kib(0) << kib(0) << one << QStringLiteral("line 2:");
        QTest::addRow("20-digit VmRSS") << Fixtures::replaced(real, vmRss, "VmRSS:\t99999999999999999999 kB") << odd << root << absent << kib(8284) << kib(5148)
                                        << kib(0) << kib(0) << one << QStringLiteral("line 23:");
        QTest::addRow("VmRSS too large in bytes") << Fixtures::replaced(real, vmRss, "VmRSS:\t9007199254740992 kB") << odd << root << absent << kib(8284)
                                                  << kib(5148) << kib(0) << kib(0) << one << QStringLiteral("line 23:");
        QTest::addRow("VmRSS without unit") << Fixtures::replaced(real, vmRss, "VmRSS:\t   13432") << odd << root << absent << kib(8284) << kib(5148) << kib(0)
                                            << kib(0) << one << QStringLiteral("line 23:");
        QTest::addRow("uid beyond 32 bits") << Fixtures::replaced(real, "Uid:\t0", "Uid:\t4294967296") << odd << OptionalUid() << kib(13432) << kib(8284)
                                            << kib(5148) << kib(0) << kib(0) << one << QStringLiteral("line 9:");
        QTest::addRow("highest uid") << Fixtures::replaced(real, "Uid:\t0", "Uid:\t4294967295") << odd << OptionalUid(4294967295u) << kib(13432) << kib(8284)
                                     << kib(5148) << kib(0) << kib(0) << one << QString();
        QTest::addRow("negative threads") << Fixtures::replaced(real, "Threads:\t1", "Threads:\t-1") << odd << root << kib(13432) << kib(8284) << kib(5148)
                                          << kib(0) << kib(0) << OptionalThreads() << QStringLiteral("line 37:");
        QTest::addRow("Name missing") << Fixtures::replaced(real, "Name:\todd) (name x\n", "") << QString() << root << kib(13432) << kib(8284) << kib(5148)
                                      << kib(0) << kib(0) << one << QStringLiteral("no Name field");
        // The kernel writes a newline in a task name as "\n" and a backslash as "\\".
        QTest::addRow("escaped name") << Fixtures::replaced(real, odd.toUtf8(), "a\\nb\\\\c") << QStringLiteral("a\nb\\c") << root << kib(13432) << kib(8284)
                                      << kib(5148) << kib(0) << kib(0) << one << QString();
        QTest::addRow("name with a tab and a colon") << Fixtures::replaced(real, odd.toUtf8(), "a\tb: c") << QStringLiteral("a\tb: c") << root << kib(13432)
                                                     << kib(8284) << kib(5148) << kib(0) << kib(0) << one << QString();
    }
    void malformed()
    {
        compare();
    }
};

QTEST_GUILESS_MAIN(TestProcStatusParser)
#include "tst_procstatusparser.moc"
