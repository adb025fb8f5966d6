#include "parse/swapsparser.h"
#include "support/fixtures.h"

#include <QTest>

class TestSwapsParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noSwap()
    {
        const auto swaps = parseSwaps(Fixtures::file("linux-6.18", "proc/swaps"));
        QVERIFY(swaps.ok());
        QVERIFY(swaps.value.isEmpty());
    }

    void swapFileWithASpace()
    {
        // The kernel writes the space in "/var/tmp/swap file" as \040.
        const auto swaps = parseSwaps(Fixtures::file("linux-6.18-swap", "proc/swaps"));
        QVERIFY2(swaps.ok(), qPrintable(swaps.error));
        QCOMPARE(swaps.value.size(), 1);
        const SwapDevice &device = swaps.value.constFirst();
        QCOMPARE(device.path, QStringLiteral("/var/tmp/swap file"));
        QCOMPARE(device.type, QByteArray("file"));
        QCOMPARE(device.sizeBytes, qint64(32764) * 1024);
        QCOMPARE(device.usedBytes, qint64(25492) * 1024);
        QCOMPARE(device.priority, 5);
    }

    void zramAndADisk()
    {
        const auto swaps = parseSwaps(Fixtures::file("linux-6.1-swap", "proc/swaps"));
        QVERIFY2(swaps.ok(), qPrintable(swaps.error));
        QCOMPARE(swaps.value.size(), 2);
        QCOMPARE(swaps.value[0].path, QStringLiteral("/dev/zram0"));
        QCOMPARE(swaps.value[0].type, QByteArray("partition"));
        QCOMPARE(swaps.value[0].usedBytes, qint64(9580) * 1024);
        QCOMPARE(swaps.value[0].priority, -2); // the kernel's own, negative default priorities
        QCOMPARE(swaps.value[1].path, QStringLiteral("/dev/vda"));
        QCOMPARE(swaps.value[1].sizeBytes, qint64(65532) * 1024);
        QCOMPARE(swaps.value[1].priority, -3);
    }

    void damaged_data()
    {
        const QByteArray real = Fixtures::file("linux-6.18-swap", "proc/swaps");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("devices");
        QTest::addColumn<bool>("ok");
        QTest::addRow("empty") << QByteArray() << 0 << true;
        QTest::addRow("truncated row") << real.left(real.size() - 10) << 0 << false;
        QTest::addRow("no header") << real.mid(real.indexOf('\n') + 1) << 1 << false;
        QTest::addRow("used above size") << Fixtures::replaced(real, "25492", "99999") << 0 << false;
        QTest::addRow("overflowing size") << Fixtures::replaced(real, "32764", "99999999999999999999") << 0 << false;
        QTest::addRow("negative priority kept") << Fixtures::replaced(real, "\t5", "\t-2") << 1 << true;
        QTest::addRow("second device after garbage") << real + "\xff\xfe\n" + real.mid(real.indexOf('\n') + 1) << 2 << false;
    }
    void damaged()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, devices);
        QFETCH(bool, ok);
        const auto swaps = parseSwaps(text);
        QCOMPARE(swaps.value.size(), devices);
        QCOMPARE(swaps.ok(), ok);
    }
};

QTEST_GUILESS_MAIN(TestSwapsParser)
#include "tst_swapsparser.moc"
