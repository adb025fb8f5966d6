// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// A window and a real background watcher (`memlens --watch` on a captured tree): the window
// attaches and stops sampling by itself (a stopped watcher stops its figures), takes over again
// when the watcher dies, and a second window is told that the watcher serves another. The
// recording keeps the watcher's own pace and none of the window's extras. What the window asks
// while paused is answered once. A watcher that hangs is left, and so is a connection that never
// says hello. Another user can neither connect to the watcher nor stand in for it. A conversation
// that is not one is refused, and the watcher serves the next window.
#include "record/recordingreader.h"
#include "sample/samplingengine.h"
#include "source/watcherconnection.h"
#include "support/runningwatcher.h"
#include "support/waits.h"
#include "watch/watchercontrol.h"

#include <QBuffer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace
{
QString tree()
{
    return QStringLiteral(MEMLENS_FIXTURES "/linux-6.18");
}

// Whether a window connecting now gets a snapshot from the watcher, rather than a refusal.
bool served(const QString &socket)
{
    WatcherConnection connection(socket);
    QSignalSpy sampled(&connection, &SnapshotSource::sampled);
    QSignalSpy ended(&connection, &SnapshotSource::ended);
    connection.start();
    QDeadlineTimer deadline(Waits::patientMs);
    while (sampled.isEmpty() && ended.isEmpty() && !deadline.hasExpired())
        QTest::qWait(50);
    return !sampled.isEmpty();
}

// Whether a window is served soon: the watcher notices a window gone when its socket closes.
bool servedSoon(const QString &socket)
{
    QDeadlineTimer deadline(Waits::patientMs);
    while (!served(socket)) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(50);
    }
    return true;
}

// A window's engine reading the tree, with what the tests watch of it.
struct Window {
    SamplingEngine engine{SourceChoice::local(SysRoot(tree()))};
    QSignalSpy attached{&engine, &SamplingEngine::watcherAttachedChanged};
    QSignalSpy processes{&engine, &SamplingEngine::processesSampled};

    // Whether it has attached to the watcher (its first snapshot from it is on its way).
    bool attach()
    {
        engine.start(500);
        return attached.wait(Waits::patientMs) && attached.constFirst().constFirst().toBool();
    }
};
}

