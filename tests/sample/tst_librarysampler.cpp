// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The libraries view at the cost of what changed, on a copy of a captured tree that the test
// changes between ticks: a process's smaps is read again only when its PSS is, so a changed smaps
// that nothing schedules leaves the kept figures, and the process's memory moving (its stat)
// brings the new ones. A manual refresh reads every smaps; ended processes are let go.
#include "sample/librarysampler.h"
#include "support/fixtures.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
const QString ctype = u"/usr/lib/locale/C.utf8/LC_CTYPE"_s;

// bash's (pid 1170) PSS of a file, or -1 when it is not listed as a user.
qint64 bashPssOf(const LibrarySnapshot &snapshot, const QString &path)
{
    for (const LibraryUsage &library : snapshot.libraries) {
        if (library.path != path)
            continue;
        for (const LibraryUser &user : library.users) {
            if (user.process.pid == 1170)
                return user.pss;
        }
    }
    return -1;
}
}

class TestLibrarySampler : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tree;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_tree.isValid() && Fixtures::copyTree("linux-6.18", m_tree));
    }

    // The first tick has nothing kept: it is the plain sum of every process's smaps.
    void firstTickSumsEveryProcess()
    {
        ProcessSampler sampler{SysRoot(m_tree.path())};
        const ProcessSnapshot processes = sampler.sampleIncremental(1000);
        LibrarySnapshot sampled = LibrarySampler().sample(processes, sampler);

        LibraryAggregator aggregator;
        for (const ProcessRecord &process : processes.processes) {
            if (process.kernelThread)
                continue;
            const MappingSnapshot mappings = sampler.sampleMappings(process.key);
            if (mappings.mappings.value)
                aggregator.add(process, LibraryAggregator::perFile(*mappings.mappings.value), mappings.sampledAtMs);
            else
                aggregator.addUnreadable();
        }
        LibrarySnapshot summed = aggregator.finish(processes.sampledAtMs);
        QVERIFY(sampled.oldestReadAtMs > 0 && sampled.oldestReadAtMs <= summed.oldestReadAtMs);
        sampled.oldestReadAtMs = summed.oldestReadAtMs = 0;
        QVERIFY(!sampled.libraries.isEmpty());
        QCOMPARE(sampled.libraries, summed.libraries);
        QCOMPARE(sampled.unreadableProcesses, summed.unreadableProcesses);
    }

    void readsSmapsAgainOnlyWithThePss()
    {
        ProcessSampler sampler{SysRoot(m_tree.path())};
        LibrarySampler libraries;
        const LibrarySnapshot first = libraries.sample(sampler.sampleIncremental(1000), sampler);
        QCOMPARE(bashPssOf(first, ctype), 39 * 1024);

        // bash's smaps changes, its stat does not: nothing schedules a read, the figure is kept.
        QVERIFY(Fixtures::rewrite(m_tree.filePath(u"proc/1170/smaps"_s),
                                  "Rss:                 128 kB\nPss:                  39 kB",
                                  "Rss:                 128 kB\nPss:                  64 kB"));
        QTest::qWait(20);
        const LibrarySnapshot second = libraries.sample(sampler.sampleIncremental(1000), sampler);
        QCOMPARE(bashPssOf(second, ctype), 39 * 1024);
        QCOMPARE(second.oldestReadAtMs, first.oldestReadAtMs);
        QVERIFY(second.sampledAtMs - second.oldestReadAtMs >= 20);
        // Nothing moved: the same sums, shared rather than summed again, for the model to see at once.
        QVERIFY(second.libraries.constData() == first.libraries.constData());

        // Its RSS moves by a page: PSS and smaps are both read again.
        QVERIFY(Fixtures::rewrite(m_tree.filePath(u"proc/1170/stat"_s), " 5259264 995 ", " 5259264 996 "));
        const LibrarySnapshot third = libraries.sample(sampler.sampleIncremental(1000), sampler);
        QCOMPARE(bashPssOf(third, ctype), 64 * 1024);

        // A manual refresh reads every process's smaps afresh.
        QVERIFY(Fixtures::rewrite(m_tree.filePath(u"proc/1170/smaps"_s), "Pss:                  64 kB", "Pss:                  80 kB"));
        QTest::qWait(20);
        const LibrarySnapshot full = libraries.sample(sampler.sample(), sampler);
        QCOMPARE(bashPssOf(full, ctype), 80 * 1024);
        QVERIFY(full.oldestReadAtMs > third.oldestReadAtMs);
    }

    // A renamed process is a change even when no smaps is read: its rows carry the new name.
    void aRenameReachesTheRows()
    {
        ProcessSampler sampler{SysRoot(m_tree.path())};
        LibrarySampler libraries;
        const LibrarySnapshot first = libraries.sample(sampler.sampleIncremental(1000), sampler);
        QVERIFY(Fixtures::rewrite(m_tree.filePath(u"proc/1170/stat"_s), "(bash)", "(renamed)"));
        const LibrarySnapshot second = libraries.sample(sampler.sampleIncremental(1000), sampler);
        QVERIFY(second.libraries.constData() != first.libraries.constData());
        for (const LibraryUsage &library : second.libraries) {
            for (const LibraryUser &user : library.users) {
                if (user.process.pid == 1170)
                    QCOMPARE(user.processName, u"renamed"_s);
            }
        }
        QCOMPARE(bashPssOf(second, ctype), 39 * 1024);
    }

    void letsEndedProcessesGo()
    {
        ProcessSampler sampler{SysRoot(m_tree.path())};
        LibrarySampler libraries;
        QVERIFY(bashPssOf(libraries.sample(sampler.sampleIncremental(1000), sampler), ctype) > 0);
        QVERIFY(QDir(m_tree.filePath(u"proc/1170"_s)).removeRecursively());
        const LibrarySnapshot after = libraries.sample(sampler.sampleIncremental(1000), sampler);
        for (const LibraryUsage &library : after.libraries) {
            for (const LibraryUser &user : library.users)
                QVERIFY2(user.process.pid != 1170, qPrintable(library.path));
        }
    }

    // A process whose smaps cannot be read is counted as such, tick after tick.
    void unreadableStaysCounted()
    {
        QVERIFY(QFile::remove(m_tree.filePath(u"proc/1170/smaps"_s)));
        ProcessSampler sampler{SysRoot(m_tree.path())};
        LibrarySampler libraries;
        const int unreadable = libraries.sample(sampler.sampleIncremental(1000), sampler).unreadableProcesses;
        QVERIFY(unreadable >= 1);
        QCOMPARE(libraries.sample(sampler.sampleIncremental(1000), sampler).unreadableProcesses, unreadable);
    }
};

QTEST_GUILESS_MAIN(TestLibrarySampler)
#include "tst_librarysampler.moc"
