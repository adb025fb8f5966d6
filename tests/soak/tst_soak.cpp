// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The soak test (issue 6): the samplers read the live /proc ten times a second for
// MEMLENS_SOAK_SECONDS (180 unless set) while memlens-churn starts and ends 150 processes a second,
// with names that have spaces or change, and many that end between the listing of /proc and the
// reading of their files. Every snapshot must be consistent, the sampler's own heap must stop
// growing once warm, and the sanitizers of the build it runs in must stay silent.
#include "liveheap.h"
#include "snapshotchecks.h"
#include "support/waits.h"

#include "sample/processsampler.h"
#include "sample/systemsampler.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QThread>

#include <csignal>
#include <unistd.h>

class TestSoak : public QObject
{
    Q_OBJECT

    static constexpr int tickMs = 100;
    static constexpr int fullPassEvery = 50; // a manual refresh every 5 s, incremental ticks between
    static constexpr int churnRate = 150; // asked of memlens-churn; a loaded machine gives fewer
    static constexpr qint64 allowedGrowth = 5 << 20;

    static double mib(qint64 bytes)
    {
        return double(bytes) / (1 << 20);
    }

    QProcess m_churn;

private Q_SLOTS:
    void initTestCase()
    {
        m_churn.setProgram(QStringLiteral(MEMLENS_CHURN));
        m_churn.setArguments({QString::number(churnRate)});
        m_churn.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // A process group of its own, so that cleanup can end it and every child with one signal.
        m_churn.setChildProcessModifier([] {
            ::setpgid(0, 0);
        });
        m_churn.start();
        QVERIFY2(m_churn.waitForStarted(), qPrintable(m_churn.errorString()));
        QVERIFY(m_churn.waitForReadyRead(Waits::patientMs));
        QCOMPARE(m_churn.readLine(), QByteArray("ready\n"));
    }

    void cleanupTestCase()
    {
        // Only after a failure is it still running. Asked to stop, it kills and reaps its
        // children; killed outright, it would leave them to init. The group is killed only if it
        // does not stop, while its pid is not yet reaped and so cannot name another group.
        if (m_churn.state() == QProcess::NotRunning)
            return;
        m_churn.terminate();
        if (!m_churn.waitForFinished(Waits::patientMs)) {
            ::kill(-pid_t(m_churn.processId()), SIGKILL);
            m_churn.waitForFinished();
        }
    }

    void snapshotsStayConsistentUnderChurn()
    {
        bool secondsSet = false;
        const int seconds = qEnvironmentVariableIntValue("MEMLENS_SOAK_SECONDS", &secondsSet);
        const int ticks = (secondsSet ? seconds : 180) * 1000 / tickMs;
        const int warmUpTicks = ticks / 5;
        const qint64 churnPid = m_churn.processId();

        const SysRoot root;
        SystemSampler system(root);
        ProcessSampler processes(root);
        QSet<ProcessKey> previous; // the last tick's processes, to count the ones new in each
        qint64 seen = 0, churnChildrenSeen = 0, spacedNameRows = 0, vanished = 0, slowestTickMs = 0;
        std::optional<qint64> ownRss, heapAfterWarmUp;
        QElapsedTimer clock;
        clock.start();
        for (int tick = 0; tick < ticks; ++tick) {
            if (const qint64 wait = qint64(tick) * tickMs - clock.elapsed(); wait > 0)
                QThread::msleep(ulong(wait)); // a late tick is not made up by a burst: it only starts at once
            QCoreApplication::processEvents(); // lets QProcess notice if the churn ended
            if (tick == warmUpTicks)
                heapAfterWarmUp = LiveHeap::bytes(); // between ticks: no snapshot alive, only the samplers' state
            const qint64 tickStart = clock.elapsed();

            const SystemSnapshot systemSnapshot = system.sample();
            const bool fullPass = tick % fullPassEvery == 0;
            const ProcessSnapshot snapshot = fullPass ? processes.sample() : processes.sampleIncremental(tickMs);
            QString problem = SnapshotChecks::problemIn(systemSnapshot);
            if (problem.isEmpty())
                problem = SnapshotChecks::problemIn(snapshot);
            if (problem.isEmpty())
                problem = SnapshotChecks::problemInTotals(systemSnapshot, snapshot);

            QSet<ProcessKey> current;
            current.reserve(snapshot.processes.size());
            QList<ProcessKey> churnChildren;
            for (const ProcessRecord &process : snapshot.processes) {
                current.insert(process.key);
                const bool child = process.ppid == churnPid;
                if (child)
                    churnChildren.append(process.key);
                if (!previous.contains(process.key)) {
                    ++seen;
                    churnChildrenSeen += child;
                }
                spacedNameRows += child && process.name.contains(u' ');
                if (process.key.pid == qint64(getpid()))
                    ownRss = process.rss.value;
            }
            previous = std::move(current);
            vanished += snapshot.vanished;

            // The details view shows one process's mappings each tick: here a churn child, which
            // may end while its smaps is read.
            if (problem.isEmpty() && !churnChildren.isEmpty())
                problem = SnapshotChecks::problemIn(processes.sampleMappings(churnChildren[tick % churnChildren.size()]));
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("tick %1 (%2): %3").arg(tick).arg(fullPass ? u"full pass"_qs : u"incremental"_qs, problem)));
            slowestTickMs = std::max(slowestTickMs, clock.elapsed() - tickStart);
        }
        const qint64 heapAtEnd = LiveHeap::bytes();
        const double elapsed = double(clock.elapsed()) / 1000;

        QVERIFY2(m_churn.state() == QProcess::Running, "memlens-churn ended before the soak did");
        m_churn.terminate();
        QVERIFY(m_churn.waitForFinished(Waits::patientMs));
        QCOMPARE(m_churn.exitCode(), 0);
        const QList<QByteArray> report = m_churn.readAll().simplified().split(' '); // "children N seconds S"
        QCOMPARE(report.size(), 4);
        const double churnPerSecond = report[1].toDouble() / report[3].toDouble();

        qInfo("soak: %d ticks (a full pass every %d) in %.1f s, the slowest %lld ms", ticks, fullPassEvery, elapsed, slowestTickMs);
        qInfo("processes: %lld seen, %lld of them churn children; %lld rows of churn children named with a space; %lld vanished while read",
              seen,
              churnChildrenSeen,
              spacedNameRows,
              vanished);
        qInfo("churn: %s children in %s s, %.1f a second", report[1].constData(), report[3].constData(), churnPerSecond);
        qInfo("heap (%s): %.2f MiB after warm-up (tick %d), %.2f MiB at the end, growth %+.2f MiB (limit %.0f MiB); own RSS as sampled %.1f MiB",
              LiveHeap::source(),
              mib(heapAfterWarmUp.value_or(0)),
              warmUpTicks,
              mib(heapAtEnd),
              mib(heapAtEnd - heapAfterWarmUp.value_or(0)),
              mib(allowedGrowth),
              mib(ownRss.value_or(0)));

        // What the run claims to test is what the sampler met, not the pace the churn was asked
        // for: processes that began and processes that ended while their files were read. A loaded
        // machine starts fewer children a second; it does not make the run prove less about those.
        QVERIFY2(churnChildrenSeen > 0, "the sampler never saw a churn child: the soak proves nothing");
        QVERIFY2(vanished > 0, "no process ended while the sampler read it: the soak proves nothing");
        QVERIFY(heapAfterWarmUp);
        QVERIFY2(heapAtEnd - *heapAfterWarmUp < allowedGrowth, "the sampler's heap kept growing after warm-up");
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
