// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/leakwatch.h"

#include <QTest>

#include <cmath>
#include <functional>

// Scripted histories: one process's figure at each minute, judged by LeakWatch.
class TestLeakWatch : public QObject
{
    Q_OBJECT

    static constexpr qint64 MiB = 1 << 20;
    static constexpr qint64 minute = 60'000;
    static constexpr qint64 start = 1'700'000'000'000;

    static ProcessRecord process(qint64 pid, std::optional<qint64> pss, qint64 rss, qint64 readAtMs)
    {
        ProcessRecord record;
        record.key = {pid, quint64(pid) * 100};
        record.name = QStringLiteral("proc%1").arg(pid);
        record.rss.value = rss;
        if (pss) {
            SmapsCounters counters;
            counters.set(SmapsCounters::Pss, *pss);
            record.smaps.value = counters;
        } else {
            record.smaps = Reading<SmapsCounters>::missing(QStringLiteral("permission denied"));
        }
        record.readAtMs = readAtMs;
        return record;
    }

    static ProcessSnapshot snapshot(qint64 atMs, const QList<ProcessRecord> &processes)
    {
        ProcessSnapshot result;
        result.sampledAtMs = atMs;
        result.processes = processes;
        return result;
    }

    // Feeds `minutes` snapshots a minute apart; figure(i) is the PSS at minute i.
    static LeakWatch watched(int minutes, const std::function<qint64(int)> &figure)
    {
        LeakWatch watch;
        for (int i = 0; i < minutes; ++i) {
            const qint64 at = start + i * minute;
            watch.append(snapshot(at, {process(7, figure(i), figure(i) + 50 * MiB, at)}));
        }
        return watch;
    }

private Q_SLOTS:
    void trends_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<std::function<qint64(int)>>("figure");
        QTest::addColumn<LeakWatch::Trend>("trend");
        QTest::addColumn<double>("mibPerHour"); // expected slope, checked when not 0

