// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/leakwatch.h"
#include "read/sysroot.h"
#include "sample/processsampler.h"
#include "support/waits.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <atomic>
#include <csignal>
#include <cstring>
#include <ctime>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

// Leak watch on the live /proc: a real child grows and must be found growing at the rate it
// really achieved; another allocates once and stays level, and must not be flagged.
//
// The children write what they did into memory shared with the test: on a loaded machine a
// child asked to grow 1 MiB every 100 ms does not keep that pace, so the test holds leak watch to
// the child's own log, read at the instants leak watch read the child, never to the pace asked.
class TestLeakWatchLive : public QObject
{
    Q_OBJECT

    static constexpr size_t MiB = 1 << 20;
    static constexpr long stepNs = 100'000'000; // the grower maps and touches 1 MiB every 100 ms
    static constexpr int logCapacity = 4096; // far more steps than the test's seconds allow

    // Shared between the test and its children (MAP_SHARED before fork). Only lock-free atomics:
    // the children of a threaded process must not take a lock.
    struct Shared {
        struct Entry {
            qint64 monotonicNs;
            qint64 bytesTouched;
        };
        std::atomic<int> entries{0}; // the grower's log: entries [0, entries) are written
        Entry log[logCapacity];
        std::atomic<bool> jumpNow{false}; // set by the test, in the middle of its watch
        std::atomic<bool> jumped{false}; // set by the jumper once its pages are touched
    };
    static_assert(std::atomic<int>::is_always_lock_free && std::atomic<bool>::is_always_lock_free);

    static qint64 monotonicNs()
    {
        timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
    }

    // Touches fresh anonymous pages so that they count in RSS and PSS at once. Only
    // async-signal-safe calls.
    static void touch(size_t bytes)
    {
        void *memory = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (memory == MAP_FAILED)
            _exit(1);
        std::memset(memory, 1, bytes);
    }

    static timespec after(timespec at, long ns)
    {
        at.tv_nsec += ns;
        at.tv_sec += at.tv_nsec / 1'000'000'000;
        at.tv_nsec %= 1'000'000'000;
        return at;
    }

    // Logs each step once its pages are touched. No huge pages: khugepaged collapsing a range
    // would add pages the child never touched.
    [[noreturn]] static void grow(Shared *shared)
    {
        prctl(PR_SET_NAME, "grower");
        prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0);
        timespec next;
        clock_gettime(CLOCK_MONOTONIC, &next);
        qint64 touched = 0;
        shared->log[0] = {monotonicNs(), 0};
        shared->entries.store(1, std::memory_order_release);
        for (int entry = 1;; ++entry) {
            touch(MiB);
            touched += qint64(MiB);
            if (entry < logCapacity) {
                shared->log[entry] = {monotonicNs(), touched};
                shared->entries.store(entry + 1, std::memory_order_release);
            }
            next = after(next, stepNs);
            clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &next, nullptr);
        }
    }

    // One step of 64 MiB when the test says, not after a fixed delay: on a loaded machine the
    // test's first samples may come late, and the step must fall inside its watch.
    [[noreturn]] static void jumpOnce(Shared *shared)
    {
        prctl(PR_SET_NAME, "jumper");
        prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0);
        const timespec poll{0, 10'000'000};
        while (!shared->jumpNow.load(std::memory_order_acquire))
            nanosleep(&poll, nullptr);
        touch(64 * MiB);
        shared->jumped.store(true, std::memory_order_release);
        for (;;)
            pause();
    }

    // The bytes the grower had touched at a monotonic instant, from its log.
    static qint64 touchedAt(const Shared &shared, int entries, qint64 monotonicNs)
    {
        qint64 touched = 0;
        for (int i = 0; i < entries && shared.log[i].monotonicNs <= monotonicNs; ++i)
            touched = shared.log[i].bytesTouched;
        return touched;
    }

    // Least-squares slope in bytes per hour of (ms, bytes) points.
    static double bytesPerHour(const QList<QPointF> &points)
    {
        double meanX = 0, meanY = 0;
        for (const QPointF &point : points) {
            meanX += point.x();
            meanY += point.y();
        }
        meanX /= double(points.size());
        meanY /= double(points.size());
        double sxx = 0, sxy = 0;
        for (const QPointF &point : points) {
            sxx += (point.x() - meanX) * (point.x() - meanX);
            sxy += (point.x() - meanX) * (point.y() - meanY);
        }
        return sxx > 0 ? sxy / sxx * 3'600'000 : 0;
    }

    pid_t start(void (*body)(Shared *))
    {
        const pid_t pid = fork();
        if (pid == 0)
            body(m_shared);
        m_children.append(pid);
        return pid;
    }

    Shared *m_shared = nullptr;
    QList<pid_t> m_children;

