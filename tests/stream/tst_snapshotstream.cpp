// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The snapshot stream of `memlens --agent` and recordings: what goes in comes out equal, the
// models fed from a replayed stream show what they show fed live, and a damaged or foreign
// stream is refused with a reason, never half-read.
#include "model/processmodel.h"
#include "model/systemmemorymodel.h"
#include "sample/samplingengine.h"
#include "stream/hostagent.h"
#include "stream/snapshotstream.h"
#include "support/fixtures.h"
#include "support/modeldump.h"
#include "support/waits.h"

#include <QBuffer>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
QByteArray recordingOf(const QList<SnapshotStream::Snapshot> &snapshots)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    SnapshotStream::Writer writer(&buffer);
    for (const auto &snapshot : snapshots) {
        [&] {
            QVERIFY(writer.write(snapshot));
        }();
    }
    return buffer.data();
}

// The snapshot without when it and each process were read: the same tree read twice differs only there.
ProcessSnapshot withoutTimes(ProcessSnapshot snapshot)
{
    snapshot.sampledAtMs = 0;
    for (ProcessRecord &process : snapshot.processes)
        process.readAtMs = 0;
    return snapshot;
}

constexpr qsizetype headerSize = qsizetype(sizeof(SnapshotStream::magic) - 1) + 4;

// The stream with its first record stored plain, as a writer does for a small payload, so that a
// test can damage the snapshot's own bytes.
QByteArray firstRecordUncompressed(const QByteArray &stream)
{
    quint8 tag = 0;
    quint32 length = 0;
    QDataStream(stream.mid(headerSize, 5)) >> tag >> length;
    if (!(tag & 0x80))
        return stream;
    const QByteArray plain = qUncompress(stream.mid(headerSize + 5, length));
    QByteArray rewritten = stream.left(headerSize);
    QDataStream(&rewritten, QIODevice::Append) << quint8(tag & 0x7f) << quint32(plain.size());
    return rewritten + plain + stream.mid(headerSize + 5 + length);
}

QList<SnapshotStream::Snapshot> readAll(const QByteArray &bytes, QString *error = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    SnapshotStream::Reader reader(&buffer);
    QList<SnapshotStream::Snapshot> snapshots;
    while (auto snapshot = reader.next())
        snapshots.append(*snapshot);
    if (error)
        *error = reader.error();
    return snapshots;
}
}

class TestSnapshotStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsExact_data()
    {
        QTest::addColumn<QString>("tree");
        for (const char *tree : {"linux-6.18",
                                 "linux-6.18-swap",
                                 "linux-6.1-cgroup2",
                                 "linux-6.1-swap",
                                 "linux-6.18-zram",
                                 "linux-6.18-dirty",
                                 "linux-6.18-dirty-bytes",
                                 "linux-6.1-numa"})
            QTest::newRow(tree) << QString::fromLatin1(tree);
    }

    void roundTripIsExact()
    {
        QFETCH(QString, tree);
        const SystemSnapshot system = Fixtures::system(qPrintable(tree));
        const ProcessSnapshot processes = Fixtures::processes(qPrintable(tree));
        const auto read = readAll(recordingOf({system, processes, system}));
        QCOMPARE(read.size(), 3);
        QVERIFY(std::get<SystemSnapshot>(read[0]) == system);
        QVERIFY(std::get<ProcessSnapshot>(read[1]) == processes);
        QVERIFY(std::get<SystemSnapshot>(read[2]) == system);
    }

    // Huge page pools, KSM and the dirty thresholds travel whole: figures, reasons and problems.
    void kernelFiguresRoundTrip()
    {
        SystemSnapshot system = Fixtures::system("linux-6.18-dirty");
        QVERIFY(system.hugePagePools.available() && system.ksm.available() && system.dirtyThresholds.available());
        (*system.hugePagePools.value)[0].freePages = Reading<qint64>::missing(QStringLiteral("permission denied reading free_hugepages"));
        system.ksm.problem = QStringLiteral("/sys/kernel/mm/ksm/full_scans is malformed");
        system.dirtyThresholds.value->backgroundHalved = true;
        SystemSnapshot missing = Fixtures::system("linux-6.18");
        QVERIFY(!missing.hugePagePools.available() && !missing.ksm.available() && !missing.dirtyThresholds.available());
        const auto read = readAll(recordingOf({system, missing}));
        QCOMPARE(read.size(), 2);
        const SystemSnapshot &back = std::get<SystemSnapshot>(read[0]);
        QVERIFY(back.hugePagePools == system.hugePagePools);
        QVERIFY(back.ksm == system.ksm);
        QVERIFY(back.dirtyThresholds == system.dirtyThresholds);
        QVERIFY(back == system);
        const SystemSnapshot &backMissing = std::get<SystemSnapshot>(read[1]);
        QCOMPARE(backMissing.hugePagePools.unavailableReason, missing.hugePagePools.unavailableReason);
        QCOMPARE(backMissing.ksm.unavailableReason, missing.ksm.unavailableReason);
        QCOMPARE(backMissing.dirtyThresholds.unavailableReason, missing.dirtyThresholds.unavailableReason);
        QVERIFY(backMissing == missing);
    }

    // NUMA nodes (with rates, a node's file missing) and every part of shared memory travel whole:
    // this machine's second sample has the rates, POSIX files and measured tmpfs mounts that no
    // capture has; the two-node capture, damaged, has the reasons.
    void numaAndSharedMemoryRoundTrip()
    {
        SystemSampler live{SysRoot()};
        live.sample();
        const SystemSnapshot second = live.sample();
        SystemSnapshot damaged = Fixtures::system("linux-6.1-numa");
        QVERIFY(damaged.numaNodes.available() && damaged.sharedMemory.sysV.available());
        NumaNode &node = (*damaged.numaNodes.value)[1];
        node.meminfo = Reading<NamedValues>::missing(QStringLiteral("permission denied reading /sys/devices/system/node/node1/meminfo"));
        node.numastatRates = {{"numa_hit", 12.5}, {"other_node", 0.25}};
        damaged.sharedMemory.sysV.problem = QStringLiteral("/proc/sysvipc/shm is malformed");
        (*damaged.sharedMemory.sysV.value)[0].segment.rssBytes.reset();
        damaged.sharedMemory.posix = {QList<PosixSharedMemoryFile>{{QStringLiteral("sem.x y"), 4096, 0, 1000, QStringLiteral("me")}}, {}, {}};
        damaged.sharedMemory.tmpfs = {QList<TmpfsMount>{{QStringLiteral("/run/user/1000"),
                                                         QStringLiteral("tmpfs"),
                                                         "rw,size=1024k",
                                                         {1048576, {}, {}},
                                                         Reading<qint64>::missing(QStringLiteral("hidden under a later mount"))}},
                                      {},
                                      {}};
        const SystemSnapshot none = Fixtures::system("linux-6.18");
        QVERIFY(!none.numaNodes.available() && !none.sharedMemory.sysV.available());

        const auto read = readAll(recordingOf({second, damaged, none}));
        QCOMPARE(read.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const SystemSnapshot &written = i == 0 ? second : i == 1 ? damaged : none;
            const SystemSnapshot &back = std::get<SystemSnapshot>(read[i]);
            QVERIFY(back.numaNodes == written.numaNodes);
            QVERIFY(back.sharedMemory.sysV == written.sharedMemory.sysV);
            QVERIFY(back.sharedMemory.posix == written.sharedMemory.posix);
            QVERIFY(back.sharedMemory.tmpfs == written.sharedMemory.tmpfs);
            QVERIFY(back == written);
        }
    }

    void replayedModelsShowWhatLiveOnesShow()
    {
        const SystemSnapshot system = Fixtures::system("linux-6.1-swap");
        const ProcessSnapshot processes = Fixtures::processes("linux-6.1-swap");
        const auto read = readAll(recordingOf({system, processes}));
        SystemMemoryModel liveMemory, replayedMemory;
        ProcessModel liveProcesses(ProcessModel::Layout::TreeByParent), replayedProcesses(ProcessModel::Layout::TreeByParent);
        liveMemory.setSnapshot(system);
        liveProcesses.setSnapshot(processes);
        replayedMemory.setSnapshot(std::get<SystemSnapshot>(read[0]));
        replayedProcesses.setSnapshot(std::get<ProcessSnapshot>(read[1]));
        QVERIFY(!ModelDump::of(liveProcesses).isEmpty());
        QCOMPARE(ModelDump::of(replayedMemory), ModelDump::of(liveMemory));
        QCOMPARE(ModelDump::of(replayedProcesses), ModelDump::of(liveProcesses));
    }

    // The watcher's bookmarks travel between the snapshots they stand among, every kind, with text
    // as hostile as a process name can make it.
    void bookmarksRoundTrip()
    {
        const SystemSnapshot system = Fixtures::system("linux-6.18");
        QList<SnapshotStream::Snapshot> written{system};
        for (const auto kind : {Bookmark::Kind::WatcherStarted,
                                Bookmark::Kind::PressureBegan,
                                Bookmark::Kind::PressureEnded,
                                Bookmark::Kind::ForecastWarning,
                                Bookmark::Kind::OomKill,
                                Bookmark::Kind::NotificationSent})
            written.append(Bookmark{system.sampledAtMs + qint64(kind), kind, u"killed \u202e\x1b[31m firefox"_s});
        written.append(system);
        const auto read = readAll(recordingOf(written));
        QCOMPARE(read.size(), written.size());
        for (qsizetype i = 0; i < read.size(); ++i)
            QVERIFY(read[i] == written[i]);
    }

    // After the first process snapshot only what changed is written; read back, each snapshot is
    // whole again: processes that changed, ended, started or stayed as they were.
    void processSnapshotsTravelAsTheirChanges()
    {
        const ProcessSnapshot first = Fixtures::processes("linux-6.18");
        QVERIFY(first.processes.size() >= 3);
        ProcessSnapshot second = first;
        second.sampledAtMs += 1000;
        second.processes[0].rss.value = 4096; // changed
        second.processes.removeAt(1); // ended
        ProcessRecord newcomer = first.processes.constLast();
        newcomer.key = ProcessKey{99999, 1};
        second.processes.append(newcomer); // started
        const ProcessSnapshot third = second; // nothing moved
        const QByteArray whole = recordingOf({first});
        const QByteArray all = recordingOf({first, second, third});
        const auto read = readAll(all);
        QCOMPARE(read.size(), 3);
        QVERIFY(std::get<ProcessSnapshot>(read[0]) == first);
        QVERIFY(std::get<ProcessSnapshot>(read[1]) == second);
        QVERIFY(std::get<ProcessSnapshot>(read[2]) == third);
        // The unchanged third costs its keys, not its records.
        const qsizetype firstBytes = whole.size() - qsizetype(sizeof(SnapshotStream::magic) - 1 + 4);
        QVERIFY2((all.size() - whole.size()) < firstBytes, qPrintable(u"%1 bytes after a first of %2"_s.arg(all.size() - whole.size()).arg(firstBytes)));
    }

    // Libraries that did not change since the last library snapshot travel as their times only.
    void unchangedLibrariesTravelAsTheirTimes()
    {
        LibrarySnapshot first{1000, 900, {LibraryUsage{u"/usr/lib/libc.so.6"_s, 4096, 2048, {LibraryUser{ProcessKey{1, 2}, u"init"_s, 4096, 2048}}}}, 1};
        LibrarySnapshot second = first;
        second.sampledAtMs = 2000;
        second.oldestReadAtMs = 950;
        LibrarySnapshot third = second;
        third.sampledAtMs = 3000;
        third.libraries[0].pss = 1024;
        const auto read = readAll(recordingOf({first, second, third}));
        QCOMPARE(read.size(), 3);
        QVERIFY(std::get<LibrarySnapshot>(read[0]) == first);
        QVERIFY(std::get<LibrarySnapshot>(read[1]) == second);
        QVERIFY(std::get<LibrarySnapshot>(read[2]) == third);
        QVERIFY(recordingOf({first, second}).size() - recordingOf({first}).size() < 40);
        // Times with no libraries before them are damage.
        const QByteArray header = recordingOf({}).left(qsizetype(sizeof(SnapshotStream::magic) - 1 + 4));
        QString error;
        QVERIFY(readAll(header + recordingOf({first, second}).mid(recordingOf({first}).size()), &error).isEmpty());
        QVERIFY2(error.contains(u"library times"_s), qPrintable(error));
    }

    void processChangesWithoutABaseAreRefused()
    {
        const ProcessSnapshot processes = Fixtures::processes("linux-6.18");
        const QByteArray two = recordingOf({processes, processes});
        // The second record alone, behind a fresh header: changes to nothing.
        const QByteArray header = two.left(qsizetype(sizeof(SnapshotStream::magic) - 1 + 4));
        const QByteArray first = recordingOf({processes});
        QString error;
        QVERIFY(readAll(header + two.mid(first.size()), &error).isEmpty());
        QVERIFY2(error.contains(u"before any process snapshot"_s), qPrintable(error));
        // A process listed twice is not a snapshot the models could show.
        ProcessSnapshot twice = processes;
        twice.processes.append(twice.processes.constFirst());
        QVERIFY(readAll(recordingOf({twice}), &error).isEmpty());
        QVERIFY2(error.contains(u"twice"_s), qPrintable(error));
    }

    void bytesArrivingInPiecesMakeWholeSnapshots()
    {
        const ProcessSnapshot processes = Fixtures::processes("linux-6.18");
        const QByteArray bytes = recordingOf({processes, processes});
        QBuffer pipe;
        pipe.open(QIODevice::ReadWrite);
        SnapshotStream::Reader reader(&pipe);
        int whole = 0;
        for (qsizetype at = 0; at < bytes.size(); at += 97) { // a pipe hands over what it has
            const qint64 position = pipe.pos();
            pipe.seek(pipe.size());
            pipe.write(bytes.mid(at, 97));
            pipe.seek(position);
            while (auto snapshot = reader.next()) {
                QVERIFY(std::get<ProcessSnapshot>(*snapshot) == processes);
                ++whole;
            }
            QVERIFY(reader.error().isEmpty());
        }
        QCOMPARE(whole, 2);
    }

    void foreignOrDamagedStreamsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray good = recordingOf({Fixtures::system("linux-6.18")});
        QTest::addRow("not ours") << "MemTotal:        1000 kB\n"_ba.repeated(4) << u"not a MemLens"_s;
        QByteArray newer = good;
        newer[sizeof(SnapshotStream::magic) - 1 + 3] = char(SnapshotStream::version + 1);
        QTest::addRow("newer format") << newer << u"format %1"_s.arg(SnapshotStream::version + 1);
        QByteArray badTag = good;
        badTag[sizeof(SnapshotStream::magic) - 1 + 4] = char(std::variant_size_v<SnapshotStream::Snapshot> + 1);
        QTest::addRow("bad tag") << badTag << u"damaged"_s;
        // A list that claims four billion processes in a record of a few kilobytes: refused before
        // anything is allocated for them (Qt's own reader would reserve them all).
        QByteArray huge = firstRecordUncompressed(recordingOf({Fixtures::processes("linux-6.18")}));
        const qsizetype countAt = qsizetype(sizeof(SnapshotStream::magic) - 1) + 4 + 5 + 8; // header, record header, sampledAtMs
        huge.replace(countAt, 4, "\xff\xff\xff\xf0"_ba);
        QTest::addRow("a count beyond the bytes") << huge << u"damaged"_s;
        // A compressed record claiming to hold 4 GiB, in eight bytes: refused before qUncompress
        // would allocate what it claims.
        QByteArray bomb = good.left(headerSize);
        QDataStream(&bomb, QIODevice::Append) << quint8(0x81) << quint32(8) << quint32(0xffffffff) << quint32(0);
        QTest::addRow("compressed claim beyond zlib") << bomb << u"does not decompress"_s;
        QByteArray garbled = good.left(headerSize);
        QDataStream(&garbled, QIODevice::Append) << quint8(0x81) << quint32(12) << quint32(64) << quint32(0x01020304) << quint32(0x05060708);
        QTest::addRow("compressed garbage") << garbled << u"does not decompress"_s;
        QByteArray flipped = good;
        flipped[flipped.size() / 2] = char(~flipped[flipped.size() / 2]);
        flipped.chop(1); // one byte short of the record: never a half snapshot
        QTest::addRow("truncated") << flipped << QString();
    }

    void foreignOrDamagedStreamsAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QString error;
        QVERIFY(readAll(bytes, &error).isEmpty());
        QVERIFY2(error.contains(reason), qPrintable(error));
    }

    // The real memlens-agent on a captured tree, as `memlens --agent` (the recording command) runs
    // it: its stream holds what the samplers give.
    void agentStreamsTheSamplers()
    {
        QProcess agent;
        agent.setStandardInputFile(QProcess::nullDevice()); // a recording: nobody sends requests
        agent.start(QStringLiteral(MEMLENS_BINARY),
                    {u"--agent"_s, u"--count"_s, u"2"_s, u"--interval"_s, u"500"_s, u"--root"_s, Fixtures::tree("linux-6.1-swap")});
        QVERIFY(agent.waitForFinished(Waits::patientMs));
        QCOMPARE(agent.exitCode(), 0);
        QString error;
        const auto read = readAll(agent.readAllStandardOutput(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(read.size(), 4); // system and processes, twice
        // The only thing that differs: when it was read.
        QVERIFY(withoutTimes(std::get<ProcessSnapshot>(read[1])) == withoutTimes(Fixtures::processes("linux-6.1-swap")));
        QCOMPARE(std::get<SystemSnapshot>(read[2]).meminfo, Fixtures::system("linux-6.1-swap").meminfo);
    }

    // The sampling engine reads a real agent process, which paces itself at the interval asked.
    void engineReadsAnAgent()
    {
        AgentCommand command;
        command.program = QStringLiteral(MEMLENS_AGENT);
        command.arguments = {u"--count"_s, u"2"_s, u"--root"_s, Fixtures::tree("linux-6.1-swap")};
        SamplingEngine engine(SourceChoice::hostAgent(command));
        QSignalSpy processes(&engine, &SamplingEngine::processesSampled);
        QSignalSpy ended(&engine, &SamplingEngine::sourceEnded);
        engine.start(500);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, Waits::patientMs); // it stops after two ticks
        QCOMPARE(processes.size(), 2);
        QVERIFY(withoutTimes(processes.at(1).at(0).value<ProcessSnapshot>()) == withoutTimes(Fixtures::processes("linux-6.1-swap")));
    }

    void hostAgentCommandFromFlatpakInfo()
    {
        // The [Instance] section as flatpak writes it into every sandbox.
        const QByteArray info =
            "[Application]\nname=io.github.memlens.MemLens\nruntime=runtime/org.kde.Platform/x86_64/6.7\n\n"
            "[Instance]\ninstance-id=2251746830\n"
            "app-path=/var/lib/flatpak/app/io.github.memlens.MemLens/x86_64/master/1f2e/files\n"
            "runtime-path=/var/lib/flatpak/runtime/org.kde.Platform/x86_64/6.7/9a8b/files\n"
            "flatpak-version=1.14.4\n"_ba;
        const auto command = HostAgent::fromFlatpakInfo(info, u"x86_64"_s);
        QVERIFY(command);
        QCOMPARE(command->program, u"flatpak-spawn"_s);
        const QString runtimeLibs = u"/var/lib/flatpak/runtime/org.kde.Platform/x86_64/6.7/9a8b/files/lib/x86_64-linux-gnu"_s;
        const QString app = u"/var/lib/flatpak/app/io.github.memlens.MemLens/x86_64/master/1f2e/files"_s;
        QCOMPARE(command->arguments,
                 (QStringList{u"--host"_s,
                              u"--env=LD_LIBRARY_PATH=%1:%2/lib"_s.arg(runtimeLibs, app),
                              runtimeLibs + u"/ld-linux-x86-64.so.2"_s,
                              app + u"/bin/memlens-agent"_s}));
        QVERIFY(!HostAgent::fromFlatpakInfo(info, u"riscv64"_s)); // no runtime for it
        QVERIFY(!HostAgent::fromFlatpakInfo("[Application]\nname=x\n", u"x86_64"_s));
        QVERIFY(!HostAgent::fromFlatpakInfo({}, u"x86_64"_s));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotStream)
#include "tst_snapshotstream.moc"
