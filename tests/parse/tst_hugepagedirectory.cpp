// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/hugepagedirectory.h"
#include "parse/integerparser.h"
#include "parsetest.h"

#include <QDir>
#include <QTest>

// The huge page pools of 6.18 (2 MiB and 1 GiB pages, four 2 MiB pages set aside, one of them
// reserved by a mapping not yet touched) and of 6.1 on two nodes: the page size from each pool's
// directory name, the counts from its files.
class TestHugePageDirectory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<qint64>("bytes"); // -1: refused
        QTest::addRow("2 MiB") << QByteArrayLiteral("hugepages-2048kB") << qint64(2) * 1024 * 1024;
        QTest::addRow("1 GiB") << QByteArrayLiteral("hugepages-1048576kB") << qint64(1024) * 1024 * 1024;
        QTest::addRow("arm64 64 KiB") << QByteArrayLiteral("hugepages-64kB") << qint64(64) * 1024;
        QTest::addRow("16 GiB, ppc64") << QByteArrayLiteral("hugepages-16777216kB") << qint64(16) * 1024 * 1024 * 1024;
        QTest::addRow("empty") << QByteArray() << qint64(-1);
        QTest::addRow("no unit") << QByteArrayLiteral("hugepages-2048") << qint64(-1);
        QTest::addRow("MB") << QByteArrayLiteral("hugepages-2MB") << qint64(-1);
        QTest::addRow("other prefix") << QByteArrayLiteral("hugepage-2048kB") << qint64(-1);
        QTest::addRow("not a power of two") << QByteArrayLiteral("hugepages-2047kB") << qint64(-1);
        QTest::addRow("below a page") << QByteArrayLiteral("hugepages-2kB") << qint64(-1);
        QTest::addRow("zero") << QByteArrayLiteral("hugepages-0kB") << qint64(-1);
        QTest::addRow("negative") << QByteArrayLiteral("hugepages--2048kB") << qint64(-1);
        QTest::addRow("space") << QByteArrayLiteral("hugepages- 2048kB") << qint64(-1);
        QTest::addRow("20 digits") << QByteArrayLiteral("hugepages-73786976294838206464kB") << qint64(-1);
        QTest::addRow("2^53 KiB, beyond bytes") << QByteArrayLiteral("hugepages-9007199254740992kB") << qint64(-1);
        QTest::addRow("NUL") << QByteArray("hugepages-2048kB\0", 17) << qint64(-1);
    }
    void names()
    {
        QFETCH(QByteArray, name);
        QFETCH(qint64, bytes);
        const auto size = parseHugePageDirectory(name);
        QCOMPARE(size.ok(), bytes >= 0);
        QCOMPARE(size.value, std::max(bytes, qint64(0)));
    }

    void pools_data()
    {
        QTest::addColumn<QString>("directory"); // holding hugepages-* pools
        QTest::addColumn<QStringList>("pools"); // "bytes|nr|free|resv|surplus|overcommit", -1 where a file is absent
        const QString pool2m = QStringLiteral("/sys/kernel/mm/hugepages");
        QTest::addRow("6.18") << Fixtures::tree("linux-6.18-kernelmem") + pool2m
                              << QStringList{QStringLiteral("1073741824|0|0|0|0|0"), QStringLiteral("2097152|4|3|1|0|0")};
        QTest::addRow("6.18 node 0") << Fixtures::tree("linux-6.18-kernelmem") + QStringLiteral("/sys/devices/system/node/node0/hugepages")
                                     << QStringList{QStringLiteral("1073741824|0|0|-1|0|-1"), QStringLiteral("2097152|4|3|-1|0|-1")};
        // Both huge pages the probe touched from node 1's CPU came from node 1.
        QTest::addRow("6.1") << Fixtures::tree("linux-6.1-numa") + pool2m << QStringList{QStringLiteral("2097152|4|2|0|0|0")};
        QTest::addRow("6.1 node 0") << Fixtures::tree("linux-6.1-numa") + QStringLiteral("/sys/devices/system/node/node0/hugepages")
                                    << QStringList{QStringLiteral("2097152|2|2|-1|0|-1")};
        QTest::addRow("6.1 node 1") << Fixtures::tree("linux-6.1-numa") + QStringLiteral("/sys/devices/system/node/node1/hugepages")
                                    << QStringList{QStringLiteral("2097152|2|0|-1|0|-1")};
    }
    void pools()
    {
        QFETCH(QString, directory);
        QFETCH(QStringList, pools);
        QStringList found;
        for (const QString &name : QDir(directory).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const auto size = parseHugePageDirectory(name.toLatin1());
            QVERIFY2(size.ok(), qPrintable(size.error));
            QString row = QString::number(size.value);
            for (const char *file : {"nr_hugepages", "free_hugepages", "resv_hugepages", "surplus_hugepages", "nr_overcommit_hugepages"}) {
                QFile f(directory + u'/' + name + u'/' + QLatin1StringView(file));
                if (!f.open(QIODevice::ReadOnly)) {
                    row += QStringLiteral("|-1");
                    continue;
                }
                const auto count = parseInteger(f.readAll());
                QVERIFY2(count.ok(), qPrintable(count.error));
                row += u'|' + QString::number(count.value);
            }
            found.append(row);
        }
        QCOMPARE(found, pools);
    }
};

QTEST_GUILESS_MAIN(TestHugePageDirectory)
#include "tst_hugepagedirectory.moc"
