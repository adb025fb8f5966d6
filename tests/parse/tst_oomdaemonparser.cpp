// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The kills of systemd-oomd and earlyoom from journal text (tests/fixtures/oom-daemons), fed as
// the kill history reader feeds the journal: identifier and message, in order.
#include "parse/oomdaemonparser.h"
#include "support/fixtures.h"
#include "support/journaltext.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace
{
QList<OomKill> killsOf(const char *file, QString *problem = nullptr)
{
    OomDaemonParser parser;
    for (const JournalLine &line : journalLines(Fixtures::file("oom-daemons", file)))
        parser.add(line.timeMs, line.identifier, line.message);
    if (problem)
        *problem = parser.problem();
    return parser.takeKills();
}
}

class TestOomDaemonParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemdOomd()
    {
        QString problem;
        const QList<OomKill> kills = killsOf("journal.txt", &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(kills.size(), 7); // four of systemd-oomd's, three of earlyoom's

        const OomKill &pressure = kills[0];
        QCOMPARE(pressure.killer, OomKiller::SystemdOomd);
        QCOMPARE(pressure.cgroup, u"/user.slice/user-1000.slice/user@1000.service/app.slice/app-org.mozilla.firefox-4123.scope"_s);
        QCOMPARE(pressure.name, u"app-org.mozilla.firefox-4123.scope"_s);
        QCOMPARE(pressure.pid, 0);
        QCOMPARE(pressure.watchedCgroup, u"/user.slice/user-1000.slice/user@1000.service"_s);
        QCOMPARE(pressure.pressurePercent, 62.17);
        QCOMPARE(pressure.limitPercent, 50.0);
        QCOMPARE(pressure.duration, u"20s"_s);
        QCOMPARE(pressure.timeMs, QDateTime::fromString(u"2026-11-30T14:02:11+0100"_s, Qt::ISODate).toMSecsSinceEpoch());

        const OomKill &swap = kills[1];
        QCOMPARE(swap.name, u"app-gnome-org.gnome.Builder-9001.scope"_s);
        QVERIFY(qAbs(*swap.swapPercent - 100.0 * 7751073792.0 / 8589930496.0) < 1e-9);
        QCOMPARE(swap.limitPercent, 90.0);
        QVERIFY(!swap.pressurePercent);

        QCOMPARE(kills[2].cgroup, u"/system.slice/build.service"_s); // systemd before 250
        QVERIFY(kills[2].swapPercent > 91.0);
        QCOMPARE(kills[3].name, u"app-code-5521.scope"_s); // "Marked ... for killing", 254 on
        QCOMPARE(kills[3].pressurePercent, 71.04);
    }

    void earlyoom()
    {
        const QList<OomKill> kills = killsOf("journal.txt");
        // SIGTERM, then SIGKILL to the same process a second later: one kill, by SIGKILL.
        const OomKill &ollama = kills[4];
        QCOMPARE(ollama.killer, OomKiller::Earlyoom);
        QCOMPARE(ollama.pid, 48211);
        QCOMPARE(ollama.uid, 1000u);
        QCOMPARE(ollama.name, u"ollama"_s);
        QCOMPARE(ollama.signal, u"SIGKILL"_s);
        QCOMPARE(ollama.rssBytes, 9120LL * 1024 * 1024);
        QCOMPARE(ollama.availablePercent, 4.56);
        QCOMPARE(ollama.swapPercent, 9.82);
        QCOMPARE(ollama.limitPercent, 10.0);
        QCOMPARE(ollama.swapLimitPercent, 10.0);

        // A name with a quote in it, the fields of 1.8, a cmdline with commas.
        const OomKill &quoted = kills[5];
        QCOMPARE(quoted.name, u"a\": b\""_s);
        QCOMPARE(quoted.oomScoreAdj, 300);
        QCOMPARE(quoted.rssBytes, 4514LL * 1024 * 1024);
        QCOMPARE(quoted.availablePercent, 5.06);

        // Before 1.6: "(mem: 10 %, swap: 10 %)", and no memory report before it.
        const OomKill &old = kills[6];
        QCOMPARE(old.name, u"bun"_s);
        QCOMPARE(old.uid, 0u);
        QCOMPARE(old.limitPercent, 10.0);
        QCOMPARE(old.swapLimitPercent, 10.0);
        QVERIFY(!old.availablePercent);
    }

    // Damaged messages: the kill still counted where it is one, what could not be read absent,
    // and the first problem said.
    void hostile()
    {
        QString problem;
        const QList<OomKill> kills = killsOf("hostile.txt", &problem);
        QVERIFY(!problem.isEmpty());
        for (const OomKill &kill : kills) {
            for (const auto &share : {kill.pressurePercent, kill.availablePercent, kill.swapPercent, kill.limitPercent, kill.swapLimitPercent})
                QVERIFY(!share || (*share >= 0 && *share <= 100));
            QVERIFY(!kill.rssBytes || *kill.rssBytes >= 0);
            QVERIFY(!kill.oomScoreAdj || (*kill.oomScoreAdj >= -1000 && *kill.oomScoreAdj <= 1000));
            QVERIFY(kill.pid >= 0);
        }
        QStringList names;
        for (const OomKill &kill : kills)
            names.append(kill.name);
        // The pressure kill without a cgroup is no kill ("Killed  due to"); the self-test is not one.
        QCOMPARE(names, (QStringList{u"a.scope"_s, u"b.scope"_s, u"c.scope"_s, u"no end quote"_s.first(12), u"big"_s}));
        QVERIFY(!kills[0].swapPercent); // a total of 0
        QVERIFY(!kills[2].pressurePercent);
        QVERIFY(!kills[4].rssBytes && !kills[4].oomScoreAdj);
    }
};

QTEST_GUILESS_MAIN(TestOomDaemonParser)
#include "tst_oomdaemonparser.moc"
