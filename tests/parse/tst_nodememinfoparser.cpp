// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/meminfoparser.h"
#include "parse/nodememinfoparser.h"
#include "parsetest.h"

#include <QTest>

// /sys/devices/system/node/nodeN/meminfo from 6.18's one node and from 6.1 on two nodes, and
// damaged copies of node 1's.
class TestNodeMeminfoParser : public QObject
{
    Q_OBJECT

    static constexpr int all = 36; // fields in every capture

    static QByteArray node(const char *tree, int number)
    {
        const QByteArray path = "sys/devices/system/node/node" + QByteArray::number(number) + "/meminfo";
        return Fixtures::file(tree, path.constData());
    }

private Q_SLOTS:
    void captures_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("node");
        QTest::addColumn<qint64>("memTotal"); // bytes
        QTest::addColumn<qint64>("anonHugePages"); // bytes
        QTest::addColumn<qint64>("hugePagesTotal"); // a count
        QTest::addColumn<qint64>("hugePagesFree");
        QTest::addRow("6.18 node 0") << node("linux-6.18-kernelmem", 0) << 0 << qint64(8743116) * 1024 << qint64(0) << qint64(4) << qint64(3);
        // The prober ran on node 1's CPU: its THP-backed anonymous memory is there, and both of its
        // huge pages.
        QTest::addRow("6.1 node 0 of 2") << node("linux-6.1-numa", 0) << 0 << qint64(514636) * 1024 << qint64(2048) * 1024 << qint64(2) << qint64(2);
        QTest::addRow("6.1 node 1 of 2") << node("linux-6.1-numa", 1) << 1 << qint64(470196) * 1024 << qint64(6144) * 1024 << qint64(2) << qint64(0);
    }
    void captures()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, node);
        QFETCH(qint64, memTotal);
        QFETCH(qint64, anonHugePages);
        QFETCH(qint64, hugePagesTotal);
        QFETCH(qint64, hugePagesFree);
        const auto meminfo = parseNodeMeminfo(text);
        QVERIFY2(meminfo.ok(), qPrintable(meminfo.error));
        QCOMPARE(meminfo.value.node, node);
        QCOMPARE(meminfo.value.values.list().size(), all);
        QCOMPARE(meminfo.value.values.value("MemTotal"), memTotal);
        QCOMPARE(meminfo.value.values.value("AnonHugePages"), anonHugePages);
        QCOMPARE(meminfo.value.values.find("HugePages_Total")->unit, NamedValue::Unit::Number);
        QCOMPARE(meminfo.value.values.value("HugePages_Total"), hugePagesTotal);
        QCOMPARE(meminfo.value.values.value("HugePages_Free"), hugePagesFree);
        QCOMPARE(meminfo.value.values.find("MemUsed")->unit, NamedValue::Unit::Bytes);
    }

    void nodesAddUp()
    {
        // On the two-node machine the nodes' MemTotal and huge pages add up to /proc/meminfo's.
        const auto system = parseMeminfo(Fixtures::file("linux-6.1-numa", "proc/meminfo")).value;
        const auto node0 = parseNodeMeminfo(node("linux-6.1-numa", 0)).value.values;
        const auto node1 = parseNodeMeminfo(node("linux-6.1-numa", 1)).value.values;
        for (const char *name : {"MemTotal", "HugePages_Total", "HugePages_Free"})
            QCOMPARE(*node0.value(name) + *node1.value(name), *system.value(name));
    }

    void malformed_data()
    {
        // Each row damages node 1's file: MemTotal on line 1, MemFree on line 2, MemUsed on 3.
        const QByteArray real = node("linux-6.1-numa", 1);
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("node");
        QTest::addColumn<int>("fields");
        QTest::addColumn<QString>("error");
        QTest::addColumn<qint64>("memTotal"); // -1: absent
        const qint64 total = qint64(470196) * 1024;
        QTest::addRow("empty") << QByteArray() << -1 << 0 << QString() << qint64(-1);
        QTest::addRow("truncated after the prefix") << real.left(real.indexOf("Node 1 MemUsed") + 7) << 1 << 2 << QStringLiteral("line 3:") << total;
        QTest::addRow("truncated inside kB") << real.left(real.indexOf(" kB", real.indexOf("MemUsed")) + 2) << 1 << 2 << QStringLiteral("line 3:") << total;
        QTest::addRow("garbage line, NUL and 0xff") << Fixtures::replaced(real, "Node 1 MemUsed", QByteArrayLiteral("\xff\0garbage\nNode 1 MemUsed")) << 1
                                                    << all << QStringLiteral("line 3:") << total;
        QTest::addRow("another node's line") << Fixtures::replaced(real, "Node 1 MemUsed", "Node 0 MemUsed") << 1 << all - 1
                                             << QStringLiteral("line 3: a line for node 0 in node 1's file") << total;
        QTest::addRow("no prefix") << Fixtures::replaced(real, "Node 1 MemUsed", "MemUsed") << 1 << all - 1 << QStringLiteral("line 3:") << total;
        QTest::addRow("node number not a number") << Fixtures::replaced(real, "Node 1 MemUsed", "Node x MemUsed") << 1 << all - 1 << QStringLiteral("line 3:")
                                                  << total;
        QTest::addRow("node number beyond int") << Fixtures::replaced(real, "Node 1 MemTotal", "Node 4294967297 MemTotal") << 1 << all - 1
                                                << QStringLiteral("line 1:") << qint64(-1);
        QTest::addRow("duplicated MemTotal, first kept") << Fixtures::replaced(real, "Node 1 MemUsed", "Node 1 MemTotal: 1 kB\nNode 1 MemUsed") << 1 << all
                                                         << QStringLiteral("line 3: field \"MemTotal\" appears twice") << total;
        QTest::addRow("20-digit MemTotal") << Fixtures::replaced(real, "470196 kB", "99999999999999999999 kB") << 1 << all - 1 << QStringLiteral("line 1:")
                                           << qint64(-1);
        QTest::addRow("MemTotal too large in bytes") << Fixtures::replaced(real, "470196 kB", "9007199254740992 kB") << 1 << all - 1
                                                     << QStringLiteral("line 1:") << qint64(-1);
        QTest::addRow("negative") << Fixtures::replaced(real, "470196 kB", "-5 kB") << 1 << all - 1 << QStringLiteral("line 1:") << qint64(-1);
        QTest::addRow("no final newline") << real.chopped(1) << 1 << all << QString() << total;
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, node);
        QFETCH(int, fields);
        QFETCH(QString, error);
        QFETCH(qint64, memTotal);
        const auto meminfo = parseNodeMeminfo(text);
        QCOMPARE(meminfo.value.node, node);
        QCOMPARE(meminfo.value.values.list().size(), fields);
        QCOMPARE(meminfo.ok(), error.isEmpty());
        QVERIFY2(meminfo.error.startsWith(error), qPrintable(meminfo.error));
        QCOMPARE(meminfo.value.values.value("MemTotal").value_or(-1), memTotal);
        if (fields >= 2)
            QCOMPARE(meminfo.value.values.value("MemFree"), qint64(426492) * 1024);
        if (fields >= all - 1)
            QCOMPARE(meminfo.value.values.value("HugePages_Total"), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestNodeMeminfoParser)
#include "tst_nodememinfoparser.moc"
