// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sample/samplingengine.h"
#include "support/fixtures.h"
#include "support/waits.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

// The sampling thread end to end on a captured tree: snapshots arrive as queued signals on the
// thread that owns the engine, and the optional samples come only when asked for.
class TestSamplingEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversSnapshotsOnTheOwnersThread()
    {
        SamplingEngine engine{SourceChoice::local(SysRoot(Fixtures::tree("linux-6.18")))};
        QThread *receivedOn = nullptr;
        ProcessSnapshot processes;
        connect(&engine, &SamplingEngine::processesSampled, this, [&](const ProcessSnapshot &snapshot) {
            receivedOn = QThread::currentThread();
            processes = snapshot;
        });
        QSignalSpy system(&engine, &SamplingEngine::systemSampled);
        QSignalSpy mappings(&engine, &SamplingEngine::mappingsSampled);
        QSignalSpy libraries(&engine, &SamplingEngine::librariesSampled);
        QSignalSpy cgroups(&engine, &SamplingEngine::cgroupsSampled);
        engine.start(60'000); // one tick now; the next would come in a minute
        QVERIFY(system.wait(Waits::patientMs));
        QTRY_COMPARE_WITH_TIMEOUT(processes.processes.size(), 5, Waits::patientMs);
        QCOMPARE(receivedOn, QThread::currentThread());
        QCOMPARE(mappings.count(), 0);
        QCOMPARE(libraries.count(), 0);
        QCOMPARE(cgroups.count(), 0);

        const ProcessKey odd = Fixtures::find(processes, 23158)->key;
        engine.setMappingsProcess(odd);
        engine.setLibrariesEnabled(true);
        engine.setCgroupsEnabled(true);
        engine.refresh();
        QVERIFY(mappings.wait(Waits::patientMs));
        QTRY_COMPARE_WITH_TIMEOUT(libraries.count(), 1, Waits::patientMs);
        QTRY_COMPARE_WITH_TIMEOUT(cgroups.count(), 1, Waits::patientMs);
        const auto mapped = mappings.constFirst().constFirst().value<MappingSnapshot>();
        QCOMPARE(mapped.process, odd);
        QCOMPARE(mapped.mappings.value->size(), 25);
        QCOMPARE(cgroups.constFirst().constFirst().value<CgroupSnapshot>().version, CgroupSnapshot::Version::V1);
    }

    void killHistoryOnlyWhileEnabledAndWhenChanged()
    {
        SamplingEngine engine{SourceChoice::local(SysRoot(Fixtures::tree("linux-6.18-oom")))};
        QThread *receivedOn = nullptr;
        connect(&engine, &SamplingEngine::killHistorySampled, this, [&] {
            receivedOn = QThread::currentThread();
        });
        QSignalSpy system(&engine, &SamplingEngine::systemSampled);
        QSignalSpy kills(&engine, &SamplingEngine::killHistorySampled);
        engine.start(60'000);
        QVERIFY(system.wait(Waits::patientMs));
        QCOMPARE(kills.count(), 0);

        engine.setKillHistoryEnabled(true); // read at once, without waiting for a tick
        QVERIFY(kills.wait(Waits::patientMs));
        QCOMPARE(receivedOn, QThread::currentThread());
        const auto history = kills.constFirst().constFirst().value<KillHistory>();
        QCOMPARE(history.kills.size(), 2);
        QCOMPARE(history.kills[0].name, QStringLiteral("oom) (hog), x"));

        engine.refresh(); // nothing new in the log: no signal
        QVERIFY(system.wait(Waits::patientMs));
        QTest::qWait(50);
        QCOMPARE(kills.count(), 1);

        engine.setKillHistoryEnabled(false);
        engine.refresh();
        QVERIFY(system.wait(Waits::patientMs));
        engine.setKillHistoryEnabled(true); // a fresh reader: the whole history again
        QVERIFY(kills.wait(Waits::patientMs));
        QCOMPARE(kills.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSamplingEngine)
#include "tst_samplingengine.moc"