private Q_SLOTS:
    void init()
    {
        void *memory = mmap(nullptr, sizeof(Shared), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
        QVERIFY(memory != MAP_FAILED);
        std::memset(memory, 0, sizeof(Shared)); // touched now, so the children's share of it never moves
        m_shared = new (memory) Shared;
    }

    void cleanup()
    {
        for (const pid_t pid : std::as_const(m_children)) {
            kill(pid, SIGKILL);
            waitpid(pid, nullptr, 0);
        }
        m_children.clear();
        munmap(m_shared, sizeof(Shared));
        m_shared = nullptr;
    }

    void findsTheGrowerAtItsRateAndNotTheJump()
    {
        // Epoch ms, as leak watch's points are, to the grower's monotonic clock.
        const qint64 epochToMonotonicMs = QDateTime::currentMSecsSinceEpoch() - monotonicNs() / 1'000'000;
        const pid_t grower = start(grow);
        const pid_t jumper = start(jumpOnce);
        QVERIFY(grower > 0 && jumper > 0);

        LeakWatch::Settings settings;
        settings.bucketMs = 0;
        settings.minSpanMs = 5000;
        LeakWatch watch(settings);
        ProcessSampler sampler{SysRoot(QStringLiteral("/"))};
        QElapsedTimer clock;
        clock.start();
        int samples = 0;
        // At least twice the points leak watch needs on each side of the step, however slow the
        // machine makes each sample.
        const int samplesEachSide = 2 * settings.minPoints;
        while (clock.elapsed() < 8000 || samples < 2 * samplesEachSide) {
            watch.append(sampler.sample());
            ++samples;
            if (samples == samplesEachSide) {
                m_shared->jumpNow.store(true, std::memory_order_release);
                QTRY_VERIFY_WITH_TIMEOUT(m_shared->jumped.load(std::memory_order_acquire), Waits::patientMs);
            }
            QThread::msleep(250);
        }

        std::optional<LeakWatch::Growth> grown;
        std::optional<LeakWatch::Growth> jumped;
        const QList<LeakWatch::Growth> growing = watch.growing();
        for (const LeakWatch::Growth &growth : growing) {
            if (growth.key.pid == grower)
                grown = growth;
            QVERIFY2(growth.key.pid != jumper, qPrintable(LeakWatch::describe(growth)));
        }
        QVERIFY2(grown, "the growing child is not among the growing processes");
        QCOMPARE(grown->trend, LeakWatch::Trend::Steady);

        // What the grower had touched at each instant leak watch read it, fitted the same way.
        const int entries = m_shared->entries.load(std::memory_order_acquire);
        QList<QPointF> achieved;
        for (const QPointF &point : watch.points(grown->key))
            achieved.append({point.x(), double(touchedAt(*m_shared, entries, (qint64(point.x()) - epochToMonotonicMs) * 1'000'000))});
        const double achievedRate = bytesPerHour(achieved);
        const double measuredRate = grown->bytesPerHour;
        qInfo("%s; its own log says %.0f MiB/h (asked: %.0f MiB/h), fit %.3f, %d points",
              qPrintable(LeakWatch::describe(*grown)),
              achievedRate / double(MiB),
              3600.0 * 1e9 / double(stepNs),
              grown->fit,
              grown->points);
        QVERIFY(achievedRate > 0);
        QVERIFY2(std::abs(measuredRate - achievedRate) <= 0.1 * achievedRate,
                 qPrintable(QStringLiteral("leak watch %1 MiB/h, the child %2 MiB/h").arg(measuredRate / double(MiB)).arg(achievedRate / double(MiB))));

        for (const ProcessRecord &process : sampler.sample().processes) {
            if (process.key.pid == jumper)
                jumped = watch.growthOf(process.key);
        }
        QVERIFY(jumped);
        QCOMPARE(jumped->trend, LeakWatch::Trend::Jump);
        QVERIFY2(jumped->lastBytes - jumped->firstBytes >= qint64(60 * MiB), qPrintable(LeakWatch::describe(*jumped)));
    }
};

QTEST_GUILESS_MAIN(TestLeakWatchLive)
#include "tst_leakwatchlive.moc"
