// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "read/processreader.h"
#include "support/fixtures.h"

#include <QFile>
#include <QTest>

#include <sys/fsuid.h>
#include <unistd.h>

// ProcessReader on captured trees and on copies of them damaged the ways a live system can be:
// a process that ends mid-read, a file the user may not read, a kernel without smaps_rollup.
class TestProcessReader : public QObject
{
    Q_OBJECT

    // Runs f with file permission checks done as an unprivileged user, so a test run as root
    // (CI is) still meets EACCES on a file with mode 000. fsuid is per thread and restored after.
    template<typename F>
    static auto asUnprivileged(F &&f)
    {
        const uid_t previous = uid_t(setfsuid(65534));
        auto result = f();
        setfsuid(previous);
        return result;
    }

private Q_SLOTS:
    void readsEveryCapturedProcess()
    {
        const ProcessSnapshot snapshot = Fixtures::processes();
        QCOMPARE(snapshot.vanished, 0);
        QList<qint64> pids;
        for (const ProcessRecord &process : snapshot.processes)
            pids.append(process.key.pid);
        QCOMPARE(pids, (QList<qint64>{1, 2, 1170, 23158, 23160}));

        const ProcessRecord &odd = *Fixtures::find(snapshot, 23158);
        QCOMPARE(odd.name, QStringLiteral("odd) (name x"));
        QCOMPARE(odd.commandLine, (QStringList{QStringLiteral("./odd prog"), QStringLiteral("--flag"), QStringLiteral("arg with space")}));
        QCOMPARE(odd.user, QStringLiteral("0")); // the tree has no etc/passwd: the uid, as ps shows it
        QCOMPARE(odd.cgroup, QStringLiteral("/process_api/df4270beac341f7d3eea0b58c9ec3533"));
        QCOMPARE(Fixtures::find(snapshot, 23160)->ppid, 23158);
        QVERIFY(odd.pss().has_value());
        QVERIFY(*odd.uss() <= *odd.pss() && *odd.pss() <= *odd.rss.value);
        QCOMPARE(snapshot.smapsSource, QStringLiteral("smaps_rollup"));
    }

    void cgroupV2Kernel()
    {
        const ProcessSnapshot snapshot = Fixtures::processes("linux-6.1-cgroup2");
        QCOMPARE(snapshot.processes.size(), 4);
        const ProcessRecord &toucher = *Fixtures::find(snapshot, 86);
        QCOMPARE(toucher.name, QStringLiteral("toucher"));
        QCOMPARE(toucher.cgroup, QStringLiteral("/system.slice/foo.service"));
        // status says 23296 KiB, the page walk 23408 KiB: RSS is the walk's, consistent with PSS.
        QCOMPARE(toucher.rss.value, qint64(23408) * 1024);
        for (const ProcessRecord &process : snapshot.processes) {
            if (process.pss())
                QVERIFY(*process.uss() <= *process.pss() && *process.pss() <= *process.rss.value);
        }
        // pid 87's status claims 4 KiB resident; its smaps_rollup knows better.
        QVERIFY(*Fixtures::find(snapshot, 87)->rss.value >= *Fixtures::find(snapshot, 87)->pss());
        QVERIFY(Fixtures::find(snapshot, 2)->kernelThread);
    }

    void swappedAndOtherUsers()
    {
        const ProcessSnapshot snapshot = Fixtures::processes("linux-6.1-swap");
        QCOMPARE(snapshot.vanished, 0);
        const ProcessRecord &odd = *Fixtures::find(snapshot, 101);
        QCOMPARE(odd.name, QStringLiteral("my (odd)) prog"));
        QCOMPARE(odd.cgroup, QStringLiteral("/system.slice/foo.service"));
        const ProcessRecord &hog = *Fixtures::find(snapshot, 102);
        QCOMPARE(hog.swap.value, qint64(29156) * 1024); // smaps' Swap, not status's VmSwap
        QCOMPARE(hog.swapPss(), qint64(29156) * 1024);
        QCOMPARE(Fixtures::find(snapshot, 103)->uid, 1000u);
        for (const ProcessRecord &process : snapshot.processes) {
            if (process.pss())
                QVERIFY(*process.uss() <= *process.pss() && *process.pss() <= *process.rss.value);
        }
    }

    void kernelThreadHasNoUserMemory()
    {
        const ProcessSnapshot snapshot = Fixtures::processes();
        const ProcessRecord &kthreadd = *Fixtures::find(snapshot, 2);
        QVERIFY(kthreadd.kernelThread);
        QVERIFY(!kthreadd.rss.available());
        QVERIFY(!kthreadd.smaps.available());
        QVERIFY(kthreadd.smaps.unavailableReason.contains(QStringLiteral("kernel thread")));
        QCOMPARE(kthreadd.displayCommand(), QStringLiteral("[kthreadd]"));
    }

