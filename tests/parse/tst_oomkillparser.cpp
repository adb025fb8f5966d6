// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/kmsgrecordparser.h"
#include "parse/oomkillparser.h"
#include "parsetest.h"

#include <QTest>

// The OOM killer's messages in the captured kernel log of two kills in a v1 memory cgroup (a
// victim named "oom) (hog), x" and one named "hog" run as nobody with oom_score_adj 500), and
// copies of it changed into what other kernels and other situations write.
class TestOomKillParser : public QObject
{
    Q_OBJECT

    static QByteArray captured()
    {
        return Fixtures::file("linux-6.18-oom", "dev/kmsg");
    }

    struct Parsed {
        QList<OomKill> kills;
        QString problem;
    };

    // Feeds every record of a kmsg stream, timed in ms since boot.
    static Parsed parse(const QByteArray &kmsg)
    {
        const auto records = parseKmsgRecords(kmsg);
        OomKillParser parser;
        for (const KmsgRecord &record : records.value)
            parser.add(record.sinceBootUsec / 1000, record.message);
        return {parser.takeKills(), parser.problem()};
    }

    static QByteArray withoutRecord(QByteArray kmsg, QByteArrayView start)
    {
        const qsizetype at = kmsg.indexOf(QByteArray(";" + start.toByteArray()));
        const qsizetype begin = kmsg.lastIndexOf('\n', at) + 1;
        return kmsg.remove(begin, kmsg.indexOf('\n', at) + 1 - begin);
    }

private Q_SLOTS:
    void capturedKills()
    {
        const Parsed parsed = parse(captured());
        QVERIFY2(parsed.problem.isEmpty(), qPrintable(parsed.problem));
        QCOMPARE(parsed.kills.size(), 2);

        const OomKill &odd = parsed.kills[0];
        QCOMPARE(odd.timeMs, std::optional<qint64>(11727048));
        QCOMPARE(odd.pid, qint64(6372));
        QCOMPARE(odd.name, QStringLiteral("oom) (hog), x"));
        QCOMPARE(odd.uid, std::optional<uint>(0));
        QCOMPARE(odd.trigger, QStringLiteral("Memory cgroup out of memory"));
        QCOMPARE(odd.totalVmBytes, ParseTest::kib(35372));
        QCOMPARE(odd.anonRssBytes, ParseTest::kib(32640));
        QCOMPARE(odd.fileRssBytes, ParseTest::kib(1072));
        QCOMPARE(odd.shmemRssBytes, ParseTest::kib(0));
        QCOMPARE(odd.pageTablesBytes, ParseTest::kib(108));
        QCOMPARE(odd.oomScoreAdj, std::optional<int>(0));
        QCOMPARE(odd.constraint, QStringLiteral("CONSTRAINT_MEMCG"));
        QCOMPARE(odd.cgroup, QStringLiteral("/memlens-oom"));
        QCOMPARE(odd.limitCgroup, QStringLiteral("/memlens-oom"));

        const OomKill &hog = parsed.kills[1];
        QCOMPARE(hog.timeMs, std::optional<qint64>(11727161));
        QCOMPARE(hog.pid, qint64(6374));
        QCOMPARE(hog.name, QStringLiteral("hog"));
        QCOMPARE(hog.uid, std::optional<uint>(65534));
        QCOMPARE(hog.anonRssBytes, ParseTest::kib(32384));
        QCOMPARE(hog.fileRssBytes, ParseTest::kib(1112));
        QCOMPARE(hog.pageTablesBytes, ParseTest::kib(112));
        QCOMPARE(hog.oomScoreAdj, std::optional<int>(500));
        QCOMPARE(hog.cgroup, QStringLiteral("/memlens-oom"));
    }

    void systemWideKill()
    {
        // What a kill outside any limit writes: another trigger, no oom_memcg, the root cgroup.
        QByteArray kmsg = captured();
        kmsg = Fixtures::replaced(kmsg, "Memory cgroup out of memory: Killed process 6374", "Out of memory: Killed process 6374");
        kmsg = Fixtures::replaced(kmsg,
                                  "CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=/memlens-oom,task_memcg=/memlens-oom,task=hog",
                                  "CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,task_memcg=/user.slice,task=hog");
        const Parsed parsed = parse(kmsg);
        QVERIFY2(parsed.problem.isEmpty(), qPrintable(parsed.problem));
        const OomKill &hog = parsed.kills[1];
        QCOMPARE(hog.trigger, QStringLiteral("Out of memory"));
        QCOMPARE(hog.constraint, QStringLiteral("CONSTRAINT_NONE"));
        QCOMPARE(hog.cgroup, QStringLiteral("/user.slice"));
        QVERIFY(hog.limitCgroup.isEmpty());
    }

    void killWithoutItsSummary()
    {
        // The summary was overwritten in the ring buffer, or the kernel predates it: the kill is
        // kept, its constraint and cgroup unknown, and that is no problem with the log.
        const Parsed parsed = parse(withoutRecord(
            captured(),
            "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=/memlens-oom,task_memcg=/memlens-oom,task=hog"));
        QVERIFY2(parsed.problem.isEmpty(), qPrintable(parsed.problem));
        QCOMPARE(parsed.kills.size(), 2);
        QCOMPARE(parsed.kills[0].cgroup, QStringLiteral("/memlens-oom"));
        QVERIFY(parsed.kills[1].constraint.isEmpty());
        QVERIFY(parsed.kills[1].cgroup.isEmpty());
        QCOMPARE(parsed.kills[1].uid, std::optional<uint>(65534)); // the kill line has it too
    }

