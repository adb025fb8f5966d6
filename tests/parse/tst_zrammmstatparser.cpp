// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/zrammmstatparser.h"
#include "parsetest.h"

#include <QTest>

// /sys/block/zramN/mm_stat: a device holding zeros, text and random bytes, one never set up, the
// shorter lines of older kernels, and damaged copies of the real one.
class TestZramMmStatParser : public QObject
{
    Q_OBJECT

    static QByteArray inUse()
    {
        return Fixtures::file("linux-6.18-zram", "sys/block/zram0/mm_stat");
    }

private Q_SLOTS:
    void deviceInUse()
    {
        const auto parsed = parseZramMmStat(inUse());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const ZramStats &stats = parsed.value;
        QCOMPARE(stats.origDataBytes, qint64(28) * 1024 * 1024); // 8 MiB zeros + 16 MiB text + 4 MiB random
        QCOMPARE(stats.comprDataBytes, qint64(4533566));
        QCOMPARE(stats.memUsedTotalBytes, qint64(4587520));
        QCOMPARE(stats.memLimitBytes, qint64(0));
        QCOMPARE(stats.memUsedMaxBytes, qint64(4587520));
        QCOMPARE(stats.samePages, qint64(2048)); // the 8 MiB of zeros, in 4 KiB pages
        QCOMPARE(stats.pagesCompacted, qint64(0));
        QCOMPARE(stats.hugePages, std::optional<qint64>(1024)); // the 4 MiB of random bytes
        QCOMPARE(stats.hugePagesSince, std::optional<qint64>(1024));
        QVERIFY(stats.compressionRatio().has_value());
        QCOMPARE(qRound(*stats.compressionRatio() * 100), 648); // 29360128 / 4533566
    }

    void deviceNotSetUp()
    {
        const auto parsed = parseZramMmStat(Fixtures::file("linux-6.18-zram", "sys/block/zram1/mm_stat"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.origDataBytes, qint64(0));
        QCOMPARE(parsed.value.hugePages, std::optional<qint64>(0));
        QVERIFY(!parsed.value.compressionRatio().has_value()); // nothing compressed: no ratio, not 0 or infinity
    }

    void olderKernelsWriteFewerColumns_data()
    {
        QTest::addColumn<int>("columns");
        QTest::addColumn<bool>("hugePages");
        QTest::addColumn<bool>("hugePagesSince");
        QTest::addRow("7 columns") << 7 << false << false;
        QTest::addRow("8 columns") << 8 << true << false;
        QTest::addRow("9 columns") << 9 << true << true;
    }
    void olderKernelsWriteFewerColumns()
    {
        QFETCH(int, columns);
        QFETCH(bool, hugePages);
        QFETCH(bool, hugePagesSince);
        const QByteArray line = QByteArray(inUse().simplified().split(' ').mid(0, columns).join(' ') + '\n');
        const auto parsed = parseZramMmStat(line);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.samePages, qint64(2048));
        QCOMPARE(parsed.value.hugePages.has_value(), hugePages);
        QCOMPARE(parsed.value.hugePagesSince.has_value(), hugePagesSince);
    }

    void newerKernelsMayAddColumns()
    {
        const auto parsed = parseZramMmStat(QByteArray(inUse().trimmed() + "        7\n"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.hugePagesSince, std::optional<qint64>(1024));
    }

    void malformed_data()
    {
        const QByteArray real = inUse();
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::addRow("empty") << QByteArray() << QStringLiteral("0 columns");
        QTest::addRow("truncated after 5 columns") << real.left(real.indexOf(" 2048")) << QStringLiteral("5 columns");
        QTest::addRow("garbage column") << Fixtures::replaced(real, "4533566", "45x3566") << QStringLiteral("not a counter");
        QTest::addRow("negative") << Fixtures::replaced(real, "4533566", "-4533566") << QStringLiteral("not a counter");
        QTest::addRow("20 digits") << Fixtures::replaced(real, "4533566", "99999999999999999999") << QStringLiteral("not a counter");
        QTest::addRow("NUL and 0xff") << Fixtures::replaced(real, "4533566", QByteArrayLiteral("\0\xff")) << QStringLiteral("not a counter");
        QTest::addRow("two lines") << real + real << QStringLiteral("more than one line");
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const auto parsed = parseZramMmStat(text);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
    }
};

QTEST_GUILESS_MAIN(TestZramMmStatParser)
#include "tst_zrammmstatparser.moc"
