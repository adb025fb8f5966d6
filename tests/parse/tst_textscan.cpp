// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/textscan.h"

#include <QTest>

#include <limits>

// The helpers every parser cuts kernel text with: the numbers must be exact at the 64-bit edges
// and refuse anything the kernel could not have written, so no parser ever wraps a value.
class TestTextScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toInt64_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("value");
        constexpr auto min = std::numeric_limits<qint64>::min();
        constexpr auto max = std::numeric_limits<qint64>::max();
        QTest::addRow("zero") << QByteArrayLiteral("0") << true << qint64(0);
        QTest::addRow("minus zero") << QByteArrayLiteral("-0") << true << qint64(0);
        QTest::addRow("leading zeros") << QByteArrayLiteral("007") << true << qint64(7);
        QTest::addRow("padded ' 5 '") << QByteArrayLiteral(" 5 ") << true << qint64(5);
        QTest::addRow("tab and newline") << QByteArrayLiteral("\t5\n") << true << qint64(5);
        QTest::addRow("oom_score_adj minimum") << QByteArrayLiteral("-1000") << true << qint64(-1000);
        QTest::addRow("INT64_MAX") << QByteArrayLiteral("9223372036854775807") << true << max;
        QTest::addRow("INT64_MIN") << QByteArrayLiteral("-9223372036854775808") << true << min;
        QTest::addRow("INT64_MAX + 1") << QByteArrayLiteral("9223372036854775808") << false << qint64(0);
        QTest::addRow("INT64_MIN - 1") << QByteArrayLiteral("-9223372036854775809") << false << qint64(0);
        QTest::addRow("UINT64_MAX") << QByteArrayLiteral("18446744073709551615") << false << qint64(0);
        QTest::addRow("20 digits") << QByteArrayLiteral("99999999999999999999") << false << qint64(0);
        QTest::addRow("+5") << QByteArrayLiteral("+5") << false << qint64(0);
        QTest::addRow("empty") << QByteArray() << false << qint64(0);
        QTest::addRow("blank") << QByteArrayLiteral(" \t") << false << qint64(0);
        QTest::addRow("minus only") << QByteArrayLiteral("-") << false << qint64(0);
        QTest::addRow("minus, space, digits") << QByteArrayLiteral("- 5") << false << qint64(0);
        // Found by fuzz_textscan: trimming the digits let a sign on the line before through.
        QTest::addRow("minus, newline, tab, digits") << QByteArrayLiteral("-\n\t1") << false << qint64(0);
        QTest::addRow("two minus signs") << QByteArrayLiteral("--5") << false << qint64(0);
        QTest::addRow("5x") << QByteArrayLiteral("5x") << false << qint64(0);
        QTest::addRow("hex prefix") << QByteArrayLiteral("0x10") << false << qint64(0);
        QTest::addRow("two numbers") << QByteArrayLiteral("1 2") << false << qint64(0);
        QTest::addRow("decimal point") << QByteArrayLiteral("1.5") << false << qint64(0);
        QTest::addRow("NUL inside") << QByteArray("1\0002", 3) << false << qint64(0);
        QTest::addRow("0xff byte") << QByteArrayLiteral("1\xff") << false << qint64(0);
    }
    void toInt64()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QFETCH(qint64, value);
        const auto parsed = TextScan::toInt64(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, value);
    }

    void toUInt64_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("base");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<quint64>("value");
        constexpr auto max = std::numeric_limits<quint64>::max();
        QTest::addRow("UINT64_MAX") << QByteArrayLiteral("18446744073709551615") << 10 << true << max;
        QTest::addRow("UINT64_MAX + 1") << QByteArrayLiteral("18446744073709551616") << 10 << false << quint64(0);
        QTest::addRow("v1 no limit") << QByteArrayLiteral("9223372036854771712\n") << 10 << true << quint64(9223372036854771712ULL);
        QTest::addRow("minus") << QByteArrayLiteral("-1") << 10 << false << quint64(0);
        QTest::addRow("+1") << QByteArrayLiteral("+1") << 10 << false << quint64(0);
        QTest::addRow("hex digit in decimal") << QByteArrayLiteral("1a") << 10 << false << quint64(0);
        QTest::addRow("smaps address") << QByteArrayLiteral("7ffd3bbec000") << 16 << true << quint64(0x7ffd3bbec000);
        QTest::addRow("vsyscall address") << QByteArrayLiteral("ffffffffff601000") << 16 << true << quint64(0xffffffffff601000);
        QTest::addRow("hex UINT64_MAX") << QByteArrayLiteral("ffffffffffffffff") << 16 << true << max;
        QTest::addRow("hex 17 digits") << QByteArrayLiteral("10000000000000000") << 16 << false << quint64(0);
        QTest::addRow("upper case hex") << QByteArrayLiteral("7FFD") << 16 << true << quint64(0x7ffd);
        QTest::addRow("not hex") << QByteArrayLiteral("1g") << 16 << false << quint64(0);
        QTest::addRow("empty hex") << QByteArray() << 16 << false << quint64(0);
    }
    void toUInt64()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, base);
        QFETCH(bool, valid);
        QFETCH(quint64, value);
        const auto parsed = TextScan::toUInt64(text, base);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, value);
    }

    void kibibytes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("bytes"); // -1: refused
        QTest::addRow("meminfo value") << QByteArrayLiteral("   24684084 kB") << qint64(24684084) * 1024;
        QTest::addRow("zero") << QByteArrayLiteral("0 kB") << qint64(0);
        QTest::addRow("largest that fits") << QByteArrayLiteral("9007199254740991 kB") << qint64(9007199254740991) * 1024;
        QTest::addRow("overflows once in bytes") << QByteArrayLiteral("9007199254740992 kB") << qint64(-1);
        QTest::addRow("20 digits") << QByteArrayLiteral("99999999999999999999 kB") << qint64(-1);
        QTest::addRow("no unit") << QByteArrayLiteral("13432") << qint64(-1);
        QTest::addRow("other unit") << QByteArrayLiteral("13432 MB") << qint64(-1);
        QTest::addRow("unit only") << QByteArrayLiteral(" kB") << qint64(-1);
        QTest::addRow("negative") << QByteArrayLiteral("-4 kB") << qint64(-1);
        QTest::addRow("cut inside the unit") << QByteArrayLiteral("13432 k") << qint64(-1);
    }
    void kibibytes()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, bytes);
        QCOMPARE(TextScan::kibibytesToBytes(text).value_or(-1), bytes);
    }

    void splitKeyValue_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<char>("separator");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QByteArray>("value");
        QTest::addRow("status") << QByteArrayLiteral("VmRSS:\t   13432 kB") << ':' << true << QByteArrayLiteral("VmRSS") << QByteArrayLiteral("13432 kB");
        QTest::addRow("only the first colon") << QByteArrayLiteral("Name:\ta: b") << ':' << true << QByteArrayLiteral("Name") << QByteArrayLiteral("a: b");
        QTest::addRow("empty value") << QByteArrayLiteral("Groups:\t ") << ':' << true << QByteArrayLiteral("Groups") << QByteArray();
        QTest::addRow("no key") << QByteArrayLiteral(":5") << ':' << false << QByteArray() << QByteArray();
        QTest::addRow("blank key") << QByteArrayLiteral("  :5") << ':' << false << QByteArray() << QByteArray();
        QTest::addRow("no separator") << QByteArrayLiteral("VmRSS 5") << ':' << false << QByteArray() << QByteArray();
        QTest::addRow("vmstat") << QByteArrayLiteral("pgfault 92086123") << ' ' << true << QByteArrayLiteral("pgfault") << QByteArrayLiteral("92086123");
        QTest::addRow("tab counts as a space") << QByteArrayLiteral("pgfault\t5") << ' ' << true << QByteArrayLiteral("pgfault") << QByteArrayLiteral("5");
        QTest::addRow("leading space") << QByteArrayLiteral(" pgfault 5") << ' ' << false << QByteArray() << QByteArray();
        QTest::addRow("name alone") << QByteArrayLiteral("pgfault") << ' ' << false << QByteArray() << QByteArray();
    }
    void splitKeyValue()
    {
        QFETCH(QByteArray, line);
        QFETCH(char, separator);
        QFETCH(bool, valid);
        QFETCH(QByteArray, key);
        QFETCH(QByteArray, value);
        const auto field = TextScan::splitKeyValue(line, separator);
        QCOMPARE(field.has_value(), valid);
        if (valid) {
            QCOMPARE(field->key.toByteArray(), key);
            QCOMPARE(field->value.toByteArray(), value);
        }
    }

    void isPrintableName_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("printable");
        QTest::addRow("meminfo name") << QByteArrayLiteral("Active(file)") << true;
        QTest::addRow("THP choice") << QByteArrayLiteral("defer+madvise") << true;
        QTest::addRow("empty") << QByteArray() << false;
        QTest::addRow("space") << QByteArrayLiteral("a b") << false;
        QTest::addRow("NUL") << QByteArray("a\0", 2) << false;
        QTest::addRow("DEL") << QByteArrayLiteral("a\x7f") << false;
        QTest::addRow("0xff") << QByteArrayLiteral("a\xff") << false;
    }
    void isPrintableName()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, printable);
        QCOMPARE(TextScan::isPrintableName(name), printable);
    }

    void forEachLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArrayList>("lines");
        QTest::addRow("empty") << QByteArray() << QByteArrayList{};
        QTest::addRow("one newline") << QByteArrayLiteral("\n") << QByteArrayList{"1:"};
        QTest::addRow("final newline") << QByteArrayLiteral("a\nb\n") << QByteArrayList{"1:a", "2:b"};
        QTest::addRow("no final newline") << QByteArrayLiteral("a\n\nb") << QByteArrayList{"1:a", "2:", "3:b"};
        QTest::addRow("NUL is not a line end") << QByteArray("a\0b\n", 4) << QByteArrayList{QByteArray("1:a\0b", 5)};
    }
    void forEachLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArrayList, lines);
        QByteArrayList seen;
        TextScan::forEachLine(text, [&](QByteArrayView line, int number) {
            seen.append(QByteArray::number(number) + ':' + line.toByteArray());
        });
        QCOMPARE(seen, lines);
    }

    void nextToken()
    {
        QByteArrayView rest = "  some\tavg10=0.00  total=0 ";
        QCOMPARE(TextScan::nextToken(rest), QByteArrayView("some"));
        QCOMPARE(TextScan::nextToken(rest), QByteArrayView("avg10=0.00"));
        QCOMPARE(TextScan::nextToken(rest), QByteArrayView("total=0"));
        QVERIFY(TextScan::nextToken(rest).isEmpty());
        QVERIFY(TextScan::nextToken(rest).isEmpty());
    }

    void messages()
    {
        QCOMPARE(TextScan::lineError(7, QStringLiteral("bad")), QStringLiteral("line 7: bad"));
        // Untrusted bytes never reach a message as they are: unprintables become '?', and a
        // long fragment is cut.
        QCOMPARE(TextScan::quoted(QByteArray("a\0\xff\n", 4)), QStringLiteral("\"a???\""));
        const QString longOne = TextScan::quoted(QByteArray(100, 'x'));
        QCOMPARE(longOne, QString(u'"' + QString(40, u'x') + QStringLiteral("…\"")));
    }
};

QTEST_GUILESS_MAIN(TestTextScan)
#include "tst_textscan.moc"
