// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/slabinfoparser.h"
#include "parsetest.h"
#include "read/slabreclaimreader.h"

#include <QTest>

// /proc/slabinfo 2.1 from 6.18 and 6.1 (SLUB), 2.0 as 2.6.0 to 2.6.9 wrote it, and damaged copies
// of the 6.18 one; and reclaim_account from 6.18's SLUB sysfs, which slabinfo lacks.
class TestSlabinfoParser : public QObject
{
    Q_OBJECT

    static constexpr qint64 page = 4096;
    static constexpr int all = 235; // caches in the 6.18 capture

    // "name|active|objects|size|per slab|pages per slab|active slabs|slabs|total bytes"
    static QString describe(const SlabCache &cache)
    {
        QString row = QString::fromLatin1(cache.name);
        for (const qint64 number :
             {cache.activeObjects, cache.objects, cache.objectSize, cache.objectsPerSlab, cache.pagesPerSlab, cache.activeSlabs, cache.slabs, cache.totalBytes})
            row += u'|' + QString::number(number);
        return row;
    }
    static QString find(const SlabInfo &info, QByteArrayView name)
    {
        for (const SlabCache &cache : info.caches) {
            if (cache.name == name)
                return describe(cache);
        }
        return QString();
    }

    // Version 2.0 as mm/slab.c of 2.6.0 to 2.6.9 printed it (seq_printf "%-17s %6lu %6lu %6u %4u
    // %4d : tunables %4u %4u %4u : slabdata %6lu %6lu %6u"; its header names batchcount before
    // limit). No such kernel was at hand to capture; the figures are made up, the layout is the
    // kernel's. The second block is a STATS kernel's, with globalstat and cpustat sections.
    static QByteArray version20()
    {
        return QByteArrayLiteral(
            "slabinfo - version: 2.0\n"
            "# name            <active_objs> <num_objs> <objsize> <objperslab> <pagesperslab> : tunables <batchcount> <limit> <sharedfactor> : "
            "slabdata <active_slabs> <num_slabs> <sharedavail>\n"
            "dentry_cache        9812  10150    160   25    1 : tunables  120   60    0 : slabdata    406    406      0\n"
            "size-4096             38     38   4096    1    1 : tunables   24   12    0 : slabdata     38     38      0\n");
    }
    static QByteArray version20statistics()
    {
        return QByteArrayLiteral(
            "slabinfo - version: 2.0 (statistics)\n"
            "# name            <active_objs> <num_objs> <objsize> <objperslab> <pagesperslab> : tunables <batchcount> <limit> <sharedfactor> : "
            "slabdata <active_slabs> <num_slabs> <sharedavail> : globalstat <listallocs> <maxobjs> <grown> <reaped> <error> <maxfreeable> "
            "<freelimit> : cpustat <allochit> <allocmiss> <freehit> <freemiss>\n"
            "dentry_cache        9812  10150    160   25    1 : tunables  120   60    0 : slabdata    406    406      0 : globalstat   12345  10150   "
            "406    0    0    0  180 : cpustat  55000   4000  52000    300\n");
    }

private Q_SLOTS:
    void captures_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<int>("caches");
        QTest::addRow("6.18") << Fixtures::file("linux-6.18-kernelmem", "proc/slabinfo") << QByteArrayLiteral("2.1") << all;
        QTest::addRow("6.1, two nodes") << Fixtures::file("linux-6.1-numa", "proc/slabinfo") << QByteArrayLiteral("2.1") << 146;
        QTest::addRow("2.0") << version20() << QByteArrayLiteral("2.0") << 2;
        QTest::addRow("2.0 with statistics") << version20statistics() << QByteArrayLiteral("2.0") << 1;
    }
    void captures()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, version);
        QFETCH(int, caches);
        const auto slabinfo = parseSlabinfo(text, page);
        QVERIFY2(slabinfo.ok(), qPrintable(slabinfo.error));
        QCOMPARE(slabinfo.value.version, version);
        QCOMPARE(slabinfo.value.caches.size(), caches);
    }

    void cache_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QString>("cache");
        const QByteArray v618 = Fixtures::file("linux-6.18-kernelmem", "proc/slabinfo");
        const QByteArray v61 = Fixtures::file("linux-6.1-numa", "proc/slabinfo");
        // Total bytes are slabs × pages per slab × 4096, as slabtop's CACHE SIZE.
        QTest::addRow("6.18 dentry") << v618 << QByteArrayLiteral("dentry") << QStringLiteral("dentry|189292|189420|192|21|1|9020|9020|36945920");
        QTest::addRow("6.18 TCPv6, 8 pages a slab") << v618 << QByteArrayLiteral("TCPv6") << QStringLiteral("TCPv6|13|13|2496|13|8|1|1|32768");
        QTest::addRow("6.18 kmalloc-8k") << v618 << QByteArrayLiteral("kmalloc-8k") << QStringLiteral("kmalloc-8k|44|44|8192|4|8|11|11|360448");
        QTest::addRow("6.18 kmalloc-64, free objects")
            << v618 << QByteArrayLiteral("kmalloc-64") << QStringLiteral("kmalloc-64|2264|2944|64|64|1|46|46|188416");
        QTest::addRow("6.18 empty cache") << v618 << QByteArrayLiteral("btrfs_delayed_node") << QStringLiteral("btrfs_delayed_node|0|0|312|13|1|0|0|0");
        QTest::addRow("6.1 inode_cache") << v61 << QByteArrayLiteral("inode_cache") << QStringLiteral("inode_cache|10068|10068|640|12|2|839|839|6873088");
        QTest::addRow("6.1 task_struct") << v61 << QByteArrayLiteral("task_struct") << QStringLiteral("task_struct|69|75|6208|5|8|15|15|491520");
        QTest::addRow("2.0 dentry_cache") << version20() << QByteArrayLiteral("dentry_cache")
                                          << QStringLiteral("dentry_cache|9812|10150|160|25|1|406|406|1662976");
        QTest::addRow("2.0 size-4096") << version20() << QByteArrayLiteral("size-4096") << QStringLiteral("size-4096|38|38|4096|1|1|38|38|155648");
        QTest::addRow("2.0 statistics") << version20statistics() << QByteArrayLiteral("dentry_cache")
                                        << QStringLiteral("dentry_cache|9812|10150|160|25|1|406|406|1662976");
    }
    void cache()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, name);
        QFETCH(QString, cache);
        const auto slabinfo = parseSlabinfo(text, page);
        QVERIFY2(slabinfo.ok(), qPrintable(slabinfo.error));
        QCOMPARE(find(slabinfo.value, name), cache);
    }

    void pageSize()
    {
        // A 64 KiB page kernel (arm64, ppc64) takes sixteen times the memory for the same slabs.
        const auto slabinfo = parseSlabinfo(Fixtures::file("linux-6.18-kernelmem", "proc/slabinfo"), 65536);
        QCOMPARE(find(slabinfo.value, "TCPv6"), QStringLiteral("TCPv6|13|13|2496|13|8|1|1|524288"));
        QVERIFY(!parseSlabinfo(version20(), 0).ok());
        QVERIFY(parseSlabinfo(version20(), 0).value.caches.isEmpty());
    }

    void malformed_data()
    {
        // Each row damages the real 6.18 file: the version on line 1, the header on line 2,
        // btrfs_delayed_node on line 3, TCPv6 on line 20, dentry on line 155, kmalloc-64 on 230.
        const QByteArray real = Fixtures::file("linux-6.18-kernelmem", "proc/slabinfo");
        const QString dentry = QStringLiteral("dentry|189292|189420|192|21|1|9020|9020|36945920");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("caches");
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("dentry"); // empty: absent
        QTest::addRow("empty") << QByteArray() << 0 << QStringLiteral("no \"slabinfo - version\" line") << QString();
        QTest::addRow("version line only") << real.left(real.indexOf('\n') + 1) << 0 << QString() << QString();
        QTest::addRow("version 1.1, refused") << Fixtures::replaced(real, "version: 2.1", "version: 1.1") << 0
                                              << QStringLiteral("line 1: slabinfo version \"1.1\"") << QString();
        QTest::addRow("version 3.0, refused") << Fixtures::replaced(real, "version: 2.1", "version: 3.0") << 0
                                              << QStringLiteral("line 1: slabinfo version \"3.0\"") << QString();
        QTest::addRow("no version line") << real.mid(real.indexOf('\n') + 1) << 0 << QStringLiteral("line 1: expected") << QString();
        QTest::addRow("truncated inside dentry") << real.left(real.indexOf("189420")) << 152 << QStringLiteral("line 155:") << QString();
        QTest::addRow("truncated after slabdata") << real.left(real.indexOf("slabdata", real.indexOf("dentry ")) + 8) << 152 << QStringLiteral("line 155:")
                                                  << QString();
        QTest::addRow("garbage line, NUL and 0xff") << Fixtures::replaced(real, "\ndentry ", QByteArrayLiteral("\n\xff\0garbage\ndentry ")) << all
                                                    << QStringLiteral("line 155:") << dentry;
        QTest::addRow("duplicated dentry, first kept")
            << Fixtures::replaced(real, "\nTCPv6 ", "\ndentry 1 1 192 21 1 : tunables 0 0 0 : slabdata 1 1 0\nTCPv6 ") << all
            << QStringLiteral("line 156: cache \"dentry\" appears twice") << QStringLiteral("dentry|1|1|192|21|1|1|1|4096");
        QTest::addRow("20-digit object count") << Fixtures::replaced(real, "189292", "99999999999999999999") << all - 1 << QStringLiteral("line 155:")
                                               << QString();
        QTest::addRow("slabs overflow in bytes") << Fixtures::replaced(real, "9020   9020", "9020   9007199254740992") << all - 1 << QStringLiteral("line 155:")
                                                 << QString();
        QTest::addRow("negative slabs") << Fixtures::replaced(real, "9020   9020", "9020   -1") << all - 1 << QStringLiteral("line 155:") << QString();
        QTest::addRow("missing slabdata") << Fixtures::replaced(real, "slabdata   9020   9020      0", "") << all - 1 << QStringLiteral("line 155:")
                                          << QString();
        QTest::addRow("missing a column") << Fixtures::replaced(real, "189420    192", "189420") << all - 1 << QStringLiteral("line 155:") << QString();
        QTest::addRow("extra column") << Fixtures::replaced(real, "9020   9020      0", "9020   9020      0 7") << all - 1 << QStringLiteral("line 155:")
                                      << QString();
        QTest::addRow("no final newline") << real.chopped(1) << all << QString() << dentry;
        QTest::addRow("blank line between") << Fixtures::replaced(real, "\ndentry ", "\n\ndentry ") << all << QString() << dentry;
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, caches);
        QFETCH(QString, error);
        QFETCH(QString, dentry);
        const auto slabinfo = parseSlabinfo(text, page);
        QCOMPARE(slabinfo.value.caches.size(), caches);
        QCOMPARE(slabinfo.ok(), error.isEmpty());
        QVERIFY2(slabinfo.error.startsWith(error), qPrintable(slabinfo.error));
        QCOMPARE(find(slabinfo.value, "dentry"), dentry);
        // The lines on both sides of a bad one keep their real values.
        if (caches >= all - 1) {
            QCOMPARE(find(slabinfo.value, "TCPv6"), QStringLiteral("TCPv6|13|13|2496|13|8|1|1|32768"));
            QCOMPARE(find(slabinfo.value, "kmalloc-64"), QStringLiteral("kmalloc-64|2264|2944|64|64|1|46|46|188416"));
        }
    }

    // reclaim_account is kept beside slabinfo only where SLUB's sysfs exists; 6.1-numa has none.
    void reclaimable_data()
    {
        QTest::addColumn<QString>("tree");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<int>("reclaimable"); // -1: no answer
        const QString v618 = Fixtures::tree("linux-6.18-kernelmem");
        QTest::addRow("dentry") << v618 << QByteArrayLiteral("dentry") << 1;
        QTest::addRow("inode_cache") << v618 << QByteArrayLiteral("inode_cache") << 1;
        QTest::addRow("kmalloc-rcl-64") << v618 << QByteArrayLiteral("kmalloc-rcl-64") << 1;
        QTest::addRow("kmalloc-64") << v618 << QByteArrayLiteral("kmalloc-64") << 0;
        QTest::addRow("TCPv6") << v618 << QByteArrayLiteral("TCPv6") << 0;
        QTest::addRow("not a cache") << v618 << QByteArrayLiteral("no_such_cache") << -1;
        QTest::addRow("out of the directory") << v618 << QByteArrayLiteral("..") << -1;
        QTest::addRow("a path") << v618 << QByteArrayLiteral("../slab/dentry") << -1;
        QTest::addRow("6.1, no SLUB sysfs captured") << Fixtures::tree("linux-6.1-numa") << QByteArrayLiteral("dentry") << -1;
    }
    void reclaimable()
    {
        QFETCH(QString, tree);
        QFETCH(QByteArray, name);
        QFETCH(int, reclaimable);
        FileReader reader;
        const Reading<bool> reading = readSlabReclaimable(reader, SysRoot(tree), name);
        QCOMPARE(reading.available(), reclaimable >= 0);
        QCOMPARE(reading.unavailableReason.isEmpty(), reclaimable >= 0);
        if (reclaimable >= 0)
            QCOMPARE(*reading.value, reclaimable == 1);
    }

    void everyCaptureHasAnAnswer()
    {
        // The capture kept reclaim_account for every cache slabinfo names.
        const auto slabinfo = parseSlabinfo(Fixtures::file("linux-6.18-kernelmem", "proc/slabinfo"), page);
        FileReader reader;
        int reclaimable = 0;
        for (const SlabCache &cache : slabinfo.value.caches) {
            const Reading<bool> reading = readSlabReclaimable(reader, SysRoot(Fixtures::tree("linux-6.18-kernelmem")), cache.name);
            QVERIFY2(reading.available(), cache.name.constData());
            reclaimable += *reading.value ? 1 : 0;
        }
        QCOMPARE(reclaimable, 52);
    }
};

QTEST_GUILESS_MAIN(TestSlabinfoParser)
#include "tst_slabinfoparser.moc"
