// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/snapshotreport.h"
#include "support/fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// The report of `memlens --snapshot` on the captured tree: its figures are the snapshot's,
// unavailable values are null (JSON), '-' (table) or empty (CSV), never 0.
class TestSnapshotReport : public QObject
{
    Q_OBJECT

    SystemSnapshot m_system;
    ProcessSnapshot m_processes;

    QJsonObject json(SnapshotReport::SortKey key = SnapshotReport::SortKey::Pss) const
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(SnapshotReport(m_system, m_processes, key).render(SnapshotReport::Format::Json), &error);
        [&] {
            QCOMPARE(error.error, QJsonParseError::NoError);
        }();
        return document.object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_system = Fixtures::system();
        m_processes = Fixtures::processes();
    }

    void namesParse()
    {
        QCOMPARE(SnapshotReport::formatFromName(u"json"), SnapshotReport::Format::Json);
        QCOMPARE(SnapshotReport::sortKeyFromName(u"swap"), SnapshotReport::SortKey::Swap);
        QVERIFY(!SnapshotReport::formatFromName(u"xml"));
        QVERIFY(!SnapshotReport::sortKeyFromName(u"PSS "));
    }

    void jsonSystemIsMeminfoInBytes()
    {
        const QJsonObject system = json().value(QStringLiteral("system")).toObject();
        for (const NamedValue &field : m_system.meminfo.value->list())
            QCOMPARE(system.value(QString::fromLatin1(field.name)).toInteger(), field.value);
        QVERIFY(system.value(QStringLiteral("vmstat")).toObject().contains(QStringLiteral("pswpin")));
        QCOMPARE(system.value(QStringLiteral("transparentHugepage"))
                     .toObject()
                     .value(QStringLiteral("enabled"))
                     .toObject()
                     .value(QStringLiteral("selected"))
                     .toString(),
                 QStringLiteral("madvise"));
        QVERIFY(system.value(QStringLiteral("vm")).toObject().value(QStringLiteral("swappiness")).isDouble());
    }

    // The kernel-memory, huge page, KSM, dirty and overcommit figures of a capture that has all
    // their inputs, and of one that has not: null with a reason there, never 0.
    void jsonKernelFigures()
    {
        const SystemSnapshot complete = Fixtures::system("linux-6.18-dirty");
        const QJsonObject system =
            QJsonDocument::fromJson(SnapshotReport(complete, ProcessSnapshot(), SnapshotReport::SortKey::Pss).render(SnapshotReport::Format::Json))
                .object()
                .value(QStringLiteral("system"))
                .toObject();
        const auto kib = [](qint64 kibibytes) {
            return kibibytes * 1024;
        };

        const QJsonObject kernel = system.value(QStringLiteral("kernelMemory")).toObject();
        QCOMPARE(kernel.value(QStringLiteral("SecPageTables")).toInteger(-1), 0);
        QCOMPARE(kernel.value(QStringLiteral("VmallocUsed")).toInteger(), kib(22668));
        QCOMPARE(kernel.value(QStringLiteral("Percpu")).toInteger(), kib(784));
        QCOMPARE(kernel.value(QStringLiteral("Slab")).toInteger(), *complete.meminfo.value->value("Slab"));
        // This kernel is built without CONFIG_MEMORY_FAILURE: no such line, and no zero.
        QVERIFY(kernel.value(QStringLiteral("HardwareCorrupted")).isNull());
        QCOMPARE(kernel.value(QStringLiteral("unavailable")).toObject().value(QStringLiteral("HardwareCorrupted")).toString(),
                 QStringLiteral("/proc/meminfo has no HardwareCorrupted on this kernel"));

        const QJsonObject huge = system.value(QStringLiteral("hugePages")).toObject();
        QCOMPARE(huge.value(QStringLiteral("Hugetlb")).toInteger(), kib(4096));
        QCOMPARE(huge.value(QStringLiteral("transparent")).toObject().value(QStringLiteral("AnonHugePages")).toInteger(-1), 0);
        const QJsonArray pools = huge.value(QStringLiteral("pools")).toArray();
        QCOMPARE(pools.size(), 2);
        QCOMPARE(pools[0].toObject().value(QStringLiteral("pageSize")).toInteger(), kib(2048));
        QCOMPARE(pools[0].toObject().value(QStringLiteral("total")).toInteger(), 2);
        QCOMPARE(pools[0].toObject().value(QStringLiteral("reserved")).toInteger(-1), 0);
        QCOMPARE(pools[1].toObject().value(QStringLiteral("pageSize")).toInteger(), kib(1024 * 1024));

        const QJsonObject ksm = system.value(QStringLiteral("ksm")).toObject();
        // KSM stopped (run 0) keeps what it merged: 1020 mappings still share 4 pages.
        QCOMPARE(ksm.value(QStringLiteral("run")).toInteger(-1), 0);
        QCOMPARE(ksm.value(QStringLiteral("pages_sharing")).toInteger(), 1020);
        QCOMPARE(ksm.value(QStringLiteral("savedBytes")).toInteger(), 1020 * 4096);
        QVERIFY(ksm.contains(QStringLiteral("general_profit")));

        // The kernel's own thresholds, in vmstat, were read in the same instant.
        const QJsonObject dirty = system.value(QStringLiteral("dirty")).toObject();
        QCOMPARE(dirty.value(QStringLiteral("Dirty")).toInteger(), kib(93804));
        QCOMPARE(dirty.value(QStringLiteral("nr_dirtied")).toInteger(), 33696372);
        QCOMPARE(dirty.value(QStringLiteral("nr_written")).toInteger(), 25127525);
        QCOMPARE(dirty.value(QStringLiteral("throttleThreshold")).toInteger(), *complete.vmstat.value->value("nr_dirty_threshold") * 4096);
        QCOMPARE(dirty.value(QStringLiteral("backgroundThreshold")).toInteger(), *complete.vmstat.value->value("nr_dirty_background_threshold") * 4096);
        QCOMPARE(dirty.value(QStringLiteral("backgroundHalved")).toBool(true), false);
        QVERIFY(!dirty.contains(QStringLiteral("unavailable")));

        const QJsonObject overcommit = system.value(QStringLiteral("overcommit")).toObject();
        QCOMPARE(overcommit.value(QStringLiteral("mode")).toString(), QStringLiteral("heuristic"));
        QCOMPARE(overcommit.value(QStringLiteral("limit")).toInteger(), kib(12339992));
        QCOMPARE(overcommit.value(QStringLiteral("kernelLimit")).toInteger(), kib(12339992));
        QCOMPARE(overcommit.value(QStringLiteral("agreesWithKernel")).toBool(), true);
        QCOMPARE(overcommit.value(QStringLiteral("committed")).toInteger(), kib(1922200));
        QVERIFY(overcommit.value(QStringLiteral("headroom")).isNull());
        QVERIFY(overcommit.value(QStringLiteral("unavailable")).toObject().value(QStringLiteral("headroom")).toString().contains(QStringLiteral("strict")));

        // In strict mode, what others than root may still commit: the admin reserve is root's.
        SystemSnapshot strict = complete;
        for (VmTunable &tunable : strict.tunables) {
            if (tunable.name == "overcommit_memory")
                tunable.value.value = 2;
        }
        const QJsonObject strictOvercommit =
            QJsonDocument::fromJson(SnapshotReport(strict, ProcessSnapshot(), SnapshotReport::SortKey::Pss).render(SnapshotReport::Format::Json))
                .object()
                .value(QStringLiteral("system"))
                .toObject()
                .value(QStringLiteral("overcommit"))
                .toObject();
        QCOMPARE(strictOvercommit.value(QStringLiteral("mode")).toString(), QStringLiteral("strict"));
        QCOMPARE(strictOvercommit.value(QStringLiteral("headroom")).toInteger(), kib(12339992 - 8192 - 1922200));

        // linux-6.18 was captured before these figures: no pools, no KSM, no dirty_bytes or
        // overcommit_kbytes sysctl files.
        const QJsonObject older = json().value(QStringLiteral("system")).toObject();
        QVERIFY(older.value(QStringLiteral("hugePages")).toObject().value(QStringLiteral("pools")).isNull());
        QVERIFY(older.value(QStringLiteral("hugePages"))
                    .toObject()
                    .value(QStringLiteral("unavailable"))
                    .toObject()
                    .value(QStringLiteral("pools"))
                    .toString()
                    .contains(QStringLiteral("/sys/kernel/mm/hugepages does not exist")));
        QVERIFY(older.value(QStringLiteral("ksm")).toObject().value(QStringLiteral("unavailable")).toString().contains(QStringLiteral("no KSM")));
        const QJsonObject olderDirty = older.value(QStringLiteral("dirty")).toObject();
        QVERIFY(olderDirty.value(QStringLiteral("throttleThreshold")).isNull());
        QVERIFY(olderDirty.value(QStringLiteral("unavailable"))
                    .toObject()
                    .value(QStringLiteral("throttleThreshold"))
                    .toString()
                    .contains(QStringLiteral("dirty_bytes")));
        QCOMPARE(olderDirty.value(QStringLiteral("Dirty")).toInteger(), *m_system.meminfo.value->value("Dirty"));
        QVERIFY(
            older.value(QStringLiteral("overcommit")).toObject().value(QStringLiteral("unavailable")).toString().contains(QStringLiteral("overcommit_kbytes")));
    }

    // NUMA nodes and shared memory of the two-node capture, of the one-node capture whose node
    // holds a third of the memory, of a snapshot with a node and a column lost, and of a
    // capture without either: null with a reason there, never 0.
    void jsonNumaAndSharedMemory()
    {
        const auto systemOf = [](const SystemSnapshot &snapshot) {
            return QJsonDocument::fromJson(SnapshotReport(snapshot, ProcessSnapshot(), SnapshotReport::SortKey::Pss).render(SnapshotReport::Format::Json))
                .object()
                .value(QStringLiteral("system"))
                .toObject();
        };
        const auto object = [](const QJsonValue &value, const char *key) {
            return value.toObject().value(QLatin1StringView(key));
        };
        SystemSnapshot twoNodes = Fixtures::system("linux-6.1-numa");
        const QJsonObject numa = systemOf(twoNodes).value(QStringLiteral("numaNodes")).toObject();
        const QJsonArray nodes = numa.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), 2);
        QCOMPARE(object(nodes[1], "id").toInt(), 1);
        QCOMPARE(object(object(nodes[1], "meminfo"), "MemTotal").toInteger(), 470196 * 1024);
        QCOMPARE(object(object(nodes[1], "meminfo"), "FilePages").toInteger(), 6260 * 1024);
        QCOMPARE(object(object(nodes[0], "numastat"), "other_node").toInteger(), 1527);
        QCOMPARE(numa.value(QStringLiteral("memoryOutsideNodes")).toInteger(-1), 0);
        QVERIFY(!numa.contains(QStringLiteral("unavailable")));

        const QJsonObject shared = systemOf(twoNodes).value(QStringLiteral("sharedMemory")).toObject();
        const QJsonArray segments = shared.value(QStringLiteral("sysV")).toArray();
        QCOMPARE(segments.size(), 2);
        QCOMPARE(object(segments[0], "orphaned").toBool(true), false);
        QCOMPARE(object(segments[0], "rss").toInteger(), 1048576);
        QCOMPARE(object(segments[0], "attachments").toInteger(), 1);
        QCOMPARE(object(segments[1], "key").toInteger(), 1296387404);
        QCOMPARE(object(segments[1], "orphaned").toBool(), true);
        QCOMPARE(object(segments[1], "owner").toString(), QStringLiteral("0"));
        QCOMPARE(object(segments[1], "rss").toInteger(-1), 0);
        QCOMPARE(object(segments[1], "lastPid").toInteger(-1), 0);
        QVERIFY(shared.value(QStringLiteral("posix")).isNull());
        QVERIFY(object(shared.value(QStringLiteral("unavailable")), "posix").toString().startsWith(QStringLiteral("/dev/shm could not be listed")));
        QVERIFY(shared.value(QStringLiteral("tmpfs")).isNull());
        QVERIFY(object(shared.value(QStringLiteral("unavailable")), "tmpfs").toString().contains(QStringLiteral("/proc/self/mounts does not exist")));
        QVERIFY(!shared.contains(QStringLiteral("problems")));

        const QJsonObject oneNode = systemOf(Fixtures::system("linux-6.18-kernelmem"));
        QCOMPARE(object(oneNode.value(QStringLiteral("numaNodes")), "nodes").toArray().size(), 1);
        QCOMPARE(object(oneNode.value(QStringLiteral("numaNodes")), "memoryOutsideNodes").toInteger(), qint64(24684084 - 8743116) * 1024);
        const QJsonArray tmpfs = object(oneNode.value(QStringLiteral("sharedMemory")), "tmpfs").toArray();
        QCOMPARE(tmpfs.size(), 6);
        QCOMPARE(object(tmpfs[3], "mountPoint").toString(), QStringLiteral("/tmp/tmp.7xnel6hTE0/shm data=1"));
        QCOMPARE(object(tmpfs[3], "source").toString(), QStringLiteral("tmpfs one"));
        QVERIFY(object(tmpfs[3], "size").isNull());
        QVERIFY(object(object(tmpfs[3], "unavailable"), "used").toString().startsWith(QStringLiteral("not measured: ")));

        (*twoNodes.numaNodes.value)[1].meminfo = Reading<NamedValues>::missing(QStringLiteral("permission denied reading node1/meminfo"));
        (*twoNodes.sharedMemory.sysV.value)[0].segment.rssBytes.reset();
        twoNodes.sharedMemory.sysV.problem = QStringLiteral("/proc/sysvipc/shm is malformed (line 4: …)");
        const QJsonObject damaged = systemOf(twoNodes);
        const QJsonValue node1 = object(damaged.value(QStringLiteral("numaNodes")), "nodes").toArray()[1];
        QVERIFY(object(node1, "meminfo").isNull());
        QCOMPARE(object(object(node1, "unavailable"), "meminfo").toString(), QStringLiteral("permission denied reading node1/meminfo"));
        QCOMPARE(object(object(node1, "numastat"), "numa_hit").toInteger(), 6809);
        QVERIFY(object(damaged.value(QStringLiteral("numaNodes")), "memoryOutsideNodes").isNull());
        QCOMPARE(object(object(damaged.value(QStringLiteral("numaNodes")), "unavailable"), "memoryOutsideNodes").toString(),
                 QStringLiteral("node 1's size is unknown: permission denied reading node1/meminfo"));
        const QJsonValue segment = object(damaged.value(QStringLiteral("sharedMemory")), "sysV").toArray()[0];
        QVERIFY(object(segment, "rss").isNull());
        QVERIFY(object(object(segment, "unavailable"), "rss").toString().contains(QStringLiteral("no rss and swap columns")));
        QCOMPARE(object(object(damaged.value(QStringLiteral("sharedMemory")), "problems"), "sysV").toString(), twoNodes.sharedMemory.sysV.problem);

        // linux-6.18 was captured without the node directory and without SysV IPC.
        const QJsonObject none = json().value(QStringLiteral("system")).toObject();
        const QJsonValue noNuma = none.value(QStringLiteral("numaNodes"));
        QVERIFY(object(noNuma, "nodes").isNull());
        QVERIFY(object(noNuma, "memoryOutsideNodes").isNull());
        QVERIFY(object(object(noNuma, "unavailable"), "nodes").toString().contains(QStringLiteral("no NUMA support")));
        QCOMPARE(object(object(noNuma, "unavailable"), "memoryOutsideNodes"), object(object(noNuma, "unavailable"), "nodes"));
        QVERIFY(object(none.value(QStringLiteral("sharedMemory")), "sysV").isNull());
        QVERIFY(object(object(none.value(QStringLiteral("sharedMemory")), "unavailable"), "sysV")
                    .toString()
                    .contains(QStringLiteral("/proc/sysvipc/shm does not exist")));
    }

    void jsonProcesses()
    {
        const QJsonArray processes = json().value(QStringLiteral("processes")).toArray();
        QCOMPARE(processes.size(), m_processes.processes.size() - kernelThreads());
        for (const QJsonValue &value : processes) {
            const QJsonObject process = value.toObject();
            for (const char *key : {"pid", "user", "name", "rss", "pss", "uss", "swap"})
                QVERIFY2(process.contains(QLatin1StringView(key)), key);
            const ProcessRecord &record = *Fixtures::find(m_processes, process.value(QStringLiteral("pid")).toInteger());
            if (record.pss()) {
                QCOMPARE(process.value(QStringLiteral("pss")).toInteger(), *record.pss());
                QCOMPARE(process.value(QStringLiteral("uss")).toInteger(), *record.uss());
            } else {
                // Unavailable: null, and the reason under "unavailable".
                QVERIFY(process.value(QStringLiteral("pss")).isNull());
                QVERIFY(!process.value(QStringLiteral("unavailable")).toObject().value(QStringLiteral("pss")).toString().isEmpty());
            }
        }
        // Sorted by PSS, largest first; processes without PSS last.
        QCOMPARE(processes.first().toObject().value(QStringLiteral("pid")).toInteger(), 23158);
        QVERIFY(processes.last().toObject().value(QStringLiteral("pss")).isNull());
    }

    void jsonTotals()
    {
        const QJsonObject totals = json().value(QStringLiteral("totals")).toObject();
        qint64 pss = 0, rssWithPss = 0;
        for (const ProcessRecord &process : m_processes.processes) {
            if (process.pss()) {
                pss += *process.pss();
                rssWithPss += *process.rss.value;
            }
        }
        QCOMPARE(totals.value(QStringLiteral("pss")).toInteger(), pss);
        QCOMPARE(totals.value(QStringLiteral("rssMinusPss")).toInteger(), rssWithPss - pss);
        QCOMPARE(totals.value(QStringLiteral("processesWithoutPss")).toInteger(), 1); // pid 1; kthreadd has no memory at all
    }

    void sortKeys_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("field");
        QTest::addRow("rss") << int(SnapshotReport::SortKey::Rss) << QStringLiteral("rss");
        QTest::addRow("uss") << int(SnapshotReport::SortKey::Uss) << QStringLiteral("uss");
        QTest::addRow("pss") << int(SnapshotReport::SortKey::Pss) << QStringLiteral("pss");
        QTest::addRow("swap") << int(SnapshotReport::SortKey::Swap) << QStringLiteral("swap");
    }

    void sortKeys()
    {
        QFETCH(int, key);
        QFETCH(QString, field);
        const QJsonArray processes = json(SnapshotReport::SortKey(key)).value(QStringLiteral("processes")).toArray();
        qint64 previous = std::numeric_limits<qint64>::max();
        bool seenNull = false;
        for (const QJsonValue &process : processes) {
            const QJsonValue value = process.toObject().value(field);
            if (value.isNull()) {
                seenNull = true;
                continue;
            }
            QVERIFY2(!seenNull, "a value after an unavailable one");
            QVERIFY(value.toInteger() <= previous);
            previous = value.toInteger();
        }
    }

    void tableLikeSmem()
    {
        const QString table = QString::fromUtf8(SnapshotReport(m_system, m_processes, SnapshotReport::SortKey::Pss).render(SnapshotReport::Format::Table));
        const QStringList lines = table.split(u'\n');
        const QString header = *std::find_if(lines.begin(), lines.end(), [](const QString &line) {
            return line.trimmed().startsWith(QStringLiteral("PID"));
        });
        QCOMPARE(header.simplified(), QStringLiteral("PID User Command Swap USS PSS RSS"));
        QVERIFY(table.contains(QStringLiteral("./odd prog --flag arg with space")));
        // Kernel threads have no user-space memory: left out, and said so.
        QVERIFY(!table.contains(QStringLiteral("[kthreadd]")));
        QVERIFY2(table.contains(QStringLiteral("Kernel threads left out: %1. ").arg(kernelThreads())), qPrintable(table));
        QVERIFY(table.contains(QStringLiteral("RSS − PSS overcount:")));
        // The totals row holds the summed PSS and RSS, in KiB.
        qint64 pss = 0, rss = 0;
        for (const ProcessRecord &process : m_processes.processes) {
            pss += process.pss().value_or(0);
            rss += process.rss.value.value_or(0);
        }
        const QString totals = *std::find_if(lines.begin(), lines.end(), [](const QString &line) {
            return line.contains(QStringLiteral("(total, KiB)"));
        });
        QVERIFY2(totals.simplified().endsWith(QStringLiteral(" %1 %2").arg(pss / 1024).arg(rss / 1024)), qPrintable(totals));
        QVERIFY(table.contains(QStringLiteral("Processes whose PSS and USS could not be read: 1 ")));
    }

    void csvQuotesAndLeavesUnavailableEmpty()
    {
        ProcessSnapshot processes = m_processes;
        processes.processes[0].commandLine = {QStringLiteral("say"), QStringLiteral("a, \"b\"")};
        const QString csv = QString::fromUtf8(SnapshotReport(m_system, processes, SnapshotReport::SortKey::Rss).render(SnapshotReport::Format::Csv));
        QVERIFY(csv.startsWith(QStringLiteral("pid,user,name,command,swap,uss,pss,rss\n")));
        QVERIFY(csv.contains(QStringLiteral("\"say a, \"\"b\"\"\"")));
        QVERIFY(!csv.contains(QStringLiteral("kthreadd")));
    }

    void kernelThreadsAreListedWhenAsked()
    {
        QVERIFY(kernelThreads() > 0);
        const auto render = [this](SnapshotReport::Format format, SnapshotReport::KernelThreads threads) {
            return QString::fromUtf8(SnapshotReport(m_system, m_processes, SnapshotReport::SortKey::Rss, threads).render(format));
        };
        const QString table = render(SnapshotReport::Format::Table, SnapshotReport::KernelThreads::Listed);
        QVERIFY(table.contains(QStringLiteral("[kthreadd]")));
        QVERIFY(!table.contains(QStringLiteral("Kernel threads left out")));
        QVERIFY(render(SnapshotReport::Format::Csv, SnapshotReport::KernelThreads::Listed).contains(QStringLiteral("2,0,kthreadd,[kthreadd],,,,\n")));
        const QJsonObject listed = QJsonDocument::fromJson(render(SnapshotReport::Format::Json, SnapshotReport::KernelThreads::Listed).toUtf8()).object();
        const QJsonObject leftOut = QJsonDocument::fromJson(render(SnapshotReport::Format::Json, SnapshotReport::KernelThreads::LeftOut).toUtf8()).object();
        QCOMPARE(listed.value(u"processes").toArray().size(), m_processes.processes.size());
        QCOMPARE(leftOut.value(u"processes").toArray().size(), m_processes.processes.size() - kernelThreads());
        QCOMPARE(leftOut.value(u"totals").toObject().value(u"kernelThreadsLeftOut").toInteger(), kernelThreads());
        QCOMPARE(listed.value(u"totals").toObject().value(u"kernelThreadsLeftOut").toInteger(), 0);
        // Their figures are dashes: the totals are the same either way.
        QCOMPARE(listed.value(u"totals").toObject().value(u"rss"), leftOut.value(u"totals").toObject().value(u"rss"));
    }

private:
    qsizetype kernelThreads() const
    {
        return std::count_if(m_processes.processes.cbegin(), m_processes.processes.cend(), [](const ProcessRecord &process) {
            return process.kernelThread;
        });
    }
};

QTEST_GUILESS_MAIN(TestSnapshotReport)
#include "tst_snapshotreport.moc"