        // 2 MiB a minute with a wobble of ±0.5 MiB: 120 MiB/h, steady.
        QTest::addRow("steady climb") << 40 << std::function<qint64(int)>([](int i) {
            return 300 * MiB + i * 2 * MiB + (i % 2 ? MiB / 2 : -MiB / 2);
        }) << LeakWatch::Trend::Steady << 120.0;
        // The same climb under ±30 MiB of noise: growing, but not steadily.
        QTest::addRow("noisy climb") << 40 << std::function<qint64(int)>([](int i) {
            static const int noise[] = {0, 30, -25, 10, -30, 20, -10, 30, -20, 0};
            return 300 * MiB + i * 2 * MiB + noise[i % 10] * MiB;
        }) << LeakWatch::Trend::Noisy << 0.0;
        // 200 MiB at minute 12, level before and after: a jump, not a leak.
        QTest::addRow("single jump") << 40 << std::function<qint64(int)>([](int i) {
            return 100 * MiB + (i >= 12 ? 200 * MiB : 0) + (i % 3) * 64 * 1024;
        }) << LeakWatch::Trend::Jump << 0.0;
        QTest::addRow("flat") << 40 << std::function<qint64(int)>([](int i) {
            return 500 * MiB + (i % 4) * 100 * 1024;
        }) << LeakWatch::Trend::Flat
                              << 0.0;
        QTest::addRow("shrinking") << 40 << std::function<qint64(int)>([](int i) {
            return 900 * MiB - i * 5 * MiB;
        }) << LeakWatch::Trend::Shrinking
                                   << -300.0;
        // Four minutes of a steep climb is under the five the judgement needs.
        QTest::addRow("too short") << 4 << std::function<qint64(int)>([](int i) {
            return 100 * MiB + i * 50 * MiB;
        }) << LeakWatch::Trend::TooShort
                                   << 3000.0;
        // A staircase of 20 MiB every 5 minutes is a climb, not one jump.
        QTest::addRow("staircase") << 40 << std::function<qint64(int)>([](int i) {
            return 100 * MiB + (i / 5) * 20 * MiB;
        }) << LeakWatch::Trend::Steady
                                   << 0.0;
    }
    void trends()
    {
        QFETCH(int, minutes);
        QFETCH(std::function<qint64(int)>, figure);
        QFETCH(LeakWatch::Trend, trend);
        QFETCH(double, mibPerHour);
        const LeakWatch watch = watched(minutes, figure);
        const auto growth = watch.growthOf({7, 700});
        QVERIFY(growth);
        QCOMPARE(growth->trend, trend);
        QVERIFY(growth->pss);
        QCOMPARE(growth->points, minutes);
        QCOMPARE(growth->spanMs, (minutes - 1) * minute);
        if (mibPerHour != 0)
            QVERIFY2(std::abs(growth->bytesPerHour / MiB - mibPerHour) < 0.02 * std::abs(mibPerHour), qPrintable(QString::number(growth->bytesPerHour / MiB)));
        const bool listed = trend == LeakWatch::Trend::Steady || trend == LeakWatch::Trend::Noisy;
        QCOMPARE(watch.growing().size(), listed ? 1 : 0);
    }

    void growingRanksSteadyFirstThenByRate()
    {
        LeakWatch watch;
        for (int i = 0; i < 20; ++i) {
            static const int noise[] = {0, 30, -25, 10, -30, 20, -10, 30, -20, 0};
            const qint64 at = start + i * minute;
            watch.append(snapshot(at,
                                  {process(1, 100 * MiB + i * MiB, 0, at), // steady, 60 MiB/h
                                   process(2, 100 * MiB + i * 3 * MiB, 0, at), // steady, 180 MiB/h
                                   process(3, 100 * MiB + i * 6 * MiB + noise[i % 10] * 3 * MiB, 0, at), // noisy, faster
                                   process(4, 100 * MiB, 0, at)}));
        }
        const QList<LeakWatch::Growth> growing = watch.growing();
        QCOMPARE(growing.size(), 3);
        QCOMPARE(growing[0].key.pid, 2);
        QCOMPARE(growing[1].key.pid, 1);
        QCOMPARE(growing[2].key.pid, 3);
        QCOMPARE(growing[2].trend, LeakWatch::Trend::Noisy);
    }

    // A process whose PSS cannot be read is watched by RSS, and keeps the figure it started with.
    void rssWherePssIsUnavailable()
    {
        LeakWatch watch;
        for (int i = 0; i < 10; ++i) {
            const qint64 at = start + i * minute;
            const std::optional<qint64> pss = i == 5 ? std::optional<qint64>(1 * MiB) : std::nullopt;
            watch.append(snapshot(at, {process(9, pss, 200 * MiB + i * MiB, at)}));
        }
        const auto growth = watch.growthOf({9, 900});
        QVERIFY(growth);
        QVERIFY(!growth->pss);
        QCOMPARE(growth->points, 10);
        QCOMPARE(growth->firstBytes, 200 * MiB);
        QCOMPARE(growth->lastBytes, 209 * MiB);
        QCOMPARE(growth->trend, LeakWatch::Trend::Steady);
    }

    // Incremental sampling carries a reading forward: the same reading again adds no point, and
    // readings within a bucket keep only the latest.
    void onlyFreshReadingsAddPoints()
    {
        LeakWatch watch;
        watch.append(snapshot(start, {process(5, 10 * MiB, 0, start)}));
        watch.append(snapshot(start + 1000, {process(5, 10 * MiB, 0, start)}));
        watch.append(snapshot(start + 2000, {process(5, 11 * MiB, 0, start + 2000)})); // same 15 s bucket
        watch.append(snapshot(start + minute, {process(5, 12 * MiB, 0, start + minute)}));
        const QList<QPointF> points = watch.points({5, 500});
        QCOMPARE(points.size(), 2);
        QCOMPARE(points[0], QPointF(double(start + 2000), double(11 * MiB)));
        QCOMPARE(points[1], QPointF(double(start + minute), double(12 * MiB)));
    }

    void oldPointsLeaveTheWindowAndEndedProcessesAreForgotten()
    {
        LeakWatch watch;
        for (int i = 0; i < 90; ++i) {
            const qint64 at = start + i * minute;
            QList<ProcessRecord> processes{process(1, 100 * MiB, 0, at)};
            if (i < 50)
                processes.append(process(2, 100 * MiB, 0, at));
            watch.append(snapshot(at, processes));
        }
        QCOMPARE(watch.points({1, 100}).size(), 61); // an hour, both ends included
        QVERIFY(!watch.growthOf({2, 200}));
        QVERIFY(watch.points({2, 200}).isEmpty());
    }

    void sentences()
    {
        LeakWatch::Growth growth;
        growth.name = QStringLiteral("firefox");
        growth.trend = LeakWatch::Trend::Steady;
        growth.bytesPerHour = 210.0 * MiB;
        growth.spanMs = 40 * minute;
        QCOMPARE(LeakWatch::describe(growth), QStringLiteral("firefox has grown 210.0 MiB/h steadily for 40 min"));
        growth.trend = LeakWatch::Trend::Jump;
        growth.firstBytes = 100 * MiB;
        growth.lastBytes = 400 * MiB;
        growth.spanMs = 3 * 3600 * 1000;
        QCOMPARE(LeakWatch::describe(growth), QStringLiteral("firefox grew by 300.0 MiB at once in the last 3.0 h and otherwise stayed level"));
        growth.trend = LeakWatch::Trend::TooShort;
        growth.spanMs = 30'000;
        QCOMPARE(LeakWatch::describe(growth), QStringLiteral("firefox has been watched for 30 s, not long enough to tell a trend"));
    }
};

QTEST_GUILESS_MAIN(TestLeakWatch)
#include "tst_leakwatch.moc"
