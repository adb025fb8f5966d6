// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "read/killhistoryreader.h"
#include "support/fixtures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <grp.h>
#include <sys/fsuid.h>
#include <sys/wait.h>
#include <unistd.h>

// KillHistoryReader on the captured kernel log of two OOM kills: wall-clock times from btime,
// reading only what is new, and the reasons given when the log cannot be read.
class TestKillHistoryReader : public QObject
{
    Q_OBJECT

    static void append(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(bytes);
    }

private Q_SLOTS:
    void capturedKills()
    {
        KillHistoryReader reader{SysRoot(Fixtures::tree("linux-6.18-oom"))};
        const KillHistory history = reader.read();
        QVERIFY2(history.unavailableReason.isEmpty(), qPrintable(history.unavailableReason));
        QVERIFY2(history.problem.isEmpty(), qPrintable(history.problem));
        QCOMPARE(history.source, QStringLiteral("kernel log buffer"));
        QCOMPARE(history.kills.size(), 2);
        // btime 1795383069 s, then 11727048923 µs and 11727161688 µs after boot.
        QCOMPARE(history.kills[0].timeMs, std::optional<qint64>(1795383069000 + 11727048));
        QCOMPARE(history.kills[0].name, QStringLiteral("oom) (hog), x"));
        QCOMPARE(history.kills[0].cgroup, QStringLiteral("/memlens-oom"));
        QCOMPARE(history.kills[1].timeMs, std::optional<qint64>(1795383069000 + 11727161));
        QCOMPARE(history.kills[1].pid, qint64(6374));
        QCOMPARE(history.kills[1].uid, std::optional<uint>(65534));

        // Nothing new: the same history, each kill once.
        QCOMPARE(reader.read(), history);
    }

    void readsOnlyWhatIsNew()
    {
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.18-oom", dir));
        const QString kmsg = dir.path() + QStringLiteral("/dev/kmsg");
        const QByteArray original = Fixtures::file("linux-6.18-oom", "dev/kmsg");
        QFile file(kmsg);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(original.left(original.indexOf("4,424,"))); // up to the end of the first kill
        file.close();

        KillHistoryReader reader{SysRoot(dir.path())};
        QCOMPARE(reader.read().kills.size(), 1);
        append(kmsg, original.mid(original.indexOf("4,424,")));
        const KillHistory history = reader.read();
        QCOMPARE(history.kills.size(), 2);
        QCOMPARE(history.kills[1].cgroup, QStringLiteral("/memlens-oom"));
        // The same records again (a rewritten capture) are not counted twice.
        append(kmsg, original.mid(original.indexOf("6,502,")));
        QCOMPARE(reader.read().kills.size(), 2);
    }

    void withoutBootTimeTheTimeIsUnknown()
    {
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.18-oom", dir));
        QVERIFY(QFile::remove(dir.path() + QStringLiteral("/proc/stat")));
        const KillHistory history = KillHistoryReader(SysRoot(dir.path())).read();
        QCOMPARE(history.kills.size(), 2);
        QVERIFY(!history.kills[0].timeMs.has_value());
    }

    void malformedLogKeepsTheKills()
    {
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.18-oom", dir));
        const QString kmsg = dir.path() + QStringLiteral("/dev/kmsg");
        append(kmsg, QByteArrayLiteral("\xff\x01 not a record\n3,504,11727161700,-;Memory cgroup out of memory: Killed process 77 (x) total-vm:1"));
        const KillHistory history = KillHistoryReader(SysRoot(dir.path())).read();
        QCOMPARE(history.kills.size(), 3);
        QVERIFY2(history.problem.contains(QStringLiteral("/dev/kmsg is malformed (line 169: not a kernel log record")), qPrintable(history.problem));
        QCOMPARE(history.kills[2].pid, qint64(77));
        QVERIFY(!history.kills[2].totalVmBytes.has_value());
    }

