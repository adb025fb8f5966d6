#include "parse/pressureparser.h"
#include "support/fixtures.h"

#include <QTest>

class TestPressureParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void captures_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("someTotal");
        QTest::addColumn<qint64>("fullTotal");
        QTest::addRow("system, idle") << Fixtures::file("linux-6.18", "proc/pressure/memory") << qint64(0) << qint64(0);
        QTest::addRow("system, after swapping") << Fixtures::file("linux-6.18-swap", "proc/pressure/memory") << qint64(17596) << qint64(17496);
        QTest::addRow("cgroup v2 memory.pressure") << Fixtures::file("linux-6.18", "sys/fs/cgroup/unified/memory.pressure") << qint64(-1) << qint64(-1);
        QTest::addRow("6.1, throttled above memory.high") << Fixtures::file("linux-6.1-cgroup2", "proc/pressure/memory") << qint64(2918642) << qint64(2858681);
    }
    void captures()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, someTotal);
        QFETCH(qint64, fullTotal);
        const auto pressure = parsePressure(text);
        QVERIFY2(pressure.ok(), qPrintable(pressure.error));
        QVERIFY(pressure.value.some && pressure.value.full);
        if (someTotal >= 0) {
            QCOMPARE(pressure.value.some->totalMicroseconds, someTotal);
            QCOMPARE(pressure.value.full->totalMicroseconds, fullTotal);
        }
        QVERIFY(pressure.value.some->avg10 >= pressure.value.full->avg10);
    }

    void busyAverages()
    {
        const auto pressure = parsePressure(Fixtures::file("linux-6.1-cgroup2", "sys/fs/cgroup/system.slice/foo.service/memory.pressure"));
        QVERIFY(pressure.ok());
        QCOMPARE(pressure.value.some->avg10, 16.66);
        QCOMPARE(pressure.value.some->avg60, 3.0);
        QCOMPARE(pressure.value.some->avg300, 0.62);
        QCOMPARE(pressure.value.full->totalMicroseconds, qint64(3588333));
    }

    void averages()
    {
        // A real line with the averages of a busy moment substituted, to check decimals are read.
        const QByteArray text =
            Fixtures::replaced(Fixtures::file("linux-6.18-swap", "proc/pressure/memory"), "some avg10=0.00 avg60=0.00", "some avg10=12.50 avg60=3.07");
        const auto pressure = parsePressure(text);
        QVERIFY(pressure.ok());
        QCOMPARE(pressure.value.some->avg10, 12.5);
        QCOMPARE(pressure.value.some->avg60, 3.07);
    }

    void damaged_data()
    {
        const QByteArray real = Fixtures::file("linux-6.18-swap", "proc/pressure/memory");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("hasSome");
        QTest::addColumn<bool>("hasFull");
        QTest::addColumn<bool>("ok");
        QTest::addRow("empty") << QByteArray() << false << false << false;
        // A file without "full" is what kernels write for some resources: not an error.
        QTest::addRow("only the some line") << real.left(real.indexOf('\n') + 1) << true << false << true;
        QTest::addRow("truncated full line") << real.left(real.size() - 8) << true << false << false;
        QTest::addRow("avg above 100") << Fixtures::replaced(real, "some avg10=0.00", "some avg10=100.01") << false << true << false;
        QTest::addRow("missing key") << Fixtures::replaced(real, " avg300=0.00 total=17596", " total=17596") << false << true << false;
        QTest::addRow("duplicated line") << real + real.left(real.indexOf('\n') + 1) << true << true << false;
        QTest::addRow("overflowing total") << Fixtures::replaced(real, "total=17596", "total=99999999999999999999") << false << true << false;
        QTest::addRow("garbage") << QByteArray("\xff\xfe some\0", 8) << false << false << false;
    }
    void damaged()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, hasSome);
        QFETCH(bool, hasFull);
        QFETCH(bool, ok);
        const auto pressure = parsePressure(text);
        QCOMPARE(pressure.value.some.has_value(), hasSome);
        QCOMPARE(pressure.value.full.has_value(), hasFull);
        QCOMPARE(pressure.ok(), ok);
    }
};

QTEST_GUILESS_MAIN(TestPressureParser)
#include "tst_pressureparser.moc"
