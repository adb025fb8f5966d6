// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// RAM split into parts that add up to MemTotal, and the series the charts draw, on captured
// meminfo, vmstat and PSI text.
#include "model/modelroles.h"
#include "model/systemhistory.h"
#include "parse/meminfoparser.h"
#include "support/fixtures.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <numeric>

class TestSystemHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compositionAddsUpToMemTotal_data();
    void compositionAddsUpToMemTotal();
    void compositionNeedsTheCoreFields();
    void overlappingCountersNeverGoNegative();
    void headlineIsWhatFreeShows();
    void historyAppendsEverySeries();
    void pressureRateComesFromTheStallTotal();
};

void TestSystemHistory::compositionAddsUpToMemTotal_data()
{
    QTest::addColumn<QString>("tree");
    for (const char *tree : {"linux-6.18", "linux-6.18-swap", "linux-6.1-cgroup2", "linux-6.1-swap"})
        QTest::newRow(tree) << QString::fromLatin1(tree);
}

void TestSystemHistory::compositionAddsUpToMemTotal()
{
    QFETCH(QString, tree);
    const NamedValues meminfo = parseMeminfo(Fixtures::file(qPrintable(tree), "proc/meminfo")).value;
    const auto composition = MemoryComposition::fromMeminfo(meminfo);
    QVERIFY(composition);
    const auto field = [&](QByteArrayView name) {
        return meminfo.value(name).value_or(0);
    };
    QCOMPARE(composition->total, field("MemTotal"));
    QCOMPARE(composition->part(MemoryComposition::Anonymous), field("AnonPages"));
    QCOMPARE(composition->part(MemoryComposition::PageCache), field("Buffers") + field("Cached") - field("Shmem") + field("SwapCached"));
    QCOMPARE(composition->part(MemoryComposition::Shmem), field("Shmem"));
    QCOMPARE(composition->part(MemoryComposition::SlabReclaimable), field("SReclaimable"));
    QCOMPARE(composition->part(MemoryComposition::SlabUnreclaimable), field("SUnreclaim"));
    QCOMPARE(composition->part(MemoryComposition::KernelStacksPageTables), field("KernelStack") + field("PageTables") + field("SecPageTables"));
    QCOMPARE(composition->part(MemoryComposition::Free), field("MemFree"));
    // Every byte in exactly one part: on a real kernel the counters leave a remainder, never an excess.
    QCOMPARE(std::accumulate(composition->parts.begin(), composition->parts.end(), qint64(0)), field("MemTotal"));
    QVERIFY(composition->part(MemoryComposition::Unaccounted) > 0);
    QCOMPARE(composition->overcounted, 0);
}

void TestSystemHistory::compositionNeedsTheCoreFields()
{
    const QByteArray text = Fixtures::file("linux-6.18", "proc/meminfo");
    QVERIFY(!MemoryComposition::fromMeminfo(parseMeminfo(Fixtures::replaced(text, "AnonPages:", "AnonPagez:")).value));
    QVERIFY(!MemoryHeadline::fromMeminfo(parseMeminfo(Fixtures::replaced(text, "MemTotal:", "MemTotaI:")).value));
    // Without MemAvailable (kernels before 3.14) the headline has no available or used figure.
    const auto old = MemoryHeadline::fromMeminfo(parseMeminfo(Fixtures::replaced(text, "MemAvailable:", "MemAvailablf:")).value);
    QVERIFY(old);
    QVERIFY(!old->available && !old->used);
}

void TestSystemHistory::overlappingCountersNeverGoNegative()
{
    // A meminfo whose parts exceed MemTotal (read while memory moved): no negative remainder.
    const QByteArray text = Fixtures::file("linux-6.18", "proc/meminfo");
    const NamedValues meminfo = parseMeminfo(text).value;
    const qint64 total = meminfo.value("MemTotal").value();
    const QByteArray line = "MemFree:" + QByteArray(" ").repeated(8) + QByteArray::number(total / 1024) + " kB";
    NamedValues inflated =
        parseMeminfo(
            Fixtures::replaced(text, text.mid(text.indexOf("MemFree:"), text.indexOf('\n', text.indexOf("MemFree:")) - text.indexOf("MemFree:")), line))
            .value;
    const auto composition = MemoryComposition::fromMeminfo(inflated);
    QVERIFY(composition);
    QCOMPARE(composition->part(MemoryComposition::Unaccounted), 0);
    QVERIFY(composition->overcounted > 0);
}

