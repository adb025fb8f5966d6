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

    void jsonProcesses()
    {
        const QJsonArray processes = json().value(QStringLiteral("processes")).toArray();
        QCOMPARE(processes.size(), m_processes.processes.size());
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
        QVERIFY(table.contains(QStringLiteral("[kthreadd]")));
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
        QVERIFY(csv.contains(QStringLiteral("2,0,kthreadd,[kthreadd],,,,\n")));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotReport)
#include "tst_snapshotreport.moc"