    void processThatEndsMidReadIsDropped()
    {
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.18", dir));
        // 23160 ended between readdir and reading its status: only its stat was left behind.
        for (const char *file : {"status", "cmdline", "smaps_rollup", "smaps", "oom_score", "oom_score_adj", "cgroup"})
            QFile::remove(dir.path() + QStringLiteral("/proc/23160/") + QLatin1StringView(file));
        // And 23158's directory is gone by the time it is read.
        QVERIFY(QDir(dir.path() + QStringLiteral("/proc/23158")).removeRecursively());
        QDir().mkpath(dir.path() + QStringLiteral("/proc/23158"));

        const ProcessSnapshot snapshot = ProcessSampler(SysRoot(dir.path())).sample();
        QCOMPARE(snapshot.vanished, 2);
        QVERIFY(!Fixtures::find(snapshot, 23158));
        QVERIFY(!Fixtures::find(snapshot, 23160));
        QVERIFY(Fixtures::find(snapshot, 1170));
    }

    void unreadableRollupKeepsRssAndSaysWhy()
    {
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.18", dir));
        const QString rollup = dir.path() + QStringLiteral("/proc/1170/smaps_rollup");
        QVERIFY(QFile::setPermissions(rollup, QFileDevice::Permissions()));

        ProcessReader reader{SysRoot(dir.path())};
        const auto bash = asUnprivileged([&] {
            return reader.read(1170);
        });
        QVERIFY(bash.has_value());
        QVERIFY(bash->rss.available()); // status is still readable
        QVERIFY(!bash->pss().has_value());
        QVERIFY(!bash->uss().has_value());
        QVERIFY2(bash->smaps.unavailableReason.contains(QStringLiteral("permission denied")), qPrintable(bash->smaps.unavailableReason));
        QVERIFY(bash->smaps.unavailableReason.contains(QStringLiteral("/proc/1170/smaps_rollup")));
    }

    void kernelWithoutRollupSumsSmaps()
    {
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.18", dir));
        const ProcessSnapshot withRollup = ProcessSampler(SysRoot(dir.path())).sample();
        for (const qint64 pid : {1170, 23158, 23160})
            QVERIFY(QFile::remove(dir.path() + QStringLiteral("/proc/%1/smaps_rollup").arg(pid)));

        const ProcessSnapshot summed = ProcessSampler(SysRoot(dir.path())).sample();
        QVERIFY(summed.smapsSource.startsWith(QStringLiteral("smaps ")));
        for (const qint64 pid : {1170, 23158, 23160}) {
            const SmapsCounters &fromRollup = *Fixtures::find(withRollup, pid)->smaps.value;
            const SmapsCounters &fromSmaps = *Fixtures::find(summed, pid)->smaps.value;
            // Page counts summed over mappings equal the rollup's (the two files were captured
            // moments apart from an idle process); PSS may differ by the rollup's rounding.
            for (const auto field :
                 {SmapsCounters::Rss, SmapsCounters::PrivateClean, SmapsCounters::PrivateDirty, SmapsCounters::SharedClean, SmapsCounters::Swap})
                QCOMPARE(fromSmaps.value(field), fromRollup.value(field));
            QVERIFY(qAbs(*fromSmaps.value(SmapsCounters::Pss) - *fromRollup.value(SmapsCounters::Pss)) <= 4096 * 8);
        }
    }

    void mappingsRefuseARecycledPid()
    {
        ProcessReader reader{SysRoot(Fixtures::tree("linux-6.18"))};
        const ProcessRecord odd = *reader.read(23158);
        const auto mappings = reader.readMappings(odd.key);
        QVERIFY(mappings.available());
        QVERIFY(mappings.value->size() > 10);
        const auto recycled = reader.readMappings({23158, odd.key.startTime + 1});
        QVERIFY(!recycled.available());
        QVERIFY(recycled.unavailableReason.contains(QStringLiteral("ended")));
    }

    void garbageStatIsNotAProcess()
    {
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.18", dir));
        QFile stat(dir.path() + QStringLiteral("/proc/1170/stat"));
        QVERIFY(stat.open(QIODevice::WriteOnly | QIODevice::Truncate));
        stat.write("1170 (bash) S 1\n"); // truncated after four fields
        stat.close();
        const ProcessSnapshot snapshot = ProcessSampler(SysRoot(dir.path())).sample();
        QVERIFY(!Fixtures::find(snapshot, 1170));
        QVERIFY(Fixtures::find(snapshot, 23158));
    }
};

QTEST_GUILESS_MAIN(TestProcessReader)
#include "tst_processreader.moc"