void TestSystemHistory::headlineIsWhatFreeShows()
{
    const NamedValues meminfo = parseMeminfo(Fixtures::file("linux-6.1-swap", "proc/meminfo")).value;
    const auto headline = MemoryHeadline::fromMeminfo(meminfo);
    QVERIFY(headline);
    QCOMPARE(*headline->used, meminfo.value("MemTotal").value() - meminfo.value("MemAvailable").value());
    QCOMPARE(headline->cache, meminfo.value("Buffers").value() + meminfo.value("Cached").value() + meminfo.value("SReclaimable").value());
    QCOMPARE(headline->swapUsed, meminfo.value("SwapTotal").value() - meminfo.value("SwapFree").value());
    QVERIFY(headline->swapUsed > 0);
    QCOMPARE(*headline->commitLimit, meminfo.value("CommitLimit").value());
}

void TestSystemHistory::historyAppendsEverySeries()
{
    SystemHistory history;
    QAbstractItemModelTester composition(history.composition());
    QAbstractItemModelTester pressure(history.pressure());
    SystemSnapshot snapshot = Fixtures::system("linux-6.1-swap");
    history.append(snapshot);
    QCOMPARE(history.composition()->rowCount(), 1);
    const NamedValues &meminfo = *snapshot.meminfo.value;
    const auto at = [&](HistoryModel *model, int column) {
        return model->index(model->rowCount() - 1, column).data(ModelRoles::RawValueRole);
    };
    QCOMPARE(at(history.composition(), SystemHistory::compositionColumn(MemoryComposition::Anonymous)).toDouble(), double(*meminfo.value("AnonPages")));
    QCOMPARE(at(history.composition(), SystemHistory::swapUsedColumn).toDouble(), double(*meminfo.value("SwapTotal") - *meminfo.value("SwapFree")));
    QCOMPARE(at(history.pressure(), SystemHistory::SomeAvg10Column).toDouble(), 6.64);
    QCOMPARE(at(history.pressure(), SystemHistory::FullAvg10Column).toDouble(), 6.36);
    // The first sample has no interval yet: a gap, not a zero.
    QVERIFY(!at(history.pressure(), SystemHistory::SomeRateColumn).isValid());
    // vmstat rates need two samples too: no activity row yet.
    QCOMPARE(history.activity()->rowCount(), 0);

    snapshot.sampledAtMs += 2000;
    snapshot.vmstatRates = {{"pswpin", 10}, {"pswpout", 20}, {"pgmajfault", 3}};
    history.append(snapshot);
    QCOMPARE(history.activity()->rowCount(), 1);
    QCOMPARE(at(history.activity(), SystemHistory::SwapOutColumn).toDouble(), 20.0 * 4096);
    QCOMPARE(at(history.activity(), SystemHistory::MajorFaultColumn).toDouble(), 3.0);
}

void TestSystemHistory::pressureRateComesFromTheStallTotal()
{
    SystemHistory history;
    SystemSnapshot snapshot = Fixtures::system("linux-6.1-swap");
    history.append(snapshot);
    // 2 s later, 500 ms more of "some" stall and none of "full": 25 % and 0 %.
    snapshot.sampledAtMs += 2000;
    snapshot.memoryPressure.value->some->totalMicroseconds += 500'000;
    history.append(snapshot);
    const auto at = [&](int column) {
        return history.pressure()->index(1, column).data(ModelRoles::RawValueRole);
    };
    QCOMPARE(at(SystemHistory::SomeRateColumn).toDouble(), 25.0);
    QCOMPARE(at(SystemHistory::FullRateColumn).toDouble(), 0.0);
    // A counter that went backwards (a reset) gives a gap, not a negative rate.
    snapshot.sampledAtMs += 2000;
    snapshot.memoryPressure.value->some->totalMicroseconds = 0;
    history.append(snapshot);
    QVERIFY(!history.pressure()->index(2, SystemHistory::SomeRateColumn).data(ModelRoles::RawValueRole).isValid());
}

QTEST_GUILESS_MAIN(TestSystemHistory)
#include "tst_systemhistory.moc"