    void permissionDeniedSaysWhyAndWhatHelps()
    {
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.18-oom", dir));
        QVERIFY(QFile::setPermissions(dir.path() + QStringLiteral("/dev/kmsg"), QFileDevice::Permissions()));
        KillHistoryReader reader{SysRoot(dir.path())};
        // As an unprivileged user, so that root meets the mode 000 too; fsuid is per thread.
        const uid_t previous = uid_t(setfsuid(65534));
        const KillHistory history = reader.read();
        setfsuid(previous);
        QVERIFY(history.kills.isEmpty());
        QVERIFY(history.source.isEmpty());
        // The captured machine has kernel.dmesg_restrict = 1.
        QCOMPARE(history.unavailableReason,
                 QStringLiteral("The OOM kill history cannot be read: /dev/kmsg is restricted to administrators by kernel.dmesg_restrict. "
                                "Running MemLens as root shows it."));

        QFile restrict(dir.path() + QStringLiteral("/proc/sys/kernel/dmesg_restrict"));
        QVERIFY(restrict.open(QIODevice::WriteOnly | QIODevice::Truncate));
        restrict.write("0\n");
        restrict.close();
        setfsuid(65534);
        const QString reason = reader.read().unavailableReason;
        setfsuid(previous);
        QCOMPARE(reason, QStringLiteral("The OOM kill history cannot be read: you may not read /dev/kmsg. Running MemLens as root shows it."));

        // Readable again: the history is back.
        QVERIFY(QFile::setPermissions(dir.path() + QStringLiteral("/dev/kmsg"), QFileDevice::ReadOwner));
        const KillHistory readable = reader.read();
        QVERIFY(readable.unavailableReason.isEmpty());
        QCOMPARE(readable.kills.size(), 2);
    }

    void treeWithoutKernelLog()
    {
        const KillHistory history = KillHistoryReader(SysRoot(Fixtures::tree("linux-6.18"))).read();
        QVERIFY(history.kills.isEmpty());
        QCOMPARE(history.unavailableReason, QStringLiteral("The OOM kill history cannot be read: /dev/kmsg does not exist on this system."));
    }

    void liveSystem()
    {
        // Whatever this machine's log holds: the journal or /dev/kmsg is read without blocking,
        // a repeat read (incremental: it starts where the first ended) keeps the same source and
        // every kill the first found, and an unreadable log is explained. What a read costs is
        // for a benchmark to say; the times are printed only.
        KillHistoryReader reader{SysRoot()};
        QElapsedTimer timer;
        timer.start();
        const KillHistory first = reader.read();
        qInfo() << "live:" << first.source << first.kills.size() << "kills" << first.unavailableReason << "in" << timer.elapsed() << "ms";
        QVERIFY(first.source.isEmpty() != first.unavailableReason.isEmpty());
        if (geteuid() == 0)
            QVERIFY2(first.unavailableReason.isEmpty(), qPrintable(first.unavailableReason));
        timer.restart();
        const KillHistory second = reader.read();
        qInfo() << "live, read again:" << second.kills.size() << "kills in" << timer.elapsed() << "ms";
        QCOMPARE(second.source, first.source);
        QCOMPARE(second.unavailableReason, first.unavailableReason);
        QVERIFY(second.kills.size() >= first.kills.size());
        if (second.kills.size() < KillHistoryReader::maxKills)
            QCOMPARE(second.kills.mid(0, first.kills.size()), first.kills);
    }

    void liveSystemAsAnUnprivilegedUser()
    {
        // A desktop user on a kernel with dmesg_restrict: a child process that gave up root,
        // and with it CAP_SYSLOG, reads the live log and reports the reason through a pipe.
        if (geteuid() != 0)
            QSKIP("needs root to become another user");
        QFile restrictFile(QStringLiteral("/proc/sys/kernel/dmesg_restrict"));
        if (!restrictFile.open(QIODevice::ReadOnly) || restrictFile.readAll().trimmed() != "1")
            QSKIP("kernel.dmesg_restrict is off here: an unprivileged user may read /dev/kmsg");
        int fds[2];
        QVERIFY(pipe(fds) == 0);
        const pid_t child = fork();
        if (child == 0) {
            ::close(fds[0]);
            if (setgroups(0, nullptr) != 0 || setgid(65534) != 0 || setuid(65534) != 0)
                _exit(2);
            const QByteArray reason = KillHistoryReader(SysRoot()).read().unavailableReason.toUtf8();
            _exit(write(fds[1], reason.constData(), size_t(reason.size())) == reason.size() ? 0 : 3);
        }
        ::close(fds[1]);
        QByteArray reason;
        char buffer[1024];
        for (ssize_t got; (got = ::read(fds[0], buffer, sizeof buffer)) > 0;)
            reason.append(buffer, got);
        ::close(fds[0]);
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QCOMPARE(WEXITSTATUS(status), 0);
        QCOMPARE(QString::fromUtf8(reason),
                 QStringLiteral("The OOM kill history cannot be read: the systemd journal shows you no kernel messages (you are not in the "
                                "systemd-journal or adm group), and /dev/kmsg is restricted to administrators by kernel.dmesg_restrict. "
                                "Running MemLens as root shows it."));
    }
};

QTEST_GUILESS_MAIN(TestKillHistoryReader)
#include "tst_killhistoryreader.moc"