    void summaryOfAnotherProcessIsNotPaired()
    {
        // Only the first kill's summary is left, and the second kill is not its process.
        const Parsed parsed = parse(withoutRecord(
            withoutRecord(captured(), "Memory cgroup out of memory: Killed process 6372"),
            "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=/memlens-oom,task_memcg=/memlens-oom,task=hog"));
        QCOMPARE(parsed.kills.size(), 1);
        QCOMPARE(parsed.kills[0].pid, qint64(6374));
        QVERIFY(parsed.kills[0].cgroup.isEmpty());
    }

    void aNewBootForgetsTheSummary()
    {
        const auto records = parseKmsgRecords(captured()).value;
        OomKillParser parser;
        for (const KmsgRecord &record : records) {
            if (record.sequence == 423)
                parser.startBoot();
            parser.add(std::nullopt, record.message);
        }
        const QList<OomKill> kills = parser.takeKills();
        QVERIFY(kills[0].cgroup.isEmpty());
        QVERIFY(!kills[0].timeMs.has_value());
        QCOMPARE(kills[1].cgroup, QStringLiteral("/memlens-oom"));
        QVERIFY(parser.takeKills().isEmpty()); // taken once
    }

    void cgroupPathWithTheSummarysKeys()
    {
        // Cgroup names may hold commas and "task=": the name from the kill line finds the end.
        const QByteArray kmsg = Fixtures::replaced(captured(), "task_memcg=/memlens-oom,task=oom) (hog), x", "task_memcg=/a,task=b,pid=1/c,task=oom) (hog), x");
        const Parsed parsed = parse(kmsg);
        QCOMPARE(parsed.kills[0].cgroup, QStringLiteral("/a,task=b,pid=1/c"));
        QCOMPARE(parsed.kills[0].name, QStringLiteral("oom) (hog), x"));
    }

    void olderKernelFormats()
    {
        // Before UID, pgtables and oom_score_adj were printed (4.x): those are absent, not zero.
        QByteArray kmsg = Fixtures::replaced(captured(), ", shmem-rss:0kB, UID:65534 pgtables:112kB oom_score_adj:500", ", shmem-rss:0kB");
        // And before 4.19 the kill had a line of its own after "Kill process ... or sacrifice child".
        kmsg = Fixtures::replaced(kmsg, "Memory cgroup out of memory: Killed process 6372", "Killed process 6372");
        const Parsed parsed = parse(kmsg);
        QVERIFY2(parsed.problem.isEmpty(), qPrintable(parsed.problem));
        QCOMPARE(parsed.kills[0].trigger, QString());
        QCOMPARE(parsed.kills[0].anonRssBytes, ParseTest::kib(32640));
        const OomKill &hog = parsed.kills[1];
        QCOMPARE(hog.shmemRssBytes, ParseTest::kib(0));
        QCOMPARE(hog.pageTablesBytes, ParseTest::absent);
        QCOMPARE(hog.oomScoreAdj, std::optional<int>());
        QCOMPARE(hog.uid, std::optional<uint>(65534)); // from the summary
    }

    void otherMessagesAreIgnored()
    {
        OomKillParser parser;
        parser.add(1, "oom_reaper: reaped process 6374 (hog), now anon-rss:0kB, file-rss:0kB, shmem-rss:0kB");
        parser.add(2, "audit: Killed process 12 (x) by policy"); // not the OOM killer's words
        parser.add(3, "hog invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=500");
        QVERIFY(parser.takeKills().isEmpty());
        QVERIFY(parser.problem().isEmpty());
    }

    void malformed_data()
    {
        const QByteArray real = captured();
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("kills");
        QTest::addColumn<QString>("problem");
        // The last record is the second kill; cut inside its figures, its name, its pid.
        QTest::addRow("cut before file-rss") << real.left(real.lastIndexOf("file-rss:")) << 2 << QStringLiteral("missing sizes");
        QTest::addRow("cut inside the name") << real.left(real.lastIndexOf("(hog)") + 3) << 2 << QStringLiteral("a cut-short process name");
        QTest::addRow("cut inside the pid") << real.left(real.lastIndexOf("process 6374") + 10) << 1 << QStringLiteral("no process id");
        QTest::addRow("garbage figure") << Fixtures::replaced(real, "anon-rss:32384kB", "anon-rss:32x84kB") << 2
                                        << QStringLiteral("an unreadable \"anon-rss\"");
        QTest::addRow("oom_score_adj beyond 1000") << Fixtures::replaced(real, "oom_score_adj:500", "oom_score_adj:5000") << 2
                                                   << QStringLiteral("an unreadable \"oom_score_adj\"");
        QTest::addRow("field without a colon") << Fixtures::replaced(real, "UID:65534", "UID65534") << 2 << QStringLiteral("an unreadable field");
        QTest::addRow("summary without pid") << Fixtures::replaced(real, "task=hog,pid=6374", "task=hog") << 2 << QStringLiteral("not an oom-kill summary");
        QTest::addRow("summary without constraint") << Fixtures::replaced(
            real,
            "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=/,mems_allowed=0,oom_memcg=/memlens-oom,task_memcg=/memlens-oom,task=hog",
            "oom-kill:nodemask=(null),task_memcg=/memlens-oom,task=hog")
                                                    << 2 << QStringLiteral("not an oom-kill summary");
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, kills);
        QFETCH(QString, problem);
        const Parsed parsed = parse(text);
        QCOMPARE(parsed.kills.size(), kills);
        QVERIFY2(parsed.problem.startsWith(problem), qPrintable(parsed.problem));
        QCOMPARE(parsed.kills[0].name, QStringLiteral("oom) (hog), x")); // the first kill is untouched
        QCOMPARE(parsed.kills[0].anonRssBytes, ParseTest::kib(32640));
    }
};

QTEST_GUILESS_MAIN(TestOomKillParser)
#include "tst_oomkillparser.moc"
