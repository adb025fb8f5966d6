// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// "Show all processes": what the helper's readrollups returns, filled into a snapshot. The reply
// is produced by the helper's own rule on a captured tree, so the figures travel the same way as
// in the application, minus D-Bus (e2e-helper.sh covers that).
#include "privileged/rollupsupplement.h"
#include "support/fixtures.h"
#include "support/helperreply.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
constexpr const char *tree = "linux-6.18";

QVariantMap replyFromHelper()
{
    return HelperReply::data(TuningRules::readRollups(RootDir(Fixtures::tree(tree).toStdString()), {}));
}
}

class TestRollupSupplement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsWhatThisUserCouldNotRead()
    {
        const ProcessSnapshot captured = Fixtures::processes(tree);
        ProcessSnapshot snapshot = captured;
        // As a desktop user sees it: other users' processes without smaps figures.
        int hidden = 0;
        for (ProcessRecord &process : snapshot.processes) {
            if (!process.kernelThread && process.smaps.available() && process.key.pid != 23160) {
                process.smaps = Reading<SmapsCounters>::missing(u"permission denied"_s);
                ++hidden;
            }
        }
        QVERIFY(hidden > 0);
        const RollupSupplement supplement = RollupSupplement::fromReply(replyFromHelper(), 0);
        QCOMPARE(supplement.fill(snapshot), hidden);
        for (qsizetype i = 0; i < snapshot.processes.size(); ++i) {
            const ProcessRecord &filled = snapshot.processes[i];
            const ProcessRecord &original = captured.processes[i];
            if (filled.kernelThread)
                continue;
            QCOMPARE(filled.pss(), original.pss());
            QCOMPARE(filled.uss(), original.uss());
            QCOMPARE(filled.swapPss(), original.swapPss());
            QCOMPARE(filled.smaps.value->value(SmapsCounters::PssAnon), original.smaps.value->value(SmapsCounters::PssAnon));
            // Filled figures say where they came from; the rest are the process's own, untouched.
            const bool wasHidden = original.smaps.available() && original.key.pid != 23160;
            QCOMPARE(filled.smaps.problem.contains(u"privileged helper"_s), wasHidden);
            if (!wasHidden)
                QCOMPARE(filled.smaps, original.smaps);
        }
    }

    void aRecycledPidGetsNothing()
    {
        ProcessSnapshot snapshot = Fixtures::processes(tree);
        ProcessRecord &process = *std::find_if(snapshot.processes.begin(), snapshot.processes.end(), [](const ProcessRecord &p) {
            return p.key.pid == 23158;
        });
        process.smaps = Reading<SmapsCounters>::missing(u"permission denied"_s);
        process.key.startTime += 1; // the same pid, another process
        QCOMPARE(RollupSupplement::fromReply(replyFromHelper(), 0).fill(snapshot), 0);
        QVERIFY(!process.smaps.available());
    }

    void oddRepliesAreIgnored()
    {
        const RollupSupplement supplement = RollupSupplement::fromReply({{u"message"_s, u"memory figures of 2 processes"_s},
                                                                         {u"7.Pss"_s, u"4096"_s}, // no start time: unmatched
                                                                         {u"8.starttime"_s, u"100"_s},
                                                                         {u"8.Pss"_s, u"-1"_s},
                                                                         {u"8.Pss_Anon"_s, u"lots"_s},
                                                                         {u"8.Unknown_Counter"_s, u"1"_s},
                                                                         {u"x.Pss"_s, u"1"_s},
                                                                         {u".Pss"_s, u"1"_s},
                                                                         {u"9.starttime"_s, u"5"_s},
                                                                         {u"9.Rss"_s, u"8192"_s}},
                                                                        0);
        QCOMPARE(supplement.size(), 1); // only pid 9 is whole enough to use
        ProcessSnapshot snapshot;
        ProcessRecord nine;
        nine.key = {9, 5};
        nine.smaps = Reading<SmapsCounters>::missing(u"permission denied"_s);
        snapshot.processes.append(nine);
        QCOMPARE(supplement.fill(snapshot), 1);
        QCOMPARE(snapshot.processes[0].smaps.value->value(SmapsCounters::Rss), 8192);
        QVERIFY(!snapshot.processes[0].pss()); // never a zero for what the helper did not send
    }
};

QTEST_GUILESS_MAIN(TestRollupSupplement)
#include "tst_rollupsupplement.moc"
