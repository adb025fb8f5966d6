// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "read/hugepagereader.h"
#include "support/fixtures.h"

#include <QTest>

// The hugetlbfs pools of the captures read by the real reader, and of damaged copies: a missing
// directory or file is a reason, never a zero, and only the figure it held is lost.
class TestHugePageReader : public QObject
{
    Q_OBJECT

    // "bytes total free reserved surplus", "-" where a count is missing.
    static QStringList describe(const QList<HugePagePool> &pools)
    {
        QStringList rows;
        for (const HugePagePool &pool : pools) {
            QString row = QString::number(pool.pageSizeBytes);
            for (const Reading<qint64> *count : {&pool.totalPages, &pool.freePages, &pool.reservedPages, &pool.surplusPages})
                row += u' ' + (count->value ? QString::number(*count->value) : QStringLiteral("-"));
            rows.append(row);
        }
        return rows;
    }

private Q_SLOTS:
    void captured_data()
    {
        QTest::addColumn<QString>("tree");
        QTest::addColumn<QString>("directory");
        QTest::addColumn<QStringList>("pools");
        const QString system = QStringLiteral("/sys/kernel/mm/hugepages");
        QTest::addRow("6.18, a reserved page") << QStringLiteral("linux-6.18-kernelmem") << system
                                               << QStringList{QStringLiteral("2097152 4 3 1 0"), QStringLiteral("1073741824 0 0 0 0")};
        QTest::addRow("6.18, two set aside") << QStringLiteral("linux-6.18-dirty") << system
                                             << QStringList{QStringLiteral("2097152 2 2 0 0"), QStringLiteral("1073741824 0 0 0 0")};
        QTest::addRow("6.1 two nodes") << QStringLiteral("linux-6.1-numa") << system << QStringList{QStringLiteral("2097152 4 2 0 0")};
        // A node's pools have no resv_hugepages: reservations are system-wide.
        QTest::addRow("6.1 node 1") << QStringLiteral("linux-6.1-numa") << QStringLiteral("/sys/devices/system/node/node1/hugepages")
                                    << QStringList{QStringLiteral("2097152 2 0 - 0")};
    }
    void captured()
    {
        QFETCH(QString, tree);
        QFETCH(QString, directory);
        QFETCH(QStringList, pools);
        FileReader reader;
        const auto read = readHugePagePools(reader, SysRoot(Fixtures::tree(qPrintable(tree))), directory);
        QVERIFY(read.value);
        QVERIFY(read.problem.isEmpty());
        QCOMPARE(describe(*read.value), pools);
        for (const HugePagePool &pool : *read.value) {
            if (!pool.reservedPages.value)
                QVERIFY(pool.reservedPages.unavailableReason.contains(directory + QStringLiteral("/hugepages-2048kB/resv_hugepages does not exist")));
        }
    }

    void noHugetlbfs()
    {
        FileReader reader;
        const auto read = readHugePagePools(reader, SysRoot(Fixtures::tree("linux-6.18")));
        QVERIFY(!read.value);
        QVERIFY(read.unavailableReason.contains(QStringLiteral("/sys/kernel/mm/hugepages does not exist")));
    }

    void damagedFilesLoseOnlyTheirFigure()
    {
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.18-kernelmem", dir));
        const QString pool = dir.path() + QStringLiteral("/sys/kernel/mm/hugepages/hugepages-2048kB/");
        QVERIFY(QFile::remove(pool + QStringLiteral("free_hugepages")));
        QVERIFY(QDir().mkdir(pool + QStringLiteral("free_hugepages"))); // unreadable as a file
        QVERIFY(Fixtures::overwrite(pool + QStringLiteral("resv_hugepages"), "1x\n"));
        QVERIFY(QDir().mkdir(dir.path() + QStringLiteral("/sys/kernel/mm/hugepages/hugepages-3kB"))); // no pool size there is
        FileReader reader;
        const auto read = readHugePagePools(reader, SysRoot(dir.path()));
        QVERIFY(read.value);
        QVERIFY(read.problem.contains(QStringLiteral("hugepages-3kB")));
        QCOMPARE(describe(*read.value), (QStringList{QStringLiteral("2097152 4 - - 0"), QStringLiteral("1073741824 0 0 0 0")}));
        const HugePagePool &damaged = read.value->constFirst();
        QVERIFY(damaged.freePages.unavailableReason.contains(QStringLiteral("free_hugepages could not be read")));
        QVERIFY(damaged.reservedPages.unavailableReason.contains(QStringLiteral("resv_hugepages is malformed")));
    }
};

QTEST_GUILESS_MAIN(TestHugePageReader)
#include "tst_hugepagereader.moc"
