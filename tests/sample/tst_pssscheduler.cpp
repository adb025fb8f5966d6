// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The PSS scheduler on scripted ticks: who gets a fresh smaps_rollup, within the age bound and
// the CPU budget, and how the cost of each read steers it.
#include "sample/pssscheduler.h"

#include <QSet>
#include <QTest>

#include <algorithm>

namespace
{
using Observation = PssScheduler::Observation;

QList<Observation> farm(int count, qint64 rssPages = 1000)
{
    QList<Observation> live;
    for (int i = 0; i < count; ++i)
        live.append({{100 + i, quint64(5000 + i)}, rssPages, 10, 10});
    return live;
}

// One tick: plans, and reads what was planned at costNs(i) each. Returns the indexes read.
template<typename Cost>
QList<qsizetype> tick(PssScheduler &scheduler, const QList<Observation> &live, qint64 nowMs, Cost costNs, qint64 intervalMs = 1000)
{
    const QList<qsizetype> chosen = scheduler.plan(live, nowMs, intervalMs);
    for (const qsizetype i : chosen)
        scheduler.recordRead(live[i], nowMs, costNs(i));
    return chosen;
}

constexpr auto flatCost = [](qsizetype) {
    return qint64(500'000);
};

// Twenty processes for 20 s at 1 Hz, the first moving 500 pages a tick (a heap, as the sampler's
// or its reader's): how often the other nineteen are read.
int othersReadWhileTheFirstMoves(PssScheduler &scheduler)
{
    auto live = farm(20);
    int reads = 0;
    for (qint64 now = 0; now <= 20'000; now += 1000) {
        live[0].rssPages += 500;
        live[0].faults += 600;
        for (const qsizetype i : scheduler.plan(live, now, 1000)) {
            scheduler.recordRead(live[i], now, 500'000, 40 * 1024 * 1024);
            reads += i != 0;
        }
    }
    return reads;
}
}

class TestPssScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newProcessesAreReadAtOnce()
    {
        PssScheduler scheduler;
        const auto live = farm(50);
        QCOMPARE(tick(scheduler, live, 0, flatCost).size(), 50);
    }

    // Nothing moves: each process is read once per bound, spread evenly over the ticks, and no
    // reading ever reaches the bound.
    void unchangedProcessesAreSpreadWithinTheBound()
    {
        PssScheduler scheduler;
        const auto live = farm(500);
        QHash<qsizetype, qint64> readAt;
        for (const qsizetype i : tick(scheduler, live, 0, flatCost))
            readAt[i] = 0;
        int most = 0;
        int reads = 0;
        for (qint64 now = 1000; now <= 60'000; now += 1000) {
            const auto chosen = tick(scheduler, live, now, flatCost);
            most = std::max(most, int(chosen.size()));
            reads += int(chosen.size());
            for (qsizetype i = 0; i < live.size(); ++i) {
                if (chosen.contains(i))
                    readAt[i] = now;
                QVERIFY2(now - readAt[i] < 10'000, qPrintable(QStringLiteral("process %1 is %2 ms old").arg(i).arg(now - readAt[i])));
            }
        }
        // 60 ticks of a 10 s bound: each process about six times, about a tenth of them a tick.
        QVERIFY2(reads >= 500 * 6 && reads <= 500 * 7, qPrintable(QString::number(reads)));
        QVERIFY2(most <= 500 / 10 * 2, qPrintable(QString::number(most)));
    }

    void aProcessThatMovedIsReadOnTheNextTick()
    {
        PssScheduler scheduler;
        auto live = farm(100);
        tick(scheduler, live, 0, flatCost);
        tick(scheduler, live, 1000, flatCost);
        for (auto moved : {&Observation::rssPages}) // RSS grew
            live[42].*moved += 10;
        live[7].faults += 3; // pages replaced with RSS unchanged (copy on write)
        live[9].cpuTicks += 1; // it ran
        const auto chosen = tick(scheduler, live, 2000, flatCost);
        QVERIFY(chosen.contains(42) && chosen.contains(7) && chosen.contains(9));
        // Read now, unchanged since: not read again on the next tick for having moved before.
        QVERIFY(!tick(scheduler, live, 3000, flatCost).contains(42));
    }

    // Changed processes are read within the budget, the most moved per cost first; the others
    // wait, and the bound still holds for them.
    void changedProcessesStayWithinTheBudget()
    {
        PssScheduler::Settings settings;
        settings.budgetNsPerSecond = 2'000'000; // 2 ms a second
        PssScheduler scheduler;
        scheduler.setSettings(settings);
        auto live = farm(40);
        const auto cost = [](qsizetype i) {
            return qint64(i < 20 ? 1'000'000 : 100'000); // the first twenty are ten times dearer
        };
        tick(scheduler, live, 0, cost);
        QHash<qsizetype, qint64> readAt;
        for (qint64 now = 1000; now <= 30'000; now += 1000) {
            for (Observation &seen : live)
                seen.rssPages += 1; // everything moves, every tick
            const auto chosen = tick(scheduler, live, now, cost);
            qint64 spent = 0;
            for (const qsizetype i : chosen) {
                spent += cost(i);
                readAt[i] = now;
            }
            // Beyond the budget only what the bound requires: the total cost over 10 s.
            const qint64 share = (20 * 1'000'000 + 20 * 100'000) / 10;
            QVERIFY2(spent <= 2'000'000 + share + 1'000'000, qPrintable(QString::number(spent)));
            if (now == 1000)
                QVERIFY2(std::count_if(chosen.cbegin(),
                                       chosen.cend(),
                                       [](qsizetype i) {
                                           return i >= 20;
                                       })
                             == 20,
                         "the cheap processes, as much moved, come first");
            for (qsizetype i = 0; i < live.size(); ++i)
                QVERIFY(now - readAt.value(i, 0) < 10'000);
        }
    }

    // In a quiet system a reading cannot drift: it is read again at the longer bound for settled
    // readings. Another process starting, and mapping pages it may share, unsettles it.
    void settledReadingsWaitForTheLongerBound()
    {
        PssScheduler scheduler;
        auto live = farm(20);
        const auto readAll = [&](qint64 now) {
            const auto chosen = scheduler.plan(live, now, 1000);
            for (const qsizetype i : chosen)
                scheduler.recordRead(live[i], now, 500'000, 40 * 1024 * 1024); // 40 MiB: 200 KiB tolerance
            return chosen;
        };
        readAll(0);
        QHash<qsizetype, qint64> readAt;
        QHash<qsizetype, QList<qint64>> reads;
        for (qint64 now = 1000; now <= 240'000; now += 1000) {
            for (const qsizetype i : readAll(now)) {
                readAt[i] = now;
                reads[i].append(now);
            }
            for (qsizetype i = 0; i < live.size(); ++i)
                QVERIFY(now - readAt.value(i, 0) < 120'000);
        }
        // About once in two minutes, not every ten seconds: in four minutes each reading is taken
        // again once or twice, never twice within a minute.
        for (qsizetype i = 0; i < live.size(); ++i) {
            const QList<qint64> &times = reads[i];
            QVERIFY2(!times.isEmpty() && times.size() <= 2, qPrintable(QString::number(times.size())));
            for (qsizetype r = 1; r < times.size(); ++r)
                QVERIFY(times[r] - times[r - 1] >= 60'000);
        }
        int readsInTwentySeconds = 0;
        for (qint64 now = 241'000; now <= 260'000; now += 1000)
            readsInTwentySeconds += int(readAll(now).size());
        QVERIFY2(readsInTwentySeconds <= 20 / 6 + 4, qPrintable(QString::number(readsInTwentySeconds)));

        // 50 pages moved elsewhere: 100 KiB of drift at most, still settled.
        live.append({{9000, 1}, 50, 0, 0});
        readAll(261'000);
        // A process of 1000 pages starts (a fork maps them all): up to 2 MiB of drift, so every
        // reading is read again within the short bound, spread over it rather than all at once.
        live.append({{9001, 1}, 1000, 0, 0});
        QSet<qsizetype> reread;
        int most = 0;
        for (qint64 now = 262'000; now < 262'000 + 10'000; now += 1000) {
            const auto chosen = readAll(now);
            most = std::max(most, int(chosen.size()));
            reread.unite(QSet<qsizetype>(chosen.cbegin(), chosen.cend()));
        }
        for (qsizetype i = 0; i < 20; ++i)
            QVERIFY(reread.contains(i));
        QVERIFY2(most <= 10, qPrintable(QString::number(most))); // not all twenty at once
    }

    // The sampler's own heap moves every tick; nobody shares it, so it unsettles nothing.
    void theSamplersOwnMovesAreNotDrift()
    {
        PssScheduler scheduler;
        scheduler.setSamplingPid(farm(20)[0].key.pid);
        const int reads = othersReadWhileTheFirstMoves(scheduler);
        QVERIFY2(reads <= 19 + 19 / 3, qPrintable(QString::number(reads))); // once at start, then the settled share
    }

    // memlens-agent's reader, the window at the other end of its pipe, moves its heap every tick too.
    void theReadersMovesAreNotDrift()
    {
        const auto live = farm(20);
        PssScheduler scheduler;
        scheduler.setSamplingPid(live[1].key.pid);
        scheduler.setReaderPid(live[0].key.pid);
        const int reads = othersReadWhileTheFirstMoves(scheduler);
        QVERIFY2(reads <= 19 + 19 / 3, qPrintable(QString::number(reads)));
        // Without it, the same moves unsettle every reading: reread within the short bound.
        PssScheduler unaware;
        unaware.setSamplingPid(live[1].key.pid);
        const int unawareReads = othersReadWhileTheFirstMoves(unaware);
        QVERIFY2(unawareReads > reads, qPrintable(QStringLiteral("%1 against %2").arg(unawareReads).arg(reads)));
    }

    void aZeroToleranceKeepsTheShortBound()
    {
        PssScheduler::Settings settings;
        settings.tolerance = 0;
        PssScheduler scheduler;
        scheduler.setSettings(settings);
        const auto live = farm(20);
        QHash<qsizetype, qint64> readAt;
        for (qint64 now = 0; now <= 30'000; now += 1000) {
            for (const qsizetype i : scheduler.plan(live, now, 1000)) {
                scheduler.recordRead(live[i], now, 500'000, 40 * 1024 * 1024);
                readAt[i] = now;
            }
            for (qsizetype i = 0; i < live.size(); ++i)
                QVERIFY(now - readAt.value(i, 0) < 10'000);
        }
    }

    void theCostOfANewProcessIsLearntPerPage()
    {
        PssScheduler scheduler;
        auto live = farm(10, 10'000);
        tick(scheduler, live, 0, [](qsizetype) {
            return qint64(20'000 + 10'000 * 30); // 30 ns a page
        });
        const qint64 estimate = scheduler.estimatedCostNs(100'000);
        QVERIFY2(estimate > 2'500'000 && estimate < 3'500'000, qPrintable(QString::number(estimate)));
    }

    // A pid reused by another process is a new process, read at once; one that ended is forgotten.
    void identityFollowsThePidAndItsStartTime()
    {
        PssScheduler::Settings settings;
        settings.maxAgeMs = 1'000'000'000; // no share of stale reads to blur what is read
        PssScheduler scheduler;
        scheduler.setSettings(settings);
        auto live = farm(3);
        tick(scheduler, live, 0, flatCost);
        live[1].key.startTime += 1;
        QCOMPARE(tick(scheduler, live, 1000, flatCost), QList<qsizetype>{1});
        QCOMPARE(scheduler.tracked(), 3);
        live.removeLast();
        tick(scheduler, live, 2000, flatCost);
        QCOMPARE(scheduler.tracked(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPssScheduler)
#include "tst_pssscheduler.moc"
