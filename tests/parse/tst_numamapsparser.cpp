// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/numamapsparser.h"
#include "parsetest.h"

#include <QTest>

// /proc/PID/numa_maps of a process spread over two nodes (6.1 under qemu), of init there, and of
// one on 6.18's single node; and damaged copies of the two-node one.
class TestNumaMapsParser : public QObject
{
    Q_OBJECT

    // "node:bytes,node:bytes"
    static QString describe(const QList<NodeAmount> &amounts)
    {
        QStringList parts;
        for (const NodeAmount &amount : amounts)
            parts.append(QString::number(amount.node) + u':' + QString::number(amount.amount));
        return parts.join(u',');
    }
    // "policy|path|flags|anon|dirty|pages|page size|N0=..,N1=.."
    static QString describe(const NumaMapping &mapping)
    {
        QString flags;
        flags += mapping.deleted ? u'D' : u'-';
        flags += mapping.heap ? u'H' : u'-';
        flags += mapping.stack ? u'S' : u'-';
        flags += mapping.huge ? u'G' : u'-';
        QStringList nodes;
        for (const NodeAmount &pages : mapping.nodePages)
            nodes.append(QString::number(pages.node) + u'=' + QString::number(pages.amount));
        return QString::fromLatin1(mapping.policy) + u'|' + mapping.path + u'|' + flags + u'|' + QString::number(mapping.anonPages) + u'|'
            + QString::number(mapping.dirtyPages) + u'|' + QString::number(mapping.pages) + u'|' + QString::number(mapping.pageSizeBytes) + u'|'
            + nodes.join(u',');
    }
    static QString find(const NumaMaps &maps, quint64 start)
    {
        for (const NumaMapping &mapping : maps.mappings) {
            if (mapping.start == start)
                return describe(mapping);
        }
        return QString();
    }

private Q_SLOTS:
    void captures_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("mappings");
        QTest::addColumn<QString>("nodeBytes");
        // The probe ran on node 1's CPU: 2 MiB bound to node 0 and 3 of its 4 interleaved MiB
        // (whole huge pages, so not half and half) are on node 0, the rest on node 1.
        QTest::addRow("6.1 probe, two nodes") << Fixtures::file("linux-6.1-numa", "proc/111/numa_maps") << 17 << QStringLiteral("0:5242880,1:17489920");
        QTest::addRow("6.1 init, two nodes") << Fixtures::file("linux-6.1-numa", "proc/1/numa_maps") << 10 << QStringLiteral("0:94208,1:1703936");
        QTest::addRow("6.18 probe, one node") << Fixtures::file("linux-6.18-kernelmem", "proc/21739/numa_maps") << 28 << QStringLiteral("0:10850304");
    }
    void captures()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, mappings);
        QFETCH(QString, nodeBytes);
        const auto maps = parseNumaMaps(text);
        QVERIFY2(maps.ok(), qPrintable(maps.error));
        QCOMPARE(maps.value.mappings.size(), mappings);
        QCOMPARE(describe(maps.value.nodeBytes), nodeBytes);
    }

    void mapping_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<quint64>("start");
        QTest::addColumn<QString>("mapping");
        const QByteArray v61 = Fixtures::file("linux-6.1-numa", "proc/111/numa_maps");
        const QByteArray v618 = Fixtures::file("linux-6.18-kernelmem", "proc/21739/numa_maps");
        QTest::addRow("local policy, node 1") << v61 << quint64(0x7f6a20c07000) << QStringLiteral("default||----|2048|2048|2048|4096|1=2048");
        QTest::addRow("interleaved") << v61 << quint64(0x7f6a20807000) << QStringLiteral("interleave:0-1||----|1024|1024|1024|4096|0=768,1=256");
        QTest::addRow("bound to node 0") << v61 << quint64(0x7f6a20607000) << QStringLiteral("bind:0||----|512|512|512|4096|0=512");
        // The kernel writes " " and "=" in a path as \040 and \075.
        QTest::addRow("path with space and =") << v61 << quint64(0x7f6a20100000) << QStringLiteral("default|/tmp/numa data=1.bin|----|0|256|256|4096|1=256");
        QTest::addRow("deleted file") << v61 << quint64(0x7f6a20000000) << QStringLiteral("default|/tmp/gone.bin|D---|0|256|256|4096|1=256");
        QTest::addRow("SysV segment") << v61 << quint64(0x7f6a1fe00000) << QStringLiteral("default|/SYSV00000000|D---|0|256|256|4096|1=256");
        QTest::addRow("huge pages, counted in 2 MiB") << v61 << quint64(0x7f6a20200000) << QStringLiteral("default|/anon_hugepage|D--G|2|2|2|2097152|1=2");
        QTest::addRow("heap") << v61 << quint64(0x3aebb000) << QStringLiteral("default||-H--|2|2|2|4096|1=2");
        QTest::addRow("stack") << v61 << quint64(0x7ffd902ca000) << QStringLiteral("default||--S-|3|3|3|4096|1=3");
        QTest::addRow("nothing resident, no page size") << v61 << quint64(0x7ffd9038c000) << QStringLiteral("default||----|0|0|0|0|");
        QTest::addRow("mapped, no anon") << v618 << quint64(0x7fb693e7a000)
                                         << QStringLiteral("default|/usr/lib/x86_64-linux-gnu/libc.so.6|----|0|0|214|4096|0=214");
        QTest::addRow("KSM-merged, mapmax") << v618 << quint64(0x7fb693a00000) << QStringLiteral("default||----|1024|1024|1024|4096|0=1024");
        QTest::addRow("6.18 huge page, one touched") << v618 << quint64(0x7fb693600000) << QStringLiteral("default|/anon_hugepage|D--G|1|1|1|2097152|0=1");
        const QByteArray line = "7f0000000000 prefer:1 stack:1234 anon=1 dirty=1 N1=1 kernelpagesize_kB=4\n";
        QTest::addRow("before 4.5: a thread's stack") << line << quint64(0x7f0000000000) << QStringLiteral("prefer:1||--S-|1|1|1|4096|1=1");
        QTest::addRow("a flag from a later kernel") << QByteArrayLiteral("1000 default shiny anon=1 dirty=1 N0=1 newcount=7 kernelpagesize_kB=4")
                                                    << quint64(0x1000) << QStringLiteral("default||----|1|1|1|4096|0=1");
    }
    void mapping()
    {
        QFETCH(QByteArray, text);
        QFETCH(quint64, start);
        QFETCH(QString, mapping);
        const auto maps = parseNumaMaps(text);
        QVERIFY2(maps.ok(), qPrintable(maps.error));
        QCOMPARE(find(maps.value, start), mapping);
    }

    void malformed_data()
    {
        // Each row damages the probe's numa_maps on two nodes; line 14 is the local 8 MiB.
        const QByteArray real = Fixtures::file("linux-6.1-numa", "proc/111/numa_maps");
        const QByteArray local = "7f6a20c07000 default anon=2048 dirty=2048 active=0 N1=2048 kernelpagesize_kB=4";
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("mappings");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("nodeBytes");
        const QString whole = QStringLiteral("0:5242880,1:17489920");
        const QString withoutLocal = QStringLiteral("0:5242880,1:9101312");
        const QString cutAtLocal = QStringLiteral("0:5242880,1:9089024"); // the stack after it is gone too
        QTest::addRow("empty") << QByteArray() << 0 << QString() << QString();
        QTest::addRow("truncated before the page size")
            << real.left(real.indexOf(local) + local.indexOf(" kernelpagesize")) << 13 << QStringLiteral("line 14:") << cutAtLocal;
        QTest::addRow("truncated inside the page size") << real.left(real.indexOf(local) + local.size() - 1) << 13 << QStringLiteral("line 14:") << cutAtLocal;
        QTest::addRow("truncated inside 2048, to 2") << Fixtures::replaced(real, "kernelpagesize_kB=2048", "kernelpagesize_kB=2") << 16
                                                     << QStringLiteral("line 11:") << QStringLiteral("0:5242880,1:13295616");
        QTest::addRow("garbage line, NUL and 0xff") << Fixtures::replaced(real, local, QByteArray(QByteArrayLiteral("\xff\0garbage\n") + local)) << 17
                                                    << QStringLiteral("line 14:") << whole;
        QTest::addRow("node twice") << Fixtures::replaced(real, "N1=2048", "N1=2048 N1=2048") << 16 << QStringLiteral("line 14:") << withoutLocal;
        QTest::addRow("node number 1024") << Fixtures::replaced(real, "N1=2048", "N1024=2048") << 16 << QStringLiteral("line 14:") << withoutLocal;
        QTest::addRow("negative count") << Fixtures::replaced(real, "N1=2048", "N1=-2048") << 16 << QStringLiteral("line 14:") << withoutLocal;
        QTest::addRow("20-digit count") << Fixtures::replaced(real, "N1=2048", "N1=99999999999999999999") << 16 << QStringLiteral("line 14:") << withoutLocal;
        QTest::addRow("bytes overflow") << Fixtures::replaced(real, "N1=2048", "N1=9223372036854775807") << 16
                                        << QStringLiteral("line 14: mapping 7f6a20c07000") << withoutLocal;
        // Node 1 then holds 4095 bytes short of INT64_MAX, and the stack's 12288 do not fit.
        QTest::addRow("sum overflow") << Fixtures::replaced(real, "N1=2048", "N1=2251799813683028") << 16 << QStringLiteral("line 15:")
                                      << QStringLiteral("0:5242880,1:9223372036854771712");
        QTest::addRow("page size not a power of two") << Fixtures::replaced(real, "N1=2048 kernelpagesize_kB=4", "N1=2048 kernelpagesize_kB=12") << 16
                                                      << QStringLiteral("line 14:") << withoutLocal;
        QTest::addRow("address not hex") << Fixtures::replaced(real, "7f6a20c07000", "7f6a20c0700g") << 16 << QStringLiteral("line 14:") << withoutLocal;
        QTest::addRow("duplicated line") << Fixtures::replaced(real, local, QByteArray(local + '\n' + local)) << 17
                                         << QStringLiteral("line 15: mapping 7f6a20c07000 is not above") << whole;
        QTest::addRow("no policy") << QByteArrayLiteral("1000\n") << 0 << QStringLiteral("line 1:") << QString();
        QTest::addRow("no final newline") << real.chopped(1) << 17 << QString() << whole;
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, mappings);
        QFETCH(QString, error);
        QFETCH(QString, nodeBytes);
        const auto maps = parseNumaMaps(text);
        QCOMPARE(maps.value.mappings.size(), mappings);
        QCOMPARE(maps.ok(), error.isEmpty());
        QVERIFY2(maps.error.startsWith(error), qPrintable(maps.error));
        QCOMPARE(describe(maps.value.nodeBytes), nodeBytes);
    }
};

QTEST_GUILESS_MAIN(TestNumaMapsParser)
#include "tst_numamapsparser.moc"
