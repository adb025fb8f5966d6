#include "parse/cmdlineparser.h"
#include "parse/procstatparser.h"
#include "parse/procstatusparser.h"
#include "support/fixtures.h"

#include <QTest>

// /proc/PID/status, stat and cmdline on captured processes: an ordinary one, one whose name
// holds spaces and ')', a kernel thread, one with swap; and damaged copies of them.
class TestProcParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void status_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("rssKib");
        QTest::addColumn<qint64>("anonKib");
        QTest::addColumn<qint64>("fileKib");
        QTest::addColumn<qint64>("swapKib");
        QTest::addColumn<int>("threads");
        QTest::addRow("name with ) and spaces") << Fixtures::file("linux-6.18", "proc/23158/status") << QStringLiteral("odd) (name x") << qint64(13432)
                                                << qint64(8284) << qint64(5148) << qint64(0) << 1;
        QTest::addRow("in swap") << Fixtures::file("linux-6.18-swap", "proc/31927/status") << QStringLiteral("hog") << qint64(16924) << qint64(15904)
                                 << qint64(1020) << qint64(25152) << 1;
        QTest::addRow("kernel thread") << Fixtures::file("linux-6.18", "proc/2/status") << QStringLiteral("kthreadd") << qint64(-1) << qint64(-1) << qint64(-1)
                                       << qint64(-1) << 1;
    }
    void status()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, name);
        QFETCH(qint64, rssKib);
        QFETCH(qint64, anonKib);
        QFETCH(qint64, fileKib);
        QFETCH(qint64, swapKib);
        QFETCH(int, threads);
        const auto kib = [](qint64 k) {
            return k < 0 ? std::nullopt : std::optional<qint64>(k * 1024);
        };
        const auto status = parseProcStatus(text);
        QVERIFY2(status.ok(), qPrintable(status.error));
        QCOMPARE(status.value.name, name);
        QCOMPARE(status.value.realUid, 0u);
        QCOMPARE(status.value.vmRss, kib(rssKib)); // absent for a kernel thread, not zero
        QCOMPARE(status.value.rssAnon, kib(anonKib));
        QCOMPARE(status.value.rssFile, kib(fileKib));
        QCOMPARE(status.value.vmSwap, kib(swapKib));
        QCOMPARE(status.value.threads, threads);
    }

    void statusDamaged()
    {
        const QByteArray real = Fixtures::file("linux-6.18", "proc/23158/status");
        QVERIFY(!parseProcStatus(QByteArray()).ok());
        // Cut off before VmRSS: the name survives, the memory figures are unknown (not zero).
        const auto truncated = parseProcStatus(real.left(real.indexOf("VmRSS")));
        QVERIFY(truncated.ok());
        QCOMPARE(truncated.value.name, QStringLiteral("odd) (name x"));
        QVERIFY(!truncated.value.vmRss);
        const auto overflow = parseProcStatus(Fixtures::replaced(real, "VmRSS:\t   13432 kB", "VmRSS:\t99999999999999999999 kB"));
        QVERIFY(!overflow.ok());
        QVERIFY(!overflow.value.vmRss);
        QCOMPARE(overflow.value.rssAnon, qint64(8284) * 1024);
        // The kernel escapes a newline and a backslash in a task name.
        QCOMPARE(parseProcStatus(Fixtures::replaced(real, "odd) (name x", "a\\nb\\\\c")).value.name, QStringLiteral("a\nb\\c"));
    }

    void stat_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("comm");
        QTest::addColumn<char>("state");
        QTest::addColumn<qint64>("ppid");
        QTest::addColumn<quint64>("startTime");
        QTest::addColumn<bool>("kernelThread");
        QTest::addRow("name with ) and spaces") << Fixtures::file("linux-6.18", "proc/23158/stat") << QStringLiteral("odd) (name x") << 'S' << qint64(1)
                                                << quint64(358987) << false;
        QTest::addRow("child") << Fixtures::file("linux-6.18", "proc/23160/stat") << QStringLiteral("odd) (name x") << 'S' << qint64(23158) << quint64(358988)
                               << false;
        QTest::addRow("kernel thread") << Fixtures::file("linux-6.18", "proc/2/stat") << QStringLiteral("kthreadd") << 'S' << qint64(0) << quint64(26) << true;
    }
    void stat()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, comm);
        QFETCH(char, state);
        QFETCH(qint64, ppid);
        QFETCH(quint64, startTime);
        QFETCH(bool, kernelThread);
        const auto stat = parseProcStat(text);
        QVERIFY2(stat.ok(), qPrintable(stat.error));
        QCOMPARE(stat.value.comm, comm);
        QCOMPARE(stat.value.state, state);
        QCOMPARE(stat.value.ppid, ppid);
        QCOMPARE(stat.value.startTime, startTime);
        QCOMPARE(stat.value.isKernelThread(), kernelThread);
    }

    void statDamaged_data()
    {
        const QByteArray real = Fixtures::file("linux-6.18", "proc/23158/stat");
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("no parentheses") << QByteArray(real).replace('(', ' ').replace(')', ' ');
        QTest::addRow("truncated") << real.left(real.indexOf("358987"));
        QTest::addRow("utime not a number") << Fixtures::replaced(real, " 0 0 0 0 20", " x 0 0 0 20");
        QTest::addRow("start time overflows") << Fixtures::replaced(real, "358987", "99999999999999999999");
        QTest::addRow("garbage") << QByteArray("\xff(\x01)\xfe", 5);
    }
    void statDamaged()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!parseProcStat(text).ok());
    }

    void cmdline_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("arguments with spaces") << Fixtures::file("linux-6.18", "proc/23158/cmdline")
                                               << QStringList{QStringLiteral("./odd prog"), QStringLiteral("--flag"), QStringLiteral("arg with space")};
        QTest::addRow("kernel thread") << Fixtures::file("linux-6.18", "proc/2/cmdline") << QStringList{};
        QTest::addRow("rewritten by the process") << QByteArray("nginx: worker process") << QStringList{QStringLiteral("nginx: worker process")};
        QTest::addRow("empty argument kept") << QByteArray("a\0\0b\0", 5) << QStringList{QStringLiteral("a"), QString(), QStringLiteral("b")};
        QTest::addRow("truncated, no final NUL") << Fixtures::file("linux-6.18", "proc/23158/cmdline").left(14)
                                                 << QStringList{QStringLiteral("./odd prog"), QStringLiteral("--f")};
    }
    void cmdline()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, arguments);
        QCOMPARE(parseCmdline(text), arguments);
    }
};

QTEST_GUILESS_MAIN(TestProcParsers)
#include "tst_procparsers.moc"
