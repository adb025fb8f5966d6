// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "read/numareader.h"
#include "support/fixtures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

// NUMA nodes on a captured two-node VM and on a one-node machine, and on damaged copies of them:
// a node that cannot be read loses its own figures, with the reason, and nothing else. Also the
// numastat rates between two samples and one process's memory per node.
class TestNumaReader : public QObject
{
    Q_OBJECT

    static const QString &nodePath()
    {
        static const QString path = QStringLiteral("/sys/devices/system/node/");
        return path;
    }
    static QByteArray readFile(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    static bool writeFile(const QString &path, const QByteArray &text)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
    }
    static qint64 kib(qint64 kibibytes)
    {
        return kibibytes * 1024;
    }
    static std::optional<qint64> field(const NumaNode &node, QByteArrayView name)
    {
        return node.meminfo.value ? node.meminfo.value->value(name) : std::nullopt;
    }
    static std::optional<qint64> counter(const NumaNode &node, QByteArrayView name)
    {
        return node.numastat.value ? node.numastat.value->value(name) : std::nullopt;
    }

private Q_SLOTS:
    void twoNodes()
    {
        const auto nodes = NumaReader(SysRoot(Fixtures::tree("linux-6.1-numa"))).read();
        QVERIFY(nodes.available());
        QCOMPARE(nodes.value->size(), 2);
        const NumaNode &first = nodes.value->at(0), &second = nodes.value->at(1);
        QCOMPARE(first.id, 0);
        QCOMPARE(second.id, 1);
        QCOMPARE(field(first, "MemTotal"), kib(514636));
        QCOMPARE(field(first, "MemFree"), kib(480336));
        QCOMPARE(field(first, "FilePages"), kib(0));
        QCOMPARE(field(first, "AnonPages"), kib(5224));
        QCOMPARE(field(second, "MemTotal"), kib(470196));
        QCOMPARE(field(second, "FilePages"), kib(6260));
        QCOMPARE(field(second, "AnonPages"), kib(9292));
        QCOMPARE(field(second, "HugePages_Total"), 2); // a count, not bytes
        QCOMPARE(counter(first, "numa_hit"), 5040);
        QCOMPARE(counter(first, "interleave_hit"), 525);
        QCOMPARE(counter(first, "other_node"), 1527);
        QCOMPARE(counter(second, "local_node"), 6235);
        QCOMPARE(counter(second, "numa_foreign"), 0);
        QVERIFY(first.numastatRates.isEmpty());
        // The nodes add up to /proc/meminfo's MemTotal on this VM.
        const SystemSnapshot system = Fixtures::system("linux-6.1-numa");
        QCOMPARE(system.numaNodes, nodes);
        QCOMPARE(memoryOutsideNodes(system.meminfo, system.numaNodes).value, 0);
    }

    void oneNode()
    {
        const SystemSnapshot system = Fixtures::system("linux-6.18-kernelmem");
        QVERIFY(system.numaNodes.available());
        QCOMPARE(system.numaNodes.value->size(), 1);
        const NumaNode &node = system.numaNodes.value->constFirst();
        QCOMPARE(node.id, 0);
        QCOMPARE(field(node, "MemTotal"), kib(8743116));
        QCOMPARE(counter(node, "numa_hit"), 759143314);
        QCOMPARE(node.numastat.value->list().size(), 6);
        // This machine's node holds about a third of what /proc/meminfo counts, as captured.
        QCOMPARE(memoryOutsideNodes(system.meminfo, system.numaNodes).value, kib(24684084 - 8743116));
    }

    void noNumaSupport()
    {
        // linux-6.18 was captured without the node directory, as a kernel without CONFIG_NUMA has none.
        const SystemSnapshot system = Fixtures::system("linux-6.18");
        QVERIFY(!system.numaNodes.available());
        QVERIFY(system.numaNodes.unavailableReason.contains(QStringLiteral("no NUMA support")));
        const auto outside = memoryOutsideNodes(system.meminfo, system.numaNodes);
        QVERIFY(!outside.available());
        QCOMPARE(outside.unavailableReason, system.numaNodes.unavailableReason);
    }

