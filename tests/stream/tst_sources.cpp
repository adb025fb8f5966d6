// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Every page shows the same from every source: the same captured tree read in this process,
// through a real memlens-agent (a pipe, the stream and the requests) and through a real background
// watcher's socket (`memlens --watch`, attached to) feeds every page's models identically,
// mappings, libraries, cgroups, the kill history and the slab caches included. And
// an agent that is asked something malformed, out of order or of another version says why and
// stops, never crashes or hangs.
#include "model/cgroupmodel.h"
#include "model/gpudevicemodel.h"
#include "model/librarymodel.h"
#include "model/mappingmodel.h"
#include "model/processmodel.h"
#include "model/slabcachemodel.h"
#include "model/systemhistory.h"
#include "model/systemmemorymodel.h"
#include "pressurepage.h"
#include "sample/samplingengine.h"
#include "support/fixtures.h"
#include "support/modeldump.h"
#include "support/runningwatcher.h"
#include "support/waits.h"

#include <QBuffer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace
{
// What one source delivered for one round of requests, with the times it was read set aside: the
// same tree read twice differs only there.
struct Delivered {
    SystemSnapshot system;
    ProcessSnapshot processes;
    MappingSnapshot mappings;
    LibrarySnapshot libraries;
    CgroupSnapshot cgroups;
    KillHistory kills;
    SlabCacheSnapshot slabCaches;
};

// throughWatcher: only what arrives once the window has attached to the watcher counts.
void deliver(const SourceChoice &source, qint64 mappingsPid, Delivered &delivered, bool throughWatcher = false)
{
    SamplingEngine engine(source);
    QSignalSpy system(&engine, &SamplingEngine::systemSampled);
    QSignalSpy processes(&engine, &SamplingEngine::processesSampled);
    QSignalSpy mappings(&engine, &SamplingEngine::mappingsSampled);
    QSignalSpy libraries(&engine, &SamplingEngine::librariesSampled);
    QSignalSpy cgroups(&engine, &SamplingEngine::cgroupsSampled);
    QSignalSpy kills(&engine, &SamplingEngine::killHistorySampled);
    QSignalSpy slabs(&engine, &SamplingEngine::slabCachesSampled);
    QSignalSpy ended(&engine, &SamplingEngine::sourceEnded);
    QSignalSpy attached(&engine, &SamplingEngine::watcherAttachedChanged);
    // What the window sampled by itself before it attached does not count: the watcher's own
    // snapshots follow the news of the attachment.
    QObject::connect(&engine, &SamplingEngine::watcherAttachedChanged, &engine, [&] {
        for (QSignalSpy *spy : {&system, &processes, &mappings, &libraries, &cgroups, &kills, &slabs})
            spy->clear();
    });
    engine.setLibrariesEnabled(true);
    engine.setCgroupsEnabled(true);
    engine.setKillHistoryEnabled(true);
    engine.start(10'000); // one tick now, the next in ten seconds
    QVERIFY2(processes.wait(Waits::patientMs), qPrintable(ended.isEmpty() ? u"no snapshot"_s : ended.constFirst().constFirst().toString()));
    if (throughWatcher) {
        QTRY_VERIFY_WITH_TIMEOUT(!attached.isEmpty(), Waits::patientMs);
        QCOMPARE(attached.constFirst().constFirst().toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(!processes.isEmpty(), Waits::patientMs);
    }
    // The mappings of a process as the window asks for them: after seeing it, by its key.
    const ProcessSnapshot first = processes.constFirst().constFirst().value<ProcessSnapshot>();
    if (const ProcessRecord *process = Fixtures::find(first, mappingsPid))
        engine.setMappingsProcess(process->key);
    engine.readSlabCaches();
    engine.refresh();
    QTRY_VERIFY2_WITH_TIMEOUT(
        (mappingsPid == 0 || !mappings.isEmpty()) && !slabs.isEmpty() && libraries.size() >= 2 && processes.size() >= 2,
        qPrintable(
            u"mappings %1, slab caches %2, libraries %3, processes %4"_s.arg(mappings.size()).arg(slabs.size()).arg(libraries.size()).arg(processes.size())),
        Waits::patientMs);
    delivered.system = system.constLast().constFirst().value<SystemSnapshot>();
    delivered.processes = processes.constLast().constFirst().value<ProcessSnapshot>();
    if (!mappings.isEmpty())
        delivered.mappings = mappings.constLast().constFirst().value<MappingSnapshot>();
    delivered.libraries = libraries.constLast().constFirst().value<LibrarySnapshot>();
    delivered.cgroups = cgroups.constLast().constFirst().value<CgroupSnapshot>();
    delivered.kills = kills.isEmpty() ? KillHistory{} : kills.constLast().constFirst().value<KillHistory>();
    delivered.slabCaches = slabs.constLast().constFirst().value<SlabCacheSnapshot>();
    // Times set aside.
    delivered.system.sampledAtMs = delivered.processes.sampledAtMs = delivered.mappings.sampledAtMs = 0;
    for (ProcessRecord &process : delivered.processes.processes)
        process.readAtMs = 0;
    delivered.libraries.sampledAtMs = delivered.libraries.oldestReadAtMs = 0;
    delivered.cgroups.sampledAtMs = delivered.slabCaches.sampledAtMs = 0;
}

AgentCommand agentReading(const QString &tree)
{
    AgentCommand command;
    command.program = QStringLiteral(MEMLENS_AGENT);
    command.arguments = {u"--root"_s, tree};
    return command;
}

// Every page's models, fed what a source delivered: their dumps are what the person sees.
QStringList pagesShowing(const Delivered &delivered)
{
    SystemMemoryModel memory;
    memory.setSnapshot(delivered.system);
    ProcessModel processes(ProcessModel::Layout::Flat);
    processes.setSnapshot(delivered.processes);
    ProcessModel tree(ProcessModel::Layout::TreeByParent);
    tree.setSnapshot(delivered.processes);
    MappingModel mappings;
    mappings.setSnapshot(delivered.mappings);
    LibraryModel libraries;
    libraries.setSnapshot(delivered.libraries);
    CgroupModel cgroups;
    cgroups.setCgroups(delivered.cgroups);
    cgroups.setProcesses(delivered.processes);
    SlabCacheModel slabs;
    slabs.setCaches(delivered.slabCaches.caches.value.value_or(QList<SlabCacheRecord>()));
    SystemHistory history;
    history.append(delivered.system);
    PressurePage pressure(&history, &processes);
    pressure.applyKillHistory(delivered.kills);
    ProcessModel applications(ProcessModel::Layout::ByApplication);
    applications.setSnapshot(delivered.processes);
    GpuDeviceModel graphics;
    graphics.setDevices(delivered.system.gpuDevices.value.value_or(QList<GpuDevice>()), GpuUsage::byDevice(delivered.processes.processes));
    QStringList shown;
    for (const QAbstractItemModel *model : std::initializer_list<const QAbstractItemModel *>{&memory,
                                                                                             &processes,
                                                                                             &tree,
                                                                                             &applications,
                                                                                             &mappings,
                                                                                             &libraries,
                                                                                             &cgroups,
                                                                                             &slabs,
                                                                                             pressure.killHistory()->model(),
                                                                                             &graphics,
                                                                                             history.composition()})
        shown += ModelDump::of(*model) << u"----"_s;
    return shown;
}
}

class TestSources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPageTheSameFromEverySource_data()
    {
        QTest::addColumn<QString>("tree");
        QTest::addColumn<qint64>("mappingsPid");
        QTest::addColumn<bool>("kills");
        QTest::addColumn<bool>("slabs");
        QTest::newRow("linux-6.18: mappings, libraries, cgroups") << Fixtures::tree("linux-6.18") << qint64(23158) << false << false;
        QTest::newRow("linux-6.18-oom: kill history") << Fixtures::tree("linux-6.18-oom") << qint64(0) << true << false;
        QTest::newRow("linux-6.18-kernelmem: slab caches") << Fixtures::tree("linux-6.18-kernelmem") << qint64(21739) << false << true;
        QTest::newRow("GPU desktop: GPU clients, devices, the ARC") << Fixtures::gpuDesktop() << qint64(23160) << false << false;
    }

    void everyPageTheSameFromEverySource()
    {
        QFETCH(QString, tree);
        QFETCH(qint64, mappingsPid);
        QFETCH(bool, kills);
        QFETCH(bool, slabs);
        Delivered local;
        Delivered agent;
        Delivered watched;
        deliver(SourceChoice::local(SysRoot(tree)), mappingsPid, local);
        deliver(SourceChoice::hostAgent(agentReading(tree)), mappingsPid, agent);
        {
            RunningWatcher watcher(tree, 10'000);
            QVERIFY2(watcher.waitUntilWatching(Waits::patientMs), watcher.said().constData());
            deliver(SourceChoice::local(SysRoot(tree)), mappingsPid, watched, true);
        }
        if (QTest::currentTestFailed())
            return;
        // Each tree has something of its own to carry: processes, kills or caches.
        QVERIFY(!local.processes.processes.isEmpty() || kills);
        QCOMPARE(kills, !local.kills.kills.isEmpty());
        QCOMPARE(slabs, local.slabCaches.caches.available());
        for (const Delivered *other : {&agent, &watched}) {
            QVERIFY(other->system == local.system);
            QVERIFY(other->processes == local.processes);
            QVERIFY(other->mappings == local.mappings);
            QVERIFY(other->libraries == local.libraries);
            QVERIFY(other->cgroups == local.cgroups);
            QVERIFY(other->kills == local.kills);
            QVERIFY(other->slabCaches == local.slabCaches);
            QCOMPARE(pagesShowing(*other), pagesShowing(local));
        }
    }

    // The agent refuses a conversation it cannot hold, with a sentence, and stops.
    void agentRefusesWhatItCannotTake_data()
    {
        QTest::addColumn<QByteArray>("requests");
        QTest::addColumn<QString>("reason");
        QTest::addRow("another version") << "hello 3\n"_ba << u"version 3"_s;
        QTest::addRow("before the handshake") << "libraries on\n"_ba << u"before the handshake"_s;
        QTest::addRow("unknown") << "hello 4\nrm -rf /\n"_ba << u"not one this agent knows"_s;
        QTest::addRow("out of range") << "hello 4\ninterval 1\n"_ba << u"500 and 10000"_s;
        QTest::addRow("hostile process") << "hello 4\nmappings 1/../2 0\n"_ba << u"pid and a start time"_s;
        QTest::addRow("control bytes") << "hello 4\npause \x1b[2Jon\n"_ba << u"not one this agent knows"_s;
        QTest::addRow("too long") << "hello 4\n"_ba + QByteArray(100'000, 'x') << u"past any request's length"_s;
    }

    void agentRefusesWhatItCannotTake()
    {
        QFETCH(QByteArray, requests);
        QFETCH(QString, reason);
        QProcess agent;
        agent.start(QStringLiteral(MEMLENS_AGENT), {u"--root"_s, Fixtures::tree("linux-6.18")});
        QVERIFY(agent.waitForStarted());
        agent.write(requests);
        QVERIFY(agent.waitForFinished(Waits::patientMs));
        QCOMPARE(agent.exitStatus(), QProcess::NormalExit);
        QCOMPARE(agent.exitCode(), 1);
        QBuffer stream;
        stream.setData(agent.readAllStandardOutput());
        stream.open(QIODevice::ReadOnly);
        SnapshotStream::Reader reader(&stream);
        std::optional<AgentFailure> failure;
        while (const auto snapshot = reader.next()) {
            if (const auto *f = std::get_if<AgentFailure>(&*snapshot))
                failure = *f;
        }
        QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
        QVERIFY(failure);
        QVERIFY2(failure->reason.contains(reason), qPrintable(failure->reason));
        QVERIFY(!failure->reason.contains(u"\x1b"_s));
    }

    // Through the engine, what the agent says reaches the window as the source's end.
    void agentOfAnotherVersionIsNamed()
    {
        AgentCommand command;
        command.program = u"sh"_s;
        // An agent of another MemLens: its stream header names format 99.
        command.arguments = {u"-c"_s, u"printf 'MEMLENS-SNAPSHOTS\\000\\000\\000\\143'; sleep 5"_s};
        SamplingEngine engine(SourceChoice::hostAgent(command));
        QSignalSpy ended(&engine, &SamplingEngine::sourceEnded);
        engine.start(1000);
        QVERIFY(ended.wait(Waits::patientMs));
        const QString reason = ended.constFirst().constFirst().toString();
        QVERIFY2(reason.contains(u"format 99"_s) && reason.contains(u"format %1"_s.arg(SnapshotStream::version)), qPrintable(reason));
    }

    // A closed pipe ends the agent: MemLens gone, the agent goes.
    void agentEndsWithItsReader()
    {
        QProcess agent;
        agent.start(QStringLiteral(MEMLENS_AGENT), {u"--root"_s, Fixtures::tree("linux-6.18")});
        QVERIFY(agent.waitForStarted());
        agent.write("hello 4\ninterval 500\n");
        QVERIFY(agent.waitForReadyRead(Waits::patientMs));
        agent.closeWriteChannel();
        QVERIFY(agent.waitForFinished(Waits::patientMs));
        QCOMPARE(agent.exitCode(), 0);
    }
};

QTEST_MAIN(TestSources)
#include "tst_sources.moc"
