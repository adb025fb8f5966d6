// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Incremental sampling on a copy of a captured tree that the test changes between ticks: the cheap
// stat pass decides who gets a fresh smaps_rollup, the others keep their last reading (and say
// when it was read), and a full pass reads everything.
#include "sample/processsampler.h"
#include "support/fixtures.h"

#include <QDir>
#include <QTest>

namespace
{
qint64 pssOf(const ProcessSnapshot &snapshot, qint64 pid)
{
    const ProcessRecord *process = Fixtures::find(snapshot, pid);
    return process && process->pss() ? *process->pss() : -1;
}
}

class TestProcessSampler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_tree.isValid() && Fixtures::copyTree("linux-6.1-swap", m_tree));
    }

    void firstIncrementalTickReadsEverything()
    {
        ProcessSampler sampler{SysRoot(m_tree.path())};
        ProcessSnapshot incremental = sampler.sampleIncremental(1000);
        ProcessSnapshot full = ProcessSampler(SysRoot(m_tree.path())).sample();
        QVERIFY(!incremental.processes.isEmpty());
        QCOMPARE(incremental.processes.size(), full.processes.size());
        for (qsizetype i = 0; i < full.processes.size(); ++i) {
            incremental.processes[i].readAtMs = full.processes[i].readAtMs = 0;
            QVERIFY(incremental.processes[i] == full.processes[i]);
        }
    }

    void onlyAProcessWhoseMemoryMovedIsReadAgain()
    {
        ProcessSampler sampler{SysRoot(m_tree.path())};
        const ProcessSnapshot first = sampler.sampleIncremental(1000);
        QCOMPARE(pssOf(first, 103), 510 * 1024);

        // Both rollups change; only 103's stat shows it (its RSS moved), and 101 gets renamed.
        QVERIFY(Fixtures::rewrite(m_tree.filePath(u"proc/103/smaps_rollup"_qs), "Pss:                 510 kB", "Pss:                 612 kB"));
        QVERIFY(Fixtures::rewrite(m_tree.filePath(u"proc/103/stat"_qs), " 523 2314240 1 ", " 523 2314240 2 "));
        const qint64 pss101 = pssOf(first, 101);
        QVERIFY(Fixtures::rewrite(m_tree.filePath(u"proc/101/smaps_rollup"_qs), "Pss:", "Pss:  1"));
        QVERIFY(Fixtures::rewrite(m_tree.filePath(u"proc/101/stat"_qs), "(my (odd)) prog)", "(renamed)"));
        QTest::qWait(20);

        const ProcessSnapshot second = sampler.sampleIncremental(1000);
        QCOMPARE(pssOf(second, 103), 612 * 1024);
        QVERIFY(Fixtures::find(second, 103)->readAtMs > Fixtures::find(first, 103)->readAtMs);
        QCOMPARE(pssOf(second, 101), pss101); // not due, did not move: its last reading stays
        QCOMPARE(Fixtures::find(second, 101)->readAtMs, Fixtures::find(first, 101)->readAtMs);
        QCOMPARE(Fixtures::find(second, 101)->name, u"renamed"_qs); // what stat says is always fresh

        // A manual refresh reads everything.
        QVERIFY(pssOf(sampler.sample(), 101) != pss101);
    }

    void noReadingOutlivesTheBound()
    {
        ProcessSampler sampler{SysRoot(m_tree.path())};
        sampler.setSchedulerSettings({1000, 0}); // a bound of one interval: everything is due each tick
        const ProcessSnapshot first = sampler.sampleIncremental(1000);
        QVERIFY(Fixtures::rewrite(m_tree.filePath(u"proc/103/smaps_rollup"_qs), "Pss:                 510 kB", "Pss:                 612 kB"));
        QCOMPARE(pssOf(sampler.sampleIncremental(1000), 103), 612 * 1024);
    }

    // KSM merges pages behind the processes' backs: no stat moves, yet PSS does. Its counters
    // moving unsettles every reading, which with a bound of one interval is read at once.
    void ksmMergesUnsettleTheReadings()
    {
        QVERIFY(QDir(m_tree.path()).mkpath(u"sys/kernel/mm/ksm"_qs));
        const auto setKsm = [&](QByteArrayView shared, QByteArrayView sharing) {
            for (const auto &[name, value] : {std::pair{u"pages_shared"_qs, shared}, std::pair{u"pages_sharing"_qs, sharing}}) {
                QFile file(m_tree.filePath(u"sys/kernel/mm/ksm/"_qs + name));
                QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
                file.write(value.toByteArray() + '\n');
            }
        };
        setKsm("10", "100");
        ProcessSampler sampler{SysRoot(m_tree.path())};
        PssScheduler::Settings settings;
        settings.maxAgeMs = 1000;
        sampler.setSchedulerSettings(settings);
        const qint64 firstRead = Fixtures::find(sampler.sampleIncremental(1000), 101)->readAtMs;
        QTest::qWait(20);
        QCOMPARE(Fixtures::find(sampler.sampleIncremental(1000), 101)->readAtMs, firstRead); // settled

        setKsm("510", "20100"); // 20 500 pages merged: up to 40 MiB of drift
        QTest::qWait(20);
        QVERIFY(Fixtures::find(sampler.sampleIncremental(1000), 101)->readAtMs > firstRead);
    }

    // Exited but not yet collected: the kernel empties its status and smaps_rollup. Its old
    // figures must go at the next tick, though nothing schedules a read of it.
    void aZombieLosesItsFiguresAtOnce()
    {
        ProcessSampler sampler{SysRoot(m_tree.path())};
        QVERIFY(sampler.sampleIncremental(1000).processes.size() > 0);
        QVERIFY(Fixtures::rewrite(m_tree.filePath(u"proc/101/stat"_qs), "prog) S 1", "prog) Z 1"));
        for (const char *line : {"VmRSS:\t   20972 kB\n", "RssAnon:\t   16432 kB\n", "RssFile:\t       4 kB\n", "RssShmem:\t    4536 kB\n"})
            QVERIFY(Fixtures::rewrite(m_tree.filePath(u"proc/101/status"_qs), line, ""));
        QFile rollup(m_tree.filePath(u"proc/101/smaps_rollup"_qs));
        QVERIFY(rollup.open(QIODevice::WriteOnly | QIODevice::Truncate));
        rollup.close();

        const ProcessSnapshot snapshot = sampler.sampleIncremental(1000);
        const ProcessRecord *zombie = Fixtures::find(snapshot, 101);
        QVERIFY(zombie);
        QCOMPARE(zombie->state, 'Z');
        QVERIFY(!zombie->rss.available());
        QVERIFY(!zombie->smaps.available());
        QVERIFY2(zombie->rss.unavailableReason.contains(u"exited"_qs), qPrintable(zombie->rss.unavailableReason));
    }

    void aProcessThatEndedIsDropped()
    {
        ProcessSampler sampler{SysRoot(m_tree.path())};
        const qsizetype before = sampler.sampleIncremental(1000).processes.size();
        QVERIFY(QDir(m_tree.filePath(u"proc/108"_qs)).removeRecursively());
        const ProcessSnapshot after = sampler.sampleIncremental(1000);
        QCOMPARE(after.processes.size(), before - 1);
        QVERIFY(!Fixtures::find(after, 108));
    }

private:
    QTemporaryDir m_tree;
};

QTEST_GUILESS_MAIN(TestProcessSampler)
#include "tst_processsampler.moc"