class TestWatchAttach : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theWindowSamplesOnlyThroughTheWatcher()
    {
        RunningWatcher watcher(tree(), 10'000);
        QVERIFY2(watcher.waitUntilWatching(Waits::patientMs), watcher.said().constData());
        Window window;
        QVERIFY(window.attach());
        auto &[engine, attached, processes] = window;
        // The watcher samples at the window's pace, not its own ten seconds.
        processes.clear();
        QTRY_VERIFY_WITH_TIMEOUT(processes.size() >= 3, 10'000);

        // A stopped watcher stops the window's figures: nothing else samples for it.
        ::kill(pid_t(watcher.process().processId()), SIGSTOP);
        QTest::qWait(700); // what was on its way arrives
        processes.clear();
        QTest::qWait(2000);
        QCOMPARE(processes.size(), 0);
        ::kill(pid_t(watcher.process().processId()), SIGCONT);
        QTRY_VERIFY_WITH_TIMEOUT(!processes.isEmpty(), Waits::patientMs);

        // A watcher that dies leaves the window sampling by itself, saying why.
        watcher.process().kill();
        QTRY_COMPARE_WITH_TIMEOUT(attached.size(), 2, Waits::patientMs);
        QCOMPARE(attached.at(1).at(0).toBool(), false);
        QVERIFY2(attached.at(1).at(1).toString().contains(u"watcher stopped"_s), qPrintable(attached.at(1).at(1).toString()));
        processes.clear();
        QTRY_VERIFY_WITH_TIMEOUT(processes.size() >= 2, Waits::patientMs);
    }

    // A watcher that hangs is left: after a quiet spell the window samples by itself again.
    void aHungWatcherIsLeft()
    {
        RunningWatcher watcher(tree(), 10'000);
        QVERIFY2(watcher.waitUntilWatching(Waits::patientMs), watcher.said().constData());
        Window window;
        QVERIFY(window.attach());
        auto &[engine, attached, processes] = window;
        ::kill(pid_t(watcher.process().processId()), SIGSTOP);
        QTRY_COMPARE_WITH_TIMEOUT(attached.size(), 2, Waits::patientMs);
        QCOMPARE(attached.at(1).at(0).toBool(), false);
        QVERIFY2(attached.at(1).at(1).toString().contains(u"sent nothing for 10 s"_s), qPrintable(attached.at(1).at(1).toString()));
        processes.clear();
        QTRY_VERIFY_WITH_TIMEOUT(processes.size() >= 2, Waits::patientMs);
        ::kill(pid_t(watcher.process().processId()), SIGCONT);
    }

    void theRecordingKeepsTheWatchersPace()
    {
        RunningWatcher watcher(tree(), 2000);
        QVERIFY2(watcher.waitUntilWatching(Waits::patientMs), watcher.said().constData());
        qint64 attachedAtMs = 0;
        {
            Window window;
            QSignalSpy libraries(&window.engine, &SamplingEngine::librariesSampled);
            window.engine.setLibrariesEnabled(true);
            window.engine.setMappingsProcess(ProcessKey{23158, 0});
            QVERIFY(window.attach());
            QSignalSpy &processes = window.processes;
            attachedAtMs = QDateTime::currentMSecsSinceEpoch();
            processes.clear();
            QTRY_VERIFY_WITH_TIMEOUT(processes.size() >= 16 && !libraries.isEmpty(), Waits::patientMs);
        }
        RecordingReader reader(watcher.recording());
        QList<qint64> sampleTimes;
        while (const auto snapshot = reader.next()) {
            QVERIFY(!std::holds_alternative<LibrarySnapshot>(*snapshot));
            QVERIFY(!std::holds_alternative<MappingSnapshot>(*snapshot));
            if (const auto *system = std::get_if<SystemSnapshot>(&*snapshot); system && system->sampledAtMs >= attachedAtMs)
                sampleTimes.append(system->sampledAtMs);
        }
        QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
        // Sixteen samples or more reached the window in that time; the recording took one in four.
        QVERIFY2(sampleTimes.size() >= 2, qPrintable(QString::number(sampleTimes.size())));
        for (qsizetype i = 1; i < sampleTimes.size(); ++i)
            QVERIFY2(sampleTimes[i] - sampleTimes[i - 1] >= 1800, qPrintable(u"%1 ms apart"_s.arg(sampleTimes[i] - sampleTimes[i - 1])));
    }

    void aSecondWindowIsToldAndSamplesByItself()
    {
        RunningWatcher watcher(tree(), 10'000);
        QVERIFY2(watcher.waitUntilWatching(Waits::patientMs), watcher.said().constData());
        auto first = std::make_unique<Window>();
        QVERIFY(first->attach());

        WatcherConnection second(WatcherControl::socketPath(SysRoot(tree())));
        QSignalSpy secondEnded(&second, &SnapshotSource::ended);
        QSignalSpy secondSampled(&second, &SnapshotSource::sampled);
        second.request(AgentRequest::Interval{500});
        second.start();
        QVERIFY(secondEnded.wait(Waits::patientMs));
        QVERIFY2(secondEnded.constFirst().constFirst().toString().contains(u"another MemLens window"_s),
                 qPrintable(secondEnded.constFirst().constFirst().toString()));
        QCOMPARE(secondSampled.size(), 0);

        // Once the first has gone (the watcher notices when its socket closes), the next is served.
        first.reset();
        QVERIFY(servedSoon(WatcherControl::socketPath(SysRoot(tree()))));
    }

    void aPausedWindowGetsWhatItAsksOnce()
    {
        RunningWatcher watcher(tree(), 10'000);
        QVERIFY2(watcher.waitUntilWatching(Waits::patientMs), watcher.said().constData());
        Window window;
        auto &[engine, attached, processes] = window;
        QSignalSpy slabs(&engine, &SamplingEngine::slabCachesSampled);
        QVERIFY(window.attach());
        engine.setPaused(true);
        QTest::qWait(1000);
        processes.clear();
        QTest::qWait(1500);
        QCOMPARE(processes.size(), 0);
        engine.refresh();
        QVERIFY(processes.wait(Waits::patientMs));
        QTest::qWait(1500);
        QCOMPARE(processes.size(), 1);
        engine.readSlabCaches();
        QVERIFY(slabs.wait(Waits::patientMs));
        engine.setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(processes.size() >= 3, Waits::patientMs);
    }

    // Only the user's own processes reach the watcher: even with its runtime directory open to
    // all, another user's connection is refused by the socket's own permissions.
    void anotherUserCannotConnect()
    {
        if (geteuid() != 0)
            QSKIP("becoming another user needs root");
        RunningWatcher watcher(tree(), 10'000);
        QVERIFY2(watcher.waitUntilWatching(Waits::patientMs), watcher.said().constData());
        const QByteArray path = WatcherControl::socketPath(SysRoot(tree())).toUtf8();
        // (Qt itself takes no runtime directory open to others: the path is found before.)
        QVERIFY(QFile::setPermissions(watcher.runtimeDirectory(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther | QFileDevice::ExeOther
                                          | QFileDevice::ReadGroup | QFileDevice::ExeGroup));
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof address.sun_path);
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        const pid_t child = fork();
        if (child == 0) {
            // nobody: only what is safe after fork() in a threaded process.
            if (setgid(65534) != 0 || setuid(65534) != 0)
                _exit(2);
            const int fd = socket(AF_UNIX, SOCK_STREAM, 0);
            _exit(::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) == 0 ? 1 : 0);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0); // refused

        // And were the socket open to all, the watcher itself refuses another user: not a byte of
        // the stream reaches it.
        QVERIFY(QFile::setPermissions(QString::fromUtf8(path),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther | QFileDevice::WriteOther));
        const pid_t intruder = fork();
        if (intruder == 0) {
            if (setgid(65534) != 0 || setuid(65534) != 0)
                _exit(2);
            const int fd = socket(AF_UNIX, SOCK_STREAM, 0);
            if (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0)
                _exit(3);
            // The watcher may have closed before the hello goes: that is no signal to die of.
            signal(SIGPIPE, SIG_IGN);
            const char hello[] = "hello 4\n";
            [[maybe_unused]] const ssize_t written = write(fd, hello, sizeof hello - 1);
            char byte = 0;
            _exit(read(fd, &byte, 1) <= 0 ? 0 : 1); // closed (or reset) without a word
        }
        QCOMPARE(waitpid(intruder, &status, 0), intruder);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        // The user's own window is served still.
        QVERIFY(served(QString::fromUtf8(path)));
    }

    // Nor does a window listen to a socket another user made where its watcher's would be.
    void aSocketOfAnotherUserIsNotListenedTo()
    {
        if (geteuid() != 0)
            QSKIP("becoming another user needs root");
        QTemporaryDir dir;
        QVERIFY(QFile::setPermissions(dir.path(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                          | QFileDevice::WriteOther | QFileDevice::ExeOther));
        const QByteArray path = dir.filePath(u"memlens-watch.socket"_s).toUtf8();
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        int ready[2];
        QCOMPARE(pipe(ready), 0);
        const pid_t impostor = fork();
        if (impostor == 0) {
            if (setgid(65534) != 0 || setuid(65534) != 0)
                _exit(2);
            const int fd = socket(AF_UNIX, SOCK_STREAM, 0);
            if (bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0 || listen(fd, 1) != 0)
                _exit(3);
            if (write(ready[1], "r", 1) != 1)
                _exit(4);
            const int window = accept(fd, nullptr, nullptr);
            // A stream that would read well: a header.
            const char header[] = "MEMLENS-SNAPSHOTS\0\0\0\6";
            if (write(window, header, sizeof header - 1) < 0)
                _exit(5);
            sleep(10);
            _exit(0);
        }
        char byte = 0;
        QCOMPARE(read(ready[0], &byte, 1), 1);
        WatcherConnection connection(QString::fromUtf8(path));
        QSignalSpy ended(&connection, &SnapshotSource::ended);
        connection.start(); // a local socket may say it is connected before start() returns
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), Waits::patientMs);
        QVERIFY2(ended.constFirst().constFirst().toString().contains(u"is not your background watcher's"_s),
                 qPrintable(ended.constFirst().constFirst().toString()));
        ::kill(impostor, SIGKILL);
        waitpid(impostor, nullptr, 0);
        ::close(ready[0]);
        ::close(ready[1]);
    }

    // A connection that never says hello does not keep the seat from the windows after it.
    void aSilentConnectionIsLetGo()
    {
        RunningWatcher watcher(tree(), 10'000);
        QVERIFY2(watcher.waitUntilWatching(Waits::patientMs), watcher.said().constData());
        QLocalSocket silent;
        silent.connectToServer(WatcherControl::socketPath(SysRoot(tree())));
        QVERIFY(silent.waitForConnected(Waits::patientMs));
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QLocalSocket::UnconnectedState, Waits::patientMs);
        QVERIFY(servedSoon(WatcherControl::socketPath(SysRoot(tree()))));
    }

    void aConversationThatIsNotOneIsRefused()
    {
        RunningWatcher watcher(tree(), 10'000);
        QVERIFY2(watcher.waitUntilWatching(Waits::patientMs), watcher.said().constData());
        QLocalSocket socket;
        socket.connectToServer(WatcherControl::socketPath(SysRoot(tree())));
        QVERIFY(socket.waitForConnected(Waits::patientMs));
        QBuffer stream;
        stream.open(QIODevice::ReadWrite);
        connect(&socket, &QLocalSocket::readyRead, &stream, [&] {
            stream.buffer() += socket.readAll();
        });
        socket.write("hello 4\nrm -rf /\n");
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QLocalSocket::UnconnectedState, Waits::patientMs);
        SnapshotStream::Reader reader(&stream);
        std::optional<AgentFailure> failure;
        while (const auto snapshot = reader.next()) {
            if (const auto *f = std::get_if<AgentFailure>(&*snapshot))
                failure = *f;
        }
        QVERIFY(failure);
        QVERIFY2(failure->reason.contains(u"not one this agent knows"_s), qPrintable(failure->reason));

        // The watcher goes on, and serves the next window.
        QVERIFY(servedSoon(WatcherControl::socketPath(SysRoot(tree()))));
        QCOMPARE(watcher.process().state(), QProcess::Running);
    }
};

QTEST_GUILESS_MAIN(TestWatchAttach)
#include "tst_watchattach.moc"