    void damagedNode_data()
    {
        QTest::addColumn<QString>("file"); // under node0/ of a copy of linux-6.1-numa
        QTest::addColumn<QByteArray>("text"); // its new content; empty: the file is removed
        QTest::addColumn<QString>("reason");
        const QByteArray meminfo = Fixtures::file("linux-6.1-numa", "sys/devices/system/node/node0/meminfo");
        const QByteArray node1 = Fixtures::file("linux-6.1-numa", "sys/devices/system/node/node1/meminfo");
        QTest::addRow("meminfo missing") << QStringLiteral("meminfo") << QByteArray() << QStringLiteral("node0/meminfo does not exist");
        QTest::addRow("meminfo cut mid-line") << QStringLiteral("meminfo") << meminfo.left(meminfo.indexOf("AnonPages") + 20)
                                              << QStringLiteral("the last line is cut short");
        QTest::addRow("meminfo empty") << QStringLiteral("meminfo") << QByteArrayLiteral("\n") << QStringLiteral("no \"Node N\" lines");
        QTest::addRow("meminfo of another node") << QStringLiteral("meminfo") << node1 << QStringLiteral("its lines are for node 1");
        QTest::addRow("meminfo with a garbage line") << QStringLiteral("meminfo")
                                                     << Fixtures::replaced(meminfo, "Node 0 Dirty", "Node 0 \xff\x01\nNode 0 Dirty")
                                                     << QStringLiteral("node0/meminfo is malformed");
        const QByteArray numastat = Fixtures::file("linux-6.1-numa", "sys/devices/system/node/node0/numastat");
        QTest::addRow("numastat missing") << QStringLiteral("numastat") << QByteArray() << QStringLiteral("node0/numastat does not exist");
        QTest::addRow("numastat cut mid-line") << QStringLiteral("numastat") << numastat.left(numastat.indexOf("local_node") + 12)
                                               << QStringLiteral("the last line is cut short");
    }
    void damagedNode()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.1-numa", dir));
        const QString path = dir.path() + nodePath() + QStringLiteral("node0/") + file;
        QVERIFY(text.isEmpty() ? QFile::remove(path) : writeFile(path, text));

