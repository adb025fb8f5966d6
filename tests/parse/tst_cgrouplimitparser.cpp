// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/cgrouplimitparser.h"
#include "parsetest.h"

#include <QTest>

// Memory limits: cgroup v2 memory.max/high/low/min/swap.max ("max" or bytes) and cgroup v1
// memory.limit_in_bytes (bytes, "no limit" written as a huge number).
class TestCgroupLimitParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("unlimited");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("error"); // empty: parsed
        const QByteArray v1None = Fixtures::file("linux-6.18", "sys/fs/cgroup/memory/memory.limit_in_bytes");
        const QByteArray v2Max = Fixtures::file("linux-6.1-swap", "sys/fs/cgroup/system.slice/swap-hog.service/memory.max");
        QTest::addRow("v1 no limit, 2^63 - 4096") << v1None << true << qint64(0) << QString();
        QTest::addRow("v1 nested no limit") << Fixtures::file("linux-6.18",
                                                              "sys/fs/cgroup/memory/process_api/df4270beac341f7d3eea0b58c9ec3533/memory.limit_in_bytes")
                                            << true << qint64(0) << QString();
        QTest::addRow("v1 16 MiB") << Fixtures::file("linux-6.18-swap", "sys/fs/cgroup/memory/memlens-swap/memory.limit_in_bytes") << false << qint64(16777216)
                                   << QString();
        QTest::addRow("v2 memory.max 256 MiB") << Fixtures::file("linux-6.1-cgroup2", "sys/fs/cgroup/system.slice/foo.service/memory.max") << false
                                               << qint64(268435456) << QString();
        QTest::addRow("v2 memory.high 20 MiB") << Fixtures::file("linux-6.1-cgroup2", "sys/fs/cgroup/system.slice/foo.service/memory.high") << false
                                               << qint64(20971520) << QString();
        QTest::addRow("v2 memory.low 8 MiB") << Fixtures::file("linux-6.1-cgroup2", "sys/fs/cgroup/system.slice/foo.service/memory.low") << false
                                             << qint64(8388608) << QString();
        QTest::addRow("v2 memory.min 0") << Fixtures::file("linux-6.1-cgroup2", "sys/fs/cgroup/system.slice/foo.service/memory.min") << false << qint64(0)
                                         << QString();
        QTest::addRow("v2 memory.min 4 MiB") << Fixtures::file("linux-6.1-swap", "sys/fs/cgroup/user.slice/user-1000.slice/memory.min") << false
                                             << qint64(4194304) << QString();
        QTest::addRow("v2 swap-hog memory.max 24 MiB") << v2Max << false << qint64(25165824) << QString();
        QTest::addRow("v2 memory.max max") << Fixtures::file("linux-6.1-cgroup2", "sys/fs/cgroup/user.slice/memory.max") << true << qint64(0) << QString();
        QTest::addRow("v2 memory.swap.max max") << Fixtures::file("linux-6.1-swap", "sys/fs/cgroup/system.slice/swap-hog.service/memory.swap.max") << true
                                                << qint64(0) << QString();

        // Derived from the real files.
        QTest::addRow("old kernels' no limit, 2^64 - 1")
            << Fixtures::replaced(v1None, "9223372036854771712", "18446744073709551615") << true << qint64(0) << QString();
        QTest::addRow("just below 2^62: a limit") << Fixtures::replaced(v2Max, "25165824", "4611686018427387903") << false << qint64(4611686018427387903)
                                                  << QString();
        QTest::addRow("2^62: no limit") << Fixtures::replaced(v2Max, "25165824", "4611686018427387904") << true << qint64(0) << QString();
        QTest::addRow("no final newline") << v2Max.chopped(1) << false << qint64(25165824) << QString();
        QTest::addRow("beyond 64 bits") << Fixtures::replaced(v1None, "9223372036854771712", "18446744073709551616") << false << qint64(0)
                                        << QStringLiteral("not \"max\" or a byte count");
        QTest::addRow("20 digits") << Fixtures::replaced(v2Max, "25165824", "99999999999999999999") << false << qint64(0)
                                   << QStringLiteral("not \"max\" or a byte count");
        QTest::addRow("negative") << Fixtures::replaced(v2Max, "25165824", "-1") << false << qint64(0) << QStringLiteral("not \"max\" or a byte count");
        QTest::addRow("Max") << QByteArrayLiteral("Max\n") << false << qint64(0) << QStringLiteral("not \"max\" or a byte count");
        QTest::addRow("truncated max") << QByteArrayLiteral("ma") << false << qint64(0) << QStringLiteral("not \"max\" or a byte count");
        QTest::addRow("max twice") << QByteArrayLiteral("max\nmax\n") << false << qint64(0) << QStringLiteral("not \"max\" or a byte count");
        QTest::addRow("with a unit") << Fixtures::replaced(v2Max, "25165824", "24M") << false << qint64(0) << QStringLiteral("not \"max\" or a byte count");
        QTest::addRow("garbage, NUL and 0xff") << QByteArrayLiteral("\xff\0\n") << false << qint64(0) << QStringLiteral("not \"max\" or a byte count");
        QTest::addRow("empty") << QByteArray() << false << qint64(0) << QStringLiteral("empty file");
    }
    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, unlimited);
        QFETCH(qint64, bytes);
        QFETCH(QString, error);
        const auto limit = parseCgroupLimit(text);
        QCOMPARE(limit.value.unlimited, unlimited);
        QCOMPARE(limit.value.bytes, bytes);
        QCOMPARE(limit.ok(), error.isEmpty());
        QVERIFY2(limit.error.startsWith(error), qPrintable(limit.error));
    }
};

QTEST_GUILESS_MAIN(TestCgroupLimitParser)
#include "tst_cgrouplimitparser.moc"
