#include "parse/textscan.h"

#include <QTest>

#include <limits>

class TestTextScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void int64_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("value");
        QTest::addRow("zero") << QByteArray("0") << true << qint64(0);
        QTest::addRow("padded") << QByteArray(" 5 \n") << true << qint64(5);
        QTest::addRow("negative") << QByteArray("-1000") << true << qint64(-1000);
        QTest::addRow("max") << QByteArray("9223372036854775807") << true << std::numeric_limits<qint64>::max();
        QTest::addRow("min") << QByteArray("-9223372036854775808") << true << std::numeric_limits<qint64>::min();
        QTest::addRow("max+1") << QByteArray("9223372036854775808") << false << qint64(0);
        QTest::addRow("20 digits") << QByteArray("99999999999999999999") << false << qint64(0);
        QTest::addRow("plus sign") << QByteArray("+5") << false << qint64(0);
        QTest::addRow("empty") << QByteArray("") << false << qint64(0);
        QTest::addRow("minus only") << QByteArray("-") << false << qint64(0);
        QTest::addRow("trailing garbage") << QByteArray("5x") << false << qint64(0);
        QTest::addRow("inner space") << QByteArray("1 2") << false << qint64(0);
        QTest::addRow("NUL") << QByteArray(
            "1\0"
            "2",
            3) << false << qint64(0);
    }
    void int64()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(qint64, value);
        const auto parsed = TextScan::toInt64(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, value);
    }

    void unsignedAndHex()
    {
        QCOMPARE(TextScan::toUInt64("18446744073709551615"), std::numeric_limits<quint64>::max());
        QVERIFY(!TextScan::toUInt64("18446744073709551616"));
        QCOMPARE(TextScan::toUInt64("7ffd3bbec000", 16), quint64(0x7ffd3bbec000));
        QVERIFY(!TextScan::toUInt64("-1"));
        QVERIFY(!TextScan::toUInt64("1g", 16));
    }

    void kibibytes()
    {
        QCOMPARE(TextScan::kibibytesToBytes("  13432 kB"), qint64(13432) * 1024);
        QVERIFY(!TextScan::kibibytesToBytes("13432"));
        QVERIFY(!TextScan::kibibytesToBytes("-4 kB"));
        QVERIFY(!TextScan::kibibytesToBytes("9223372036854775807 kB")); // overflows once in bytes
    }

    void lines()
    {
        QList<QByteArray> seen;
        TextScan::forEachLine("a\n\nb", [&](QByteArrayView line, int number) {
            seen.append(QByteArray::number(number) + ':' + line.toByteArray());
        });
        QCOMPARE(seen, (QList<QByteArray>{"1:a", "2:", "3:b"}));
    }
};

QTEST_GUILESS_MAIN(TestTextScan)
#include "tst_textscan.moc"
