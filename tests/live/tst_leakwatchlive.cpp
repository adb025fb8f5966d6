#include "model/leakwatch.h"
#include "read/sysroot.h"
#include "sample/processsampler.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

#include <csignal>
#include <cstring>
#include <ctime>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

// Leak watch on the live /proc: a real child grows at a known rate and must be found with that
// rate; another allocates once and stays level, and must not be flagged.
class TestLeakWatchLive : public QObject
{
    Q_OBJECT

    static constexpr size_t MiB = 1 << 20;
    static constexpr long stepNs = 100'000'000; // the grower maps and touches 1 MiB every 100 ms
    static constexpr double growerMiBPerHour = 3600.0 * 1e9 / double(stepNs);

    // Touches fresh anonymous pages so that they count in RSS and PSS at once. Only
    // async-signal-safe calls: the child of a threaded process must not take a lock.
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

    // Absolute deadlines: a late wake-up does not lower the rate.
    [[noreturn]] static void grow()
    {
        prctl(PR_SET_NAME, "grower");
        timespec next;
        clock_gettime(CLOCK_MONOTONIC, &next);
        for (;;) {
            touch(MiB);
            next = after(next, stepNs);
            clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &next, nullptr);
        }
    }

    [[noreturn]] static void jumpOnce()
    {
        prctl(PR_SET_NAME, "jumper");
        timespec wait{2, 0};
        nanosleep(&wait, nullptr);
        touch(64 * MiB);
        for (;;)
            pause();
    }

    pid_t start(void (*body)())
    {
        const pid_t pid = fork();
        if (pid == 0)
            body();
        m_children.append(pid);
        return pid;
    }

    QList<pid_t> m_children;

private Q_SLOTS:
    void cleanup()
    {
        for (const pid_t pid : std::as_const(m_children)) {
            kill(pid, SIGKILL);
            waitpid(pid, nullptr, 0);
        }
        m_children.clear();
    }

    void findsTheGrowerAtItsRateAndNotTheJump()
    {
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
        while (clock.elapsed() < 8000) {
            watch.append(sampler.sample());
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
        const double mibPerHour = grown->bytesPerHour / double(MiB);
        qInfo("%s (%.0f MiB/h expected, fit %.3f, %d points)", qPrintable(LeakWatch::describe(*grown)), growerMiBPerHour, grown->fit, grown->points);
        QVERIFY2(std::abs(mibPerHour - growerMiBPerHour) <= 0.1 * growerMiBPerHour, qPrintable(QString::number(mibPerHour)));

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
