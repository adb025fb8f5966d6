// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/swapsparser.h"
#include "parsetest.h"

#include <QTest>

// /proc/swaps: no swap, a swap file whose path has a space, a zram device and a disk; and
// damaged copies of a real one.
class TestSwapsParser : public QObject
{
    Q_OBJECT

    // "path|type|size KiB|used KiB|priority" per area, so a failure shows the whole table.
    static QStringList describe(const QList<SwapDevice> &devices)
    {
        QStringList rows;
        for (const SwapDevice &device : devices) {
            QString row = device.path + u'|' + QString::fromLatin1(device.type);
            for (const qint64 number : {device.sizeBytes / 1024, device.usedBytes / 1024, qint64(device.priority)})
                row += u'|' + QString::number(number);
            rows.append(row);
        }
        return rows;
    }

private Q_SLOTS:
    void captures_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("devices");
        QTest::addRow("6.18, header only") << Fixtures::file("linux-6.18", "proc/swaps") << QStringList();
        QTest::addRow("6.1 cgroup2, header only") << Fixtures::file("linux-6.1-cgroup2", "proc/swaps") << QStringList();
        // The kernel writes the space in "/var/tmp/swap file" as \040.
        QTest::addRow("6.18, a swap file") << Fixtures::file("linux-6.18-swap", "proc/swaps")
                                           << QStringList{QStringLiteral("/var/tmp/swap file|file|32764|25492|5")};
        // Areas without a priority set get the kernel's own negative defaults.
        QTest::addRow("6.1, zram and a disk") << Fixtures::file("linux-6.1-swap", "proc/swaps")
                                              << QStringList{QStringLiteral("/dev/zram0|partition|16380|9580|-2"),
                                                             QStringLiteral("/dev/vda|partition|65532|24592|-3")};
    }
    void captures()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, devices);
        const auto swaps = parseSwaps(text);
        QVERIFY2(swaps.ok(), qPrintable(swaps.error));
        QCOMPARE(describe(swaps.value), devices);
    }

    void inBytes()
    {
        const auto swaps = parseSwaps(Fixtures::file("linux-6.1-swap", "proc/swaps"));
        QCOMPARE(swaps.value.constFirst().sizeBytes, qint64(16380) * 1024);
        QCOMPARE(swaps.value.constFirst().usedBytes, qint64(9580) * 1024);
    }

    void malformed_data()
    {
        // Each row damages the real 6.1-swap file: the header, zram0 on line 2, vda on line 3.
        const QByteArray real = Fixtures::file("linux-6.1-swap", "proc/swaps");
        const QString zram = QStringLiteral("/dev/zram0|partition|16380|9580|-2");
        const QString vda = QStringLiteral("/dev/vda|partition|65532|24592|-3");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("devices");
        QTest::addColumn<QString>("error");
        QTest::addRow("empty") << QByteArray() << QStringList() << QString();
        QTest::addRow("truncated inside the last row") << real.left(real.indexOf("24592")) << QStringList{zram} << QStringLiteral("line 3:");
        QTest::addRow("truncated after the path") << real.left(real.indexOf("/dev/vda") + 8) << QStringList{zram} << QStringLiteral("line 3:");
        QTest::addRow("no header") << real.mid(real.indexOf('\n') + 1) << QStringList{zram, vda} << QStringLiteral("line 1:");
        QTest::addRow("garbage line between, NUL and 0xff")
            << Fixtures::replaced(real, "/dev/vda", QByteArrayLiteral("\xff\0garbage\n/dev/vda")) << QStringList{zram, vda} << QStringLiteral("line 3:");
        QTest::addRow("20-digit size") << Fixtures::replaced(real, "16380", "99999999999999999999") << QStringList{vda} << QStringLiteral("line 2:");
        QTest::addRow("size too large in bytes") << Fixtures::replaced(real, "16380", "9007199254740992") << QStringList{vda} << QStringLiteral("line 2:");
        QTest::addRow("used above size") << Fixtures::replaced(real, "9580", "16384") << QStringList{vda} << QStringLiteral("line 2:");
        QTest::addRow("negative used") << Fixtures::replaced(real, "9580", "-1") << QStringList{vda} << QStringLiteral("line 2:");
        QTest::addRow("priority beyond int") << Fixtures::replaced(real, "\t-2", "\t-2147483649") << QStringList{vda} << QStringLiteral("line 2:");
        QTest::addRow("priority missing") << Fixtures::replaced(real, "\t\t-2", "") << QStringList{vda} << QStringLiteral("line 2:");
        QTest::addRow("extra column") << Fixtures::replaced(real, "\t-2", "\t-2 x") << QStringList{vda} << QStringLiteral("line 2:");
        QTest::addRow("highest priority kept") << Fixtures::replaced(real, "\t-2", "\t32767")
                                               << QStringList{QStringLiteral("/dev/zram0|partition|16380|9580|32767"), vda} << QString();
        QTest::addRow("no final newline") << real.chopped(1) << QStringList{zram, vda} << QString();
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, devices);
        QFETCH(QString, error);
        const auto swaps = parseSwaps(text);
        QCOMPARE(describe(swaps.value), devices);
        QCOMPARE(swaps.ok(), error.isEmpty());
        QVERIFY2(swaps.error.startsWith(error), qPrintable(swaps.error));
    }
};

QTEST_GUILESS_MAIN(TestSwapsParser)
#include "tst_swapsparser.moc"
