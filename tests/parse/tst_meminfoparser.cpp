// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/meminfoparser.h"
#include "parsetest.h"

#include <QTest>

// /proc/meminfo from every captured kernel, and damaged copies of the 6.18 one.
class TestMeminfoParser : public QObject
{
    Q_OBJECT

    static constexpr int all = 54; // fields in the 6.18 capture

    // The field names of a meminfo text in the order written, read without the parser.
    static QByteArrayList namesIn(const QByteArray &text)
    {
        QByteArrayList names;
        for (const QByteArray &line : text.split('\n')) {
            if (!line.isEmpty())
                names.append(line.left(line.indexOf(':')));
        }
        return names;
    }

private Q_SLOTS:
    void wholeFile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("fields");
        QTest::addRow("6.18") << Fixtures::file("linux-6.18", "proc/meminfo") << all;
        QTest::addRow("6.18, swap in use") << Fixtures::file("linux-6.18-swap", "proc/meminfo") << 54;
        QTest::addRow("6.1, cgroup v2") << Fixtures::file("linux-6.1-cgroup2", "proc/meminfo") << 53;
        QTest::addRow("6.1, two swap devices") << Fixtures::file("linux-6.1-swap", "proc/meminfo") << 53;
    }
    void wholeFile()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, fields);
        const auto meminfo = parseMeminfo(text);
        QVERIFY2(meminfo.ok(), qPrintable(meminfo.error));
        QCOMPARE(meminfo.value.list().size(), fields);
        // Every field is kept under the kernel's name and in the kernel's order, including the
        // ones no code here knows about (Zswapped, SecPageTables, Balloon, ...).
        QByteArrayList names;
        for (const NamedValue &field : meminfo.value.list()) {
            names.append(field.name);
            // Only the four HugePages_* lines are written without "kB".
            QCOMPARE(field.unit, field.name.startsWith("HugePages_") ? NamedValue::Unit::Number : NamedValue::Unit::Bytes);
        }
        QCOMPARE(names, namesIn(text));
    }

    void field_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<NamedValue::Unit>("unit");
        constexpr auto bytes = NamedValue::Unit::Bytes;
        const QByteArray v618 = Fixtures::file("linux-6.18", "proc/meminfo");
        const QByteArray v618swap = Fixtures::file("linux-6.18-swap", "proc/meminfo");
        const QByteArray v61cg = Fixtures::file("linux-6.1-cgroup2", "proc/meminfo");
        const QByteArray v61swap = Fixtures::file("linux-6.1-swap", "proc/meminfo");
        QTest::addRow("6.18 MemTotal") << v618 << QByteArrayLiteral("MemTotal") << qint64(24684084) * 1024 << bytes;
        QTest::addRow("6.18 MemAvailable") << v618 << QByteArrayLiteral("MemAvailable") << qint64(24360884) * 1024 << bytes;
        QTest::addRow("6.18 Active(file)") << v618 << QByteArrayLiteral("Active(file)") << qint64(7372) * 1024 << bytes;
        QTest::addRow("6.18 SwapTotal, no swap") << v618 << QByteArrayLiteral("SwapTotal") << qint64(0) << bytes;
        QTest::addRow("6.18 VmallocTotal, 45 bits") << v618 << QByteArrayLiteral("VmallocTotal") << qint64(34359738367) * 1024 << bytes;
        QTest::addRow("6.18 SecPageTables") << v618 << QByteArrayLiteral("SecPageTables") << qint64(0) << bytes;
        QTest::addRow("6.18 HugePages_Total") << v618 << QByteArrayLiteral("HugePages_Total") << qint64(0) << NamedValue::Unit::Number;
        QTest::addRow("6.18 HugePages_Surp") << v618 << QByteArrayLiteral("HugePages_Surp") << qint64(0) << NamedValue::Unit::Number;
        QTest::addRow("6.18 Hugepagesize") << v618 << QByteArrayLiteral("Hugepagesize") << qint64(2048) * 1024 << bytes;
        QTest::addRow("6.18 DirectMap1G") << v618 << QByteArrayLiteral("DirectMap1G") << qint64(25165824) * 1024 << bytes;
        QTest::addRow("6.18 swap SwapTotal") << v618swap << QByteArrayLiteral("SwapTotal") << qint64(32764) * 1024 << bytes;
        QTest::addRow("6.18 swap SwapFree") << v618swap << QByteArrayLiteral("SwapFree") << qint64(7272) * 1024 << bytes;
        QTest::addRow("6.18 swap SwapCached") << v618swap << QByteArrayLiteral("SwapCached") << qint64(644) * 1024 << bytes;
        QTest::addRow("6.1 cgroup2 MemTotal") << v61cg << QByteArrayLiteral("MemTotal") << qint64(468416) * 1024 << bytes;
        QTest::addRow("6.1 swap MemTotal") << v61swap << QByteArrayLiteral("MemTotal") << qint64(983720) * 1024 << bytes;
        QTest::addRow("6.1 swap SwapTotal") << v61swap << QByteArrayLiteral("SwapTotal") << qint64(81912) * 1024 << bytes;
        QTest::addRow("6.1 swap SwapFree") << v61swap << QByteArrayLiteral("SwapFree") << qint64(47740) * 1024 << bytes;
    }
    void field()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, name);
        QFETCH(qint64, value);
        QFETCH(NamedValue::Unit, unit);
        const auto meminfo = parseMeminfo(text);
        QVERIFY2(meminfo.ok(), qPrintable(meminfo.error));
        const NamedValue *field = meminfo.value.find(name);
        QVERIFY(field);
        QCOMPARE(field->value, value);
        QCOMPARE(field->unit, unit);
    }

    void malformed_data()
    {
        // Each row damages the real 6.18 file; "fields" is how many are kept, "error" where the
        // first problem is reported (empty: none).
        const QByteArray real = Fixtures::file("linux-6.18", "proc/meminfo");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("fields");
        QTest::addColumn<QString>("error");
        QTest::addColumn<qint64>("memTotal"); // -1: absent
        QTest::addRow("empty") << QByteArray() << 0 << QString() << qint64(-1);
        QTest::addRow("blank lines only") << QByteArrayLiteral("\n\n") << 0 << QString() << qint64(-1);
        QTest::addRow("truncated after a name") << real.left(real.indexOf("Buffers:") + 8) << 3 << QStringLiteral("line 4:") << qint64(24684084) * 1024;
        QTest::addRow("truncated inside kB") << real.left(real.indexOf(" kB", real.indexOf("Buffers:")) + 2) << 3 << QStringLiteral("line 4:")
                                             << qint64(24684084) * 1024;
        QTest::addRow("garbage line, NUL and 0xff") << Fixtures::replaced(real, "Buffers:", QByteArrayLiteral("\xff\0garbage\nBuffers:")) << all
                                                    << QStringLiteral("line 4:") << qint64(24684084) * 1024;
        QTest::addRow("garbage bytes in a name") << Fixtures::replaced(real, "Buffers:", QByteArrayLiteral("Buf\0fers:")) << all - 1
                                                 << QStringLiteral("line 4:") << qint64(24684084) * 1024;
        QTest::addRow("duplicated MemTotal, first kept") << Fixtures::replaced(real, "Buffers:", "MemTotal:       1 kB\nBuffers:") << all
                                                         << QStringLiteral("line 4: field \"MemTotal\" appears twice") << qint64(24684084) * 1024;
        QTest::addRow("20-digit MemTotal") << Fixtures::replaced(real, "24684084 kB", "99999999999999999999 kB") << all - 1 << QStringLiteral("line 1:")
                                           << qint64(-1);
        QTest::addRow("MemTotal too large in bytes") << Fixtures::replaced(real, "24684084 kB", "9007199254740992 kB") << all - 1 << QStringLiteral("line 1:")
                                                     << qint64(-1);
        QTest::addRow("missing value") << Fixtures::replaced(real, "MemTotal:       24684084 kB", "MemTotal:") << all - 1 << QStringLiteral("line 1:")
                                       << qint64(-1);
        QTest::addRow("missing colon") << Fixtures::replaced(real, "MemTotal:", "MemTotal") << all - 1 << QStringLiteral("line 1:") << qint64(-1);
        QTest::addRow("negative") << Fixtures::replaced(real, "24684084 kB", "-5 kB") << all - 1 << QStringLiteral("line 1:") << qint64(-1);
        QTest::addRow("negative count") << Fixtures::replaced(real, "HugePages_Total:       0", "HugePages_Total:       -1") << all - 1
                                        << QStringLiteral("line 46:") << qint64(24684084) * 1024;
        QTest::addRow("unknown unit") << Fixtures::replaced(real, "24684084 kB", "24684084 MB") << all - 1 << QStringLiteral("line 1:") << qint64(-1);
        QTest::addRow("MemTotal line missing") << Fixtures::replaced(real, "MemTotal:       24684084 kB\n", "") << all - 1 << QString() << qint64(-1);
        QTest::addRow("no final newline") << real.chopped(1) << all << QString() << qint64(24684084) * 1024;
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, fields);
        QFETCH(QString, error);
        QFETCH(qint64, memTotal);
        const auto meminfo = parseMeminfo(text);
        QCOMPARE(meminfo.value.list().size(), fields);
        QCOMPARE(meminfo.ok(), error.isEmpty());
        QVERIFY2(meminfo.error.startsWith(error), qPrintable(meminfo.error));
        QCOMPARE(meminfo.value.value("MemTotal").value_or(-1), memTotal);
        // The good lines on both sides of a bad one keep their real values.
        if (fields >= 3)
            QCOMPARE(meminfo.value.value("MemFree"), qint64(24387028) * 1024);
        if (fields >= all - 1)
            QCOMPARE(meminfo.value.value("DirectMap1G"), qint64(25165824) * 1024);
    }
};

QTEST_GUILESS_MAIN(TestMeminfoParser)
#include "tst_meminfoparser.moc"