        const SystemSnapshot intact = Fixtures::system("linux-6.1-numa");
        const SystemSnapshot system = SystemSampler(SysRoot(dir.path())).sample();
        QVERIFY(system.numaNodes.available());
        QCOMPARE(system.numaNodes.value->size(), 2);
        const NumaNode &damaged = system.numaNodes.value->at(0);
        const Reading<NamedValues> &lost = file == u"meminfo" ? damaged.meminfo : damaged.numastat;
        const Reading<NamedValues> &kept = file == u"meminfo" ? damaged.numastat : damaged.meminfo;
        QVERIFY(!lost.available());
        QVERIFY2(lost.unavailableReason.contains(reason), qPrintable(lost.unavailableReason));
        QCOMPARE(kept, file == u"meminfo" ? intact.numaNodes.value->at(0).numastat : intact.numaNodes.value->at(0).meminfo);
        QCOMPARE(system.numaNodes.value->at(1), intact.numaNodes.value->at(1));
        // The difference needs every node's MemTotal: without it, a reason rather than a wrong number.
        const auto outside = memoryOutsideNodes(system.meminfo, system.numaNodes);
        QCOMPARE(outside.available(), file != u"meminfo");
        if (!outside.available())
            QVERIFY2(outside.unavailableReason.startsWith(QStringLiteral("node 0's size is unknown: ")), qPrintable(outside.unavailableReason));
    }

    void sparseNodeIds()
    {
        // Node 1 taken offline and a node 10 in its place: ids in number order, gaps kept.
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.1-numa", dir));
        const QString nodes = dir.path() + nodePath();
        QVERIFY(QDir(nodes).rename(QStringLiteral("node1"), QStringLiteral("node10")));
        const QByteArray meminfo = readFile(nodes + QStringLiteral("node10/meminfo"));
        QVERIFY(writeFile(nodes + QStringLiteral("node10/meminfo"), QByteArray(meminfo).replace("Node 1 ", "Node 10 ")));
        QVERIFY(QDir(nodes).mkdir(QStringLiteral("node2x"))); // not a node's name
        const auto read = NumaReader(SysRoot(dir.path())).read();
        QCOMPARE(read.value->size(), 2);
        QCOMPARE(read.value->at(0).id, 0);
        QCOMPARE(read.value->at(1).id, 10);
        QCOMPARE(field(read.value->at(1), "MemTotal"), kib(470196));
    }

    void outsideNodesNeedsMeminfo()
    {
        const SystemSnapshot system = Fixtures::system("linux-6.1-numa");
        const auto withoutMeminfo = memoryOutsideNodes(Reading<NamedValues>::missing(QStringLiteral("gone")), system.numaNodes);
        QCOMPARE(withoutMeminfo.unavailableReason, QStringLiteral("gone"));
        const auto withoutTotal = memoryOutsideNodes(Reading<NamedValues>{NamedValues(), {}, {}}, system.numaNodes);
        QCOMPARE(withoutTotal.unavailableReason, QStringLiteral("/proc/meminfo has no MemTotal"));
    }

    void numastatRates()
    {
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.1-numa", dir));
        const QString numastat = dir.path() + nodePath() + QStringLiteral("node1/numastat");
        SystemSampler sampler{SysRoot(dir.path())};
        QElapsedTimer between;
        between.start();
        const SystemSnapshot first = sampler.sample();
        QVERIFY(first.numaNodes.value->at(1).numastatRates.isEmpty());
        QVERIFY(writeFile(numastat, Fixtures::replaced(readFile(numastat), "numa_hit 6809", "numa_hit 7809")));
        QTest::qSleep(100);
        const SystemSnapshot second = sampler.sample();
        const double seconds = double(between.nsecsElapsed()) / 1e9;

        const QList<CounterRate> &rates = second.numaNodes.value->at(1).numastatRates;
        QCOMPARE(rates.size(), 6);
        QCOMPARE(rates.at(0).name, QByteArray("numa_hit"));
        // 1000 pages over at least the 100 ms slept and at most the time both samples took.
        QVERIFY2(rates.at(0).perSecond >= 1000 / seconds && rates.at(0).perSecond <= 1000 / 0.1, qPrintable(QString::number(rates.at(0).perSecond)));
        QCOMPARE(rates.at(1).perSecond, 0.0);
        QCOMPARE(second.numaNodes.value->at(0).numastatRates.size(), 6);

        // A node whose numastat cannot be read has no rates, then none against its last good one.
        QVERIFY(QFile::remove(numastat));
        QVERIFY(sampler.sample().numaNodes.value->at(1).numastatRates.isEmpty());
        QVERIFY(writeFile(numastat, Fixtures::file("linux-6.1-numa", "sys/devices/system/node/node1/numastat")));
        QVERIFY(sampler.sample().numaNodes.value->at(1).numastatRates.isEmpty());
        QCOMPARE(sampler.sample().numaNodes.value->at(1).numastatRates.size(), 6);
    }

    void processResidency_data()
    {
        QTest::addColumn<QString>("tree");
        QTest::addColumn<qint64>("pid");
        QTest::addColumn<QList<NodeAmount>>("nodeBytes");
        // The probe: bind:0 (512 pages) and interleave (768 on node 0, 256 on node 1); everything
        // else on node 1, where it ran, two of it 2 MiB huge pages.
        QTest::addRow("6.1, the probe on two nodes") << QStringLiteral("linux-6.1-numa") << qint64(111)
                                                     << QList<NodeAmount>{
                                                            {0, (512 + 768) * 4096},
                                                            {1, (1 + 122 + 37 + 4 + 3 + 2 + 2 + 4 * 256 + 2048 + 3) * qint64(4096) + 2 * 2048 * 1024}};
        QTest::addRow("6.1, init") << QStringLiteral("linux-6.1-numa") << qint64(1) << QList<NodeAmount>{{0, 23 * 4096}, {1, 416 * 4096}};
        // 2137 pages of 4 KiB and one 2 MiB huge page, all on the one node.
        QTest::addRow("6.18, one node") << QStringLiteral("linux-6.18-kernelmem") << qint64(21739) << QList<NodeAmount>{{0, 2137 * qint64(4096) + 2048 * 1024}};
    }
    void processResidency()
    {
        QFETCH(QString, tree);
        QFETCH(qint64, pid);
        QFETCH(QList<NodeAmount>, nodeBytes);
        const SysRoot root(Fixtures::tree(qPrintable(tree)));
        ProcessSampler sampler(root);
        const auto stat = ProcessReader(root).readStat(pid);
        QVERIFY(stat);
        const ProcessKey key{pid, stat->startTime};
        const NumaResidency residency = sampler.sampleNumaResidency(key);
        QCOMPARE(residency.process, key);
        QVERIFY(residency.sampledAtMs > 0);
        QVERIFY2(residency.nodeBytes.available(), qPrintable(residency.nodeBytes.unavailableReason));
        QVERIFY(residency.nodeBytes.problem.isEmpty());
        QCOMPARE(*residency.nodeBytes.value, nodeBytes);
    }

    void residencyOfAnEndedProcess()
    {
        const SysRoot root(Fixtures::tree("linux-6.1-numa"));
        ProcessSampler sampler(root);
        const auto stat = ProcessReader(root).readStat(111);
        // The pid now belongs to another process (a later start), and a pid that is gone.
        for (const ProcessKey &key : {ProcessKey{111, stat->startTime + 1}, ProcessKey{4242, 1}}) {
            const NumaResidency residency = sampler.sampleNumaResidency(key);
            QVERIFY(!residency.nodeBytes.available());
            QCOMPARE(residency.nodeBytes.unavailableReason, QStringLiteral("process %1 has ended").arg(key.pid));
        }
        // A kernel without NUMA support has no numa_maps.
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.1-numa", dir));
        QVERIFY(QFile::remove(dir.path() + QStringLiteral("/proc/111/numa_maps")));
        const NumaResidency without = ProcessSampler(SysRoot(dir.path())).sampleNumaResidency({111, stat->startTime});
        QVERIFY(without.nodeBytes.unavailableReason.contains(QStringLiteral("/proc/111/numa_maps does not exist")));
    }

    void residencyFromADamagedFile()
    {
        // A line not understood is left out of the sums, and said so.
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.1-numa", dir));
        const QString path = dir.path() + QStringLiteral("/proc/111/numa_maps");
        QVERIFY(writeFile(path, Fixtures::replaced(readFile(path), "N0=512", "N0=x")));
        const SysRoot root(dir.path());
        const auto stat = ProcessReader(root).readStat(111);
        const NumaResidency residency = ProcessSampler(root).sampleNumaResidency({111, stat->startTime});
        QVERIFY(residency.nodeBytes.problem.contains(QStringLiteral("/proc/111/numa_maps is malformed")));
        QCOMPARE(residency.nodeBytes.value->constFirst().amount, 768 * 4096);
    }
};

QTEST_GUILESS_MAIN(TestNumaReader)
#include "tst_numareader.moc"
