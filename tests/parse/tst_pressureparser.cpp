// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/pressureparser.h"
#include "parsetest.h"

#include <QTest>

// PSI: /proc/pressure/memory and cgroup v2 memory.pressure from every captured kernel, idle and
// under reclaim; and damaged copies of a real one.
class TestPressureParser : public QObject
{
    Q_OBJECT

    // "avg10 avg60 avg300 total" as the kernel writes them, or "absent".
    static QString describe(const std::optional<PressureLine> &line)
    {
        if (!line)
            return QStringLiteral("absent");
        return QStringLiteral("%1 %2 %3 %4")
            .arg(QString::number(line->avg10, 'f', 2), QString::number(line->avg60, 'f', 2), QString::number(line->avg300, 'f', 2))
            .arg(line->totalMicroseconds);
    }

private Q_SLOTS:
    void captures_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("some");
        QTest::addColumn<QString>("full");
        QTest::addRow("6.18 system, idle") << Fixtures::file("linux-6.18", "proc/pressure/memory") << QStringLiteral("0.00 0.00 0.00 0")
                                           << QStringLiteral("0.00 0.00 0.00 0");
        QTest::addRow("6.18 system, after swapping") << Fixtures::file("linux-6.18-swap", "proc/pressure/memory") << QStringLiteral("0.00 0.00 0.00 17596")
                                                     << QStringLiteral("0.00 0.00 0.00 17496");
        QTest::addRow("6.18 unified root memory.pressure") << Fixtures::file("linux-6.18-swap", "sys/fs/cgroup/unified/memory.pressure")
                                                           << QStringLiteral("0.00 0.00 0.00 17596") << QStringLiteral("0.00 0.00 0.00 17496");
        QTest::addRow("6.1 system, above memory.high") << Fixtures::file("linux-6.1-cgroup2", "proc/pressure/memory")
                                                       << QStringLiteral("19.86 3.65 0.76 2918642") << QStringLiteral("19.86 3.65 0.76 2858681");
        QTest::addRow("6.1 foo.service") << Fixtures::file("linux-6.1-cgroup2", "sys/fs/cgroup/system.slice/foo.service/memory.pressure")
                                         << QStringLiteral("16.66 3.00 0.62 3588333") << QStringLiteral("16.66 3.00 0.62 3588333");
        QTest::addRow("6.1 system, swapping") << Fixtures::file("linux-6.1-swap", "proc/pressure/memory") << QStringLiteral("6.64 1.44 0.31 975741")
                                              << QStringLiteral("6.36 1.38 0.29 945337");
        QTest::addRow("6.1 system.slice") << Fixtures::file("linux-6.1-swap", "sys/fs/cgroup/system.slice/memory.pressure")
                                          << QStringLiteral("4.59 1.13 0.25 975644") << QStringLiteral("4.49 1.10 0.24 962833");
        QTest::addRow("6.1 idle session scope") << Fixtures::file("linux-6.1-swap", "sys/fs/cgroup/user.slice/user-1000.slice/session-1.scope/memory.pressure")
                                                << QStringLiteral("0.00 0.00 0.00 0") << QStringLiteral("0.00 0.00 0.00 0");
    }
    void captures()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, some);
        QFETCH(QString, full);
        const auto pressure = parsePressure(text);
        QVERIFY2(pressure.ok(), qPrintable(pressure.error));
        QCOMPARE(describe(pressure.value.some), some);
        QCOMPARE(describe(pressure.value.full), full);
    }

    void exactDecimals()
    {
        // The averages are read as the numbers written, not merely close to them.
        const auto pressure = parsePressure(Fixtures::file("linux-6.1-cgroup2", "proc/pressure/memory"));
        QVERIFY(pressure.ok());
        QCOMPARE(pressure.value.some->avg10, 19.86);
        QCOMPARE(pressure.value.some->avg60, 3.65);
        QCOMPARE(pressure.value.some->avg300, 0.76);
    }

    void malformed_data()
    {
        // Each row damages the real 6.1-swap system file (some on line 1, full on line 2).
        const QByteArray real = Fixtures::file("linux-6.1-swap", "proc/pressure/memory");
        const QByteArray someLine = real.left(real.indexOf('\n') + 1);
        const QByteArray fullLine = real.mid(someLine.size());
        const QString some = QStringLiteral("6.64 1.44 0.31 975741");
        const QString full = QStringLiteral("6.36 1.38 0.29 945337");
        const QString absent = QStringLiteral("absent");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("some");
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("error");
        QTest::addRow("empty") << QByteArray() << absent << absent << QStringLiteral("no \"some\" line");
        // A file without "full" is what kernels write for some resources: not an error.
        QTest::addRow("only the some line") << someLine << some << absent << QString();
        QTest::addRow("only the full line") << fullLine << absent << full << QStringLiteral("no \"some\" line");
        QTest::addRow("lines swapped") << QByteArray(fullLine + someLine) << some << full << QString();
        QTest::addRow("truncated inside full") << real.left(real.indexOf("avg300", someLine.size())) << some << absent << QStringLiteral("line 2:");
        QTest::addRow("truncated inside a number") << real.left(real.indexOf("total=", someLine.size()) + 6) << some << absent << QStringLiteral("line 2:");
        QTest::addRow("garbage line between, NUL and 0xff")
            << QByteArray(someLine + QByteArrayLiteral("\xff\0some avg10=1.00\n") + fullLine) << some << full << QStringLiteral("line 2:");
        QTest::addRow("unknown kind") << Fixtures::replaced(real, "full ", "half ") << some << absent << QStringLiteral("line 2:");
        QTest::addRow("duplicated some, first kept") << QByteArray(someLine + Fixtures::replaced(someLine, "6.64", "9.99") + fullLine) << some << full
                                                     << QStringLiteral("line 2:");
        QTest::addRow("duplicated key") << Fixtures::replaced(real, "avg60=1.44", "avg10=1.44") << absent << full << QStringLiteral("line 1:");
        QTest::addRow("missing key") << Fixtures::replaced(real, " avg300=0.31", "") << absent << full << QStringLiteral("line 1:");
        QTest::addRow("unknown key") << Fixtures::replaced(real, "total=975741", "total=975741 avg5=1.00") << absent << full << QStringLiteral("line 1:");
        QTest::addRow("average above 100") << Fixtures::replaced(real, "avg10=6.64", "avg10=100.01") << absent << full << QStringLiteral("line 1:");
        QTest::addRow("negative average") << Fixtures::replaced(real, "avg10=6.64", "avg10=-1.00") << absent << full << QStringLiteral("line 1:");
        QTest::addRow("NaN average") << Fixtures::replaced(real, "avg10=6.64", "avg10=nan") << absent << full << QStringLiteral("line 1:");
        QTest::addRow("20-digit total") << Fixtures::replaced(real, "total=975741", "total=99999999999999999999") << absent << full
                                        << QStringLiteral("line 1:");
        QTest::addRow("negative total") << Fixtures::replaced(real, "total=975741", "total=-1") << absent << full << QStringLiteral("line 1:");
        QTest::addRow("total with garbage") << Fixtures::replaced(real, "total=975741", "total=975741x") << absent << full << QStringLiteral("line 1:");
        QTest::addRow("no final newline") << real.chopped(1) << some << full << QString();
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, some);
        QFETCH(QString, full);
        QFETCH(QString, error);
        const auto pressure = parsePressure(text);
        QCOMPARE(describe(pressure.value.some), some);
        QCOMPARE(describe(pressure.value.full), full);
        QCOMPARE(pressure.ok(), error.isEmpty());
        QVERIFY2(pressure.error.startsWith(error), qPrintable(pressure.error));
    }
};

QTEST_GUILESS_MAIN(TestPressureParser)
#include "tst_pressureparser.moc"
