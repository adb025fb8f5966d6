// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The watcher on the real kernel: real memory pressure, made safely inside a memory cgroup's limit
// (v2 memory.max where the machine delegates it, the v1 memory controller otherwise), fires the
// kernel's PSI trigger and becomes a bookmark in the recording; a kill by the cgroup's OOM killer
// becomes one too. `memlens --watch` killed with SIGKILL again and again leaves a recording that
// reads up to its last whole record, and only one watcher runs per user. The same episode under a
// real `memlens --watch` reaches a real session bus (a private dbus-daemon) as notifications, to a
// notifications server registered there as a desktop's is.
#include "record/recordingreader.h"
#include "support/notificationserver.h"
#include "support/runningwatcher.h"
#include "support/waits.h"
#include "watch/watcher.h"

#include <QDBusConnection>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace
{
Pressure someAt(double avg10)
{
    Pressure pressure;
    pressure.some = PressureLine{avg10, 0, 0, 0};
    return pressure;
}

bool writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
}

// A memory cgroup of its own with a limit, removed with whatever still runs in it.
class MemoryCgroup
{
public:
    // nullopt (and why) where the machine has no memory controller this test may use.
    static std::unique_ptr<MemoryCgroup> make(qint64 limitBytes, QString *why)
    {
        if (geteuid() != 0) {
            *why = u"making a memory cgroup needs root"_s;
            return nullptr;
        }
        const QString name = u"memlens-test-%1"_s.arg(QCoreApplication::applicationPid());
        QFile controllers(u"/sys/fs/cgroup/cgroup.controllers"_s);
        if (controllers.open(QIODevice::ReadOnly) && controllers.readAll().split(' ').contains("memory")) {
            writeFile(u"/sys/fs/cgroup/cgroup.subtree_control"_s, "+memory");
            auto cgroup = std::unique_ptr<MemoryCgroup>(new MemoryCgroup(u"/sys/fs/cgroup/"_s + name));
            if (writeFile(cgroup->m_dir + u"/memory.max"_s, QByteArray::number(limitBytes)))
                return cgroup;
        } else if (QFileInfo::exists(u"/sys/fs/cgroup/memory/memory.limit_in_bytes"_s)) {
            auto cgroup = std::unique_ptr<MemoryCgroup>(new MemoryCgroup(u"/sys/fs/cgroup/memory/"_s + name));
            if (writeFile(cgroup->m_dir + u"/memory.limit_in_bytes"_s, QByteArray::number(limitBytes)))
                return cgroup;
        }
        *why = u"no memory cgroup controller could be used here"_s;
        return nullptr;
    }

    ~MemoryCgroup()
    {
        for (QProcess *process : m_processes) {
            process->kill();
            process->waitForFinished(10'000);
            delete process;
        }
        QDir().rmdir(m_dir);
    }

    QProcess *run(const QStringList &arguments)
    {
        auto *process = new QProcess;
        process->setProcessChannelMode(QProcess::ForwardedChannels);
        process->start(QStringLiteral(MEMLENS_THRASHER), QStringList{m_dir + u"/cgroup.procs"_s} + arguments);
        m_processes.append(process);
        return process;
    }

private:
    explicit MemoryCgroup(const QString &dir)
        : m_dir(dir)
    {
        QDir().mkpath(m_dir);
    }

    QString m_dir;
    QList<QProcess *> m_processes;
};

QList<Bookmark> bookmarksIn(const QString &recording, QStringList *problems = nullptr)
{
    RecordingReader reader(recording);
    QList<Bookmark> bookmarks;
    while (const auto snapshot = reader.next()) {
        if (const auto *bookmark = std::get_if<Bookmark>(&*snapshot))
            bookmarks.append(*bookmark);
    }
    if (problems)
        *problems = reader.problems();
    return bookmarks;
}

bool hasKind(const QList<Bookmark> &bookmarks, Bookmark::Kind kind)
{
    return std::any_of(bookmarks.begin(), bookmarks.end(), [kind](const Bookmark &b) {
        return b.kind == kind;
    });
}
}

class TestWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // One stall of a desktop is one episode: the averages wavering around the threshold, or the
    // trigger firing again while it lasts, begin nothing new; it ends after a quiet half minute.
    void anEpisodeBeginsOnceAndEndsAfterQuiet()
    {
        PressureEpisode episode;
        using Change = PressureEpisode::Change;
        QCOMPARE(episode.sampled(someAt(1), 0), Change::None);
        QCOMPARE(episode.sampled(someAt(9.9), 1000), Change::None);
        QCOMPARE(episode.triggerFired(1500), Change::Began);
        QVERIFY(episode.active());
        QCOMPARE(episode.sampled(someAt(35), 2000), Change::None);
        QCOMPARE(episode.triggerFired(3000), Change::None);
        QCOMPARE(episode.sampled(someAt(8), 4000), Change::None); // below the start, above the end
        QCOMPARE(episode.sampled(someAt(12), 20'000), Change::None);
        QCOMPARE(episode.sampled(someAt(1), 30'000), Change::None); // quiet for 10 s only
        QCOMPARE(episode.sampled(someAt(1), 49'999), Change::None);
        QCOMPARE(episode.sampled(someAt(1), 50'000), Change::Ended);
        QCOMPARE(episode.peakPercent(), 35.0);
        QVERIFY(!episode.active());
        // Averages alone begin one too; a file without a "some" line changes nothing.
        QCOMPARE(episode.sampled(Pressure{}, 60'000), Change::None);
        QCOMPARE(episode.sampled(someAt(10), 61'000), Change::Began);
    }

    void realPressureAndAKillAreBookmarked()
    {
        QString why;
        const auto cgroup = MemoryCgroup::make(48ll << 20, &why);
        if (!cgroup)
            QSKIP(qPrintable(why));
        QTemporaryDir dir;
        Watcher::Settings settings;
        settings.recordingDirectory = dir.filePath(u"recording"_s);
        settings.calmIntervalMs = 2000;
        settings.pressureFiles = {u"/proc/pressure/memory"_s};
        Watcher watcher(SysRoot(u"/"_s), settings);
        QSignalSpy bookmarks(&watcher, &Watcher::bookmarked);
        watcher.start();
        QVERIFY2(watcher.pressureSource().contains(u"pressure trigger on /proc/pressure/memory"_s), qPrintable(watcher.pressureSource()));
        // The same trigger the watcher set, watched here: the kernel wakes it, nothing polls.
        PressureTrigger trigger(u"/proc/pressure/memory"_s, settings.triggerStallMs);
        QVERIFY2(trigger.unavailableReason().isEmpty(), qPrintable(trigger.unavailableReason()));
        QSignalSpy fired(&trigger, &PressureTrigger::fired);

        // Four times the limit in page cache, read again and again: every pass refaults.
        cgroup->run({u"cache"_s, dir.filePath(u"thrash"_s), u"192"_s});
        const auto kinds = [&] {
            QList<Bookmark> seen;
            for (const QList<QVariant> &signal : std::as_const(bookmarks))
                seen.append(signal.constFirst().value<Bookmark>());
            return seen;
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasKind(kinds(), Bookmark::Kind::PressureBegan), 90'000);
        QVERIFY(!fired.isEmpty());

        // Three times the limit in anonymous memory, without swap: the cgroup's OOM killer ends it.
        QProcess *hog = cgroup->run({u"anon"_s, u"144"_s});
        QVERIFY(hog->waitForStarted());
        const qint64 hogPid = hog->processId();
        QVERIFY(hog->waitForFinished(60'000));
        QCOMPARE(hog->exitStatus(), QProcess::CrashExit);
        QTRY_VERIFY_WITH_TIMEOUT(hasKind(kinds(), Bookmark::Kind::OomKill), 60'000);
        const QList<Bookmark> seen = kinds();
        const auto kill = std::find_if(seen.begin(), seen.end(), [](const Bookmark &b) {
            return b.kind == Bookmark::Kind::OomKill;
        });
        QVERIFY2(kill->text.contains(u"memlens-thrashe (%1)"_s.arg(hogPid)) && kill->text.contains(u"hit its limit"_s), qPrintable(kill->text));

        // All of it is in the recording, which reads without a problem.
        QStringList problems;
        const QList<Bookmark> recorded = bookmarksIn(settings.recordingDirectory, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(recorded.constFirst().kind, Bookmark::Kind::WatcherStarted);
        QVERIFY(hasKind(recorded, Bookmark::Kind::PressureBegan));
        QVERIFY(recorded.contains(*kill));
    }

    // The running watcher, as the desktop starts it, tells the session bus before and after.
    void theRunningWatcherNotifiesTheSessionBus()
    {
        QString why;
        const auto cgroup = MemoryCgroup::make(48ll << 20, &why);
        if (!cgroup)
            QSKIP(qPrintable(why));
        QProcess daemon;
        daemon.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address"_s});
        QVERIFY2(daemon.waitForStarted(), "dbus-daemon is needed (Debian's dbus package)");
        QTRY_VERIFY(daemon.canReadLine());
        const QByteArray address = daemon.readLine().trimmed();
        QDBusConnection desktop = QDBusConnection::connectToBus(QString::fromUtf8(address), u"desktop"_s);
        NotificationServer server;
        QVERIFY(desktop.registerObject(u"/org/freedesktop/Notifications"_s, &server, QDBusConnection::ExportAllSlots));
        QVERIFY(desktop.registerService(u"org.freedesktop.Notifications"_s));
        const QByteArray sessionBus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        {
            RunningWatcher watcher(QString(), 2000);
            QVERIFY2(watcher.waitUntilWatching(Waits::patientMs), watcher.said().constData());
            QVERIFY2(watcher.said().contains("pressure trigger on /proc/pressure/memory"), watcher.said().constData());
            const auto shownWith = [&](const QString &summary, const QString &inBody) {
                return std::any_of(server.shown.cbegin(), server.shown.cend(), [&](const NotificationServer::Shown &shown) {
                    return shown.summary == summary && shown.body.contains(inBody);
                });
            };
            cgroup->run({u"cache"_s, QDir(watcher.runtimeDirectory()).filePath(u"thrash"_s), u"192"_s});
            QTRY_VERIFY_WITH_TIMEOUT(shownWith(u"Memory is running short"_s, u"Memory pressure began"_s), 90'000);
            QProcess *hog = cgroup->run({u"anon"_s, u"144"_s});
            QVERIFY(hog->waitForStarted());
            const qint64 hogPid = hog->processId();
            QVERIFY(hog->waitForFinished(60'000));
            QTRY_VERIFY_WITH_TIMEOUT(shownWith(u"A program was ended to free memory"_s, u"(%1)"_s.arg(hogPid)), 60'000);
            for (const NotificationServer::Shown &shown : std::as_const(server.shown))
                qInfo("%s: %s", qPrintable(shown.summary), qPrintable(shown.body));
            // And the recording says what the user was told.
            QTRY_VERIFY_WITH_TIMEOUT(hasKind(bookmarksIn(watcher.recording()), Bookmark::Kind::NotificationSent), Waits::patientMs);
        }
        if (sessionBus.isNull())
            qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        else
            qputenv("DBUS_SESSION_BUS_ADDRESS", sessionBus);
        QDBusConnection::disconnectFromBus(u"desktop"_s);
        daemon.terminate();
        daemon.waitForFinished();
    }

    // `memlens --watch` killed with SIGKILL at random moments, twenty times, and started again on
    // the same directory: the recording reads up to its last whole record every time, what it
    // skips is only ever a cut-short tail, and it stays within its byte budget.
    void killedMidWriteTheRecordingStillReads()
    {
        QTemporaryDir dir;
        const QString recording = dir.filePath(u"recording"_s);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_RUNTIME_DIR"_s, dir.path());
        QRandomGenerator random(20261206);
        for (int run = 0; run < 20; ++run) {
            QProcess watcher;
            watcher.setProcessEnvironment(environment);
            watcher.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            watcher.start(QStringLiteral(MEMLENS_BINARY),
                          {u"--watch"_s,
                           u"--root"_s,
                           QStringLiteral(MEMLENS_FIXTURES "/linux-6.18"),
                           u"--interval"_s,
                           u"500"_s,
                           u"--recording"_s,
                           recording,
                           u"--recording-size"_s,
                           u"1"_s});
            QVERIFY(watcher.waitForStarted());
            QTest::qWait(int(random.bounded(200, 1500)));
            ::kill(pid_t(watcher.processId()), SIGKILL);
            QVERIFY(watcher.waitForFinished());
            QStringList problems;
            RecordingReader reader(recording);
            int read = 0;
            while (reader.next())
                ++read;
            QVERIFY2(reader.error().isEmpty(), qPrintable(reader.error()));
            QVERIFY(read > 0);
            for (const QString &problem : reader.problems())
                QVERIFY2(problem.contains(u"cut short"_s), qPrintable(problem));
            qint64 bytes = 0;
            for (const RecordingSegments::Segment &segment : RecordingSegments::list(recording))
                bytes += segment.bytes;
            QVERIFY2(bytes <= (1 << 20), qPrintable(QString::number(bytes)));
        }
    }

    // One watcher per user: a second one started beside the first says so and leaves.
    void oneWatcherPerUser()
    {
        QTemporaryDir dir;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_RUNTIME_DIR"_s, dir.path());
        const QStringList arguments{u"--watch"_s, u"--root"_s, QStringLiteral(MEMLENS_FIXTURES "/linux-6.18"), u"--recording"_s, dir.filePath(u"r"_s)};
        QProcess first;
        first.setProcessEnvironment(environment);
        first.setProcessChannelMode(QProcess::MergedChannels);
        first.start(QStringLiteral(MEMLENS_BINARY), arguments);
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += first.readAll()).contains("watching"), 10'000);
        QProcess second;
        second.setProcessEnvironment(environment);
        second.setProcessChannelMode(QProcess::MergedChannels);
        second.start(QStringLiteral(MEMLENS_BINARY), arguments);
        QVERIFY(second.waitForFinished(10'000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(second.readAll().contains(u"already runs for this user (process %1)"_s.arg(first.processId()).toUtf8()), "");
        QCOMPARE(first.state(), QProcess::Running);
        first.kill();
        first.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestWatcher)
#include "tst_watcher.moc"
