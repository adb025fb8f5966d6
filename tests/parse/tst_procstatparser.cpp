// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/procstatparser.h"
#include "parsetest.h"

#include <QTest>

// /proc/PID/stat of captured processes, names with spaces and ')' included, and damaged copies
// of a real one.
class TestProcStatParser : public QObject
{
    Q_OBJECT

    // "state ppid flags minflt majflt utime stime threads starttime rss", flags in hex as PF_*
    // constants are written.
    static QString describe(const ProcStat &stat)
    {
        return QStringLiteral("%1 %2 0x%3 %4 %5 %6 %7 %8 %9")
                   .arg(QChar::fromLatin1(stat.state))
                   .arg(stat.ppid)
                   .arg(stat.flags, 0, 16)
                   .arg(stat.minorFaults)
                   .arg(stat.majorFaults)
                   .arg(stat.userTicks)
                   .arg(stat.systemTicks)
                   .arg(stat.threads)
                   .arg(stat.startTime)
            + u' ' + QString::number(stat.rssPages);
    }

private Q_SLOTS:
    void captures_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("comm");
        QTest::addColumn<QString>("fields");
        QTest::addColumn<bool>("kernelThread");
        QTest::addRow("6.18 name with ) and spaces") << Fixtures::file("linux-6.18", "proc/23158/stat") << QStringLiteral("odd) (name x")
                                                     << QStringLiteral("S 1 0x400000 3182 1 0 0 1 358987 3317") << false;
        QTest::addRow("6.18 its child") << Fixtures::file("linux-6.18", "proc/23160/stat") << QStringLiteral("odd) (name x")
                                        << QStringLiteral("S 23158 0x400040 81 0 0 0 1 358988 3149") << false;
        QTest::addRow("6.18 kernel thread") << Fixtures::file("linux-6.18", "proc/2/stat") << QStringLiteral("kthreadd")
                                            << QStringLiteral("S 0 0x208040 0 0 0 0 1 26 0") << true;
        QTest::addRow("6.18 init, 13 threads") << Fixtures::file("linux-6.18", "proc/1/stat") << QStringLiteral("process_api")
                                               << QStringLiteral("S 0 0x400100 61512 0 327 836 13 26 2583") << false;
        QTest::addRow("6.18 bash") << Fixtures::file("linux-6.18", "proc/1170/stat") << QStringLiteral("bash")
                                   << QStringLiteral("S 1169 0x400100 5246 0 2 4 1 3043 995") << false;
        QTest::addRow("6.18 swapping, major faults") << Fixtures::file("linux-6.18-swap", "proc/31927/stat") << QStringLiteral("hog")
                                                     << QStringLiteral("S 1 0x400000 10444 6 0 6 1 629710 4175") << false;
        QTest::addRow("6.1 name with )) and spaces") << Fixtures::file("linux-6.1-swap", "proc/101/stat") << QStringLiteral("my (odd)) prog")
                                                     << QStringLiteral("S 1 0x400000 1639 0 0 7 1 523 5243") << false;
        QTest::addRow("6.1 kernel thread") << Fixtures::file("linux-6.1-swap", "proc/2/stat") << QStringLiteral("kthreadd")
                                           << QStringLiteral("S 0 0x208040 0 0 0 2 1 71 0") << true;
        QTest::addRow("6.1 swapped in, major faults") << Fixtures::file("linux-6.1-swap", "proc/102/stat") << QStringLiteral("probe")
                                                      << QStringLiteral("S 1 0x400000 41177 14745 3 203 1 523 5160") << false;
        QTest::addRow("6.1 throttled, state D") << Fixtures::file("linux-6.1-cgroup2", "proc/86/stat") << QStringLiteral("toucher")
                                                << QStringLiteral("D 1 0x400000 5768 0 1 11 1 218 5824") << false;
    }
    void captures()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, comm);
        QFETCH(QString, fields);
        QFETCH(bool, kernelThread);
        const auto stat = parseProcStat(text);
        QVERIFY2(stat.ok(), qPrintable(stat.error));
        QCOMPARE(stat.value.comm, comm);
        QCOMPARE(describe(stat.value), fields);
        QCOMPARE(stat.value.isKernelThread(), kernelThread);
    }

    void malformed_data()
    {
        // Each row damages the real 6.18 stat of 23158:
        // "23158 (odd) (name x) S 1 23148 1170 0 -1 4194304 3182 0 1 0 0 0 0 0 20 0 1 0 358987 14983168 3317 ..."
        const QByteArray real = Fixtures::file("linux-6.18", "proc/23158/stat");
        const QString odd = QStringLiteral("odd) (name x");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("comm");
        QTest::addColumn<QString>("error"); // empty: parsed
        QTest::addRow("empty") << QByteArray() << QString() << QStringLiteral("no \"(name)\"");
        QTest::addRow("no parentheses") << QByteArray(real).replace('(', ' ').replace(')', ' ') << QString() << QStringLiteral("no \"(name)\"");
        QTest::addRow("truncated inside the name") << real.left(real.indexOf("odd)") + 2) << QString() << QStringLiteral("no \"(name)\"");
        // Cut after the first ')' of the name: what follows cannot be fields 3 to 24.
        QTest::addRow("truncated after a ) in the name")
            << real.left(real.indexOf(" x)")) << QStringLiteral("odd") << QStringLiteral("only 3 fields; expected at least 24");
        QTest::addRow("truncated before starttime") << real.left(real.indexOf(" 358987")) << odd << QStringLiteral("only 21 fields; expected at least 24");
        QTest::addRow("truncated after rss") << real.left(real.indexOf(" 3317 ") + 5) << odd << QString();
        QTest::addRow("state of two letters") << Fixtures::replaced(real, ") S 1 ", ") SS 1 ") << odd << QStringLiteral("a numeric field");
        QTest::addRow("utime not a number") << Fixtures::replaced(real, " 1 0 0 0 0 0 20 ", " 1 0 x 0 0 0 20 ") << odd << QStringLiteral("a numeric field");
        QTest::addRow("20-digit starttime") << Fixtures::replaced(real, " 358987 ", " 99999999999999999999 ") << odd << QStringLiteral("a numeric field");
        QTest::addRow("flags beyond 64 bits") << Fixtures::replaced(real, " 4194304 ", " 18446744073709551616 ") << odd << QStringLiteral("a numeric field");
        QTest::addRow("negative minflt") << Fixtures::replaced(real, " 3182 ", " -3182 ") << odd << QStringLiteral("a numeric field");
        QTest::addRow("garbage bytes, NUL and 0xff") << Fixtures::replaced(real, " 3182 ", QByteArrayLiteral(" \xff\0 ")) << odd
                                                     << QStringLiteral("a numeric field");
        // The stat name is written raw: a newline in it stays; the last ')' still ends it.
        QTest::addRow("newline in the name") << Fixtures::replaced(real, "odd) (name x", "odd)\n(name x") << QStringLiteral("odd)\n(name x") << QString();
        QTest::addRow("empty name") << Fixtures::replaced(real, "(odd) (name x)", "()") << QString() << QString();
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, comm);
        QFETCH(QString, error);
        const auto stat = parseProcStat(text);
        QCOMPARE(stat.value.comm, comm);
        QCOMPARE(stat.ok(), error.isEmpty());
        QVERIFY2(stat.error.startsWith(error), qPrintable(stat.error));
        if (stat.ok()) {
            QCOMPARE(describe(stat.value), QStringLiteral("S 1 0x400000 3182 1 0 0 1 358987 3317"));
        } else {
            // A stat that cannot be read gives no figures, not a mix of real ones and zeros.
            QCOMPARE(stat.value.startTime, quint64(0));
            QCOMPARE(stat.value.state, '?');
        }
    }
};

QTEST_GUILESS_MAIN(TestProcStatParser)
#include "tst_procstatparser.moc"
