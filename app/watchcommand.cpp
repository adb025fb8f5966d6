// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "watchcommand.h"

#include "parse/proccgroupparser.h"
#include "watch/watcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QStandardPaths>

#include <cstdio>

namespace
{
void say(const QString &message)
{
    std::fprintf(stderr, "memlens: %s\n", qPrintable(message));
}

// The files a pressure trigger may be set on: the whole system's, then the user's own cgroup's
// where cgroup v2 keeps one (a session's slice under systemd).
QStringList pressureFiles(const SysRoot &root)
{
    if (!root.isLive())
        return {}; // a captured tree's files are text: no kernel behind them to wake anyone
    QStringList files{root.path(u"/proc/pressure/memory")};
    QFile self(root.path(u"/proc/self/cgroup"));
    if (!self.open(QIODevice::ReadOnly))
        return files;
    const auto parsed = parseProcCgroup(self.readAll());
    for (const CgroupMembership &membership : parsed.value) {
        if (membership.hierarchy != 0 || membership.path == "/")
            continue;
        // cgroup v2 alone at /sys/fs/cgroup, or beside v1 at /sys/fs/cgroup/unified.
        for (const QString &mount : {QStringLiteral("/sys/fs/cgroup"), QStringLiteral("/sys/fs/cgroup/unified")}) {
            const QString file = root.path(QString(mount + QString::fromUtf8(membership.path) + QStringLiteral("/memory.pressure")));
            if (QFile::exists(file)) {
                files.append(file);
                break;
            }
        }
    }
    return files;
}
}

namespace WatchCommand
{
QString defaultRecordingDirectory()
{
    // Qt 6.4 has no StateLocation: $XDG_STATE_HOME, by the XDG base directory rules.
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || QDir::isRelativePath(state))
        state = QDir::homePath() + QStringLiteral("/.local/state");
    return state + QStringLiteral("/memlens/recording");
}

int run(const SysRoot &root, const Options &options)
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    QLockFile lock(QDir(runtime.isEmpty() ? QDir::tempPath() : runtime).filePath(QStringLiteral("memlens-watch.lock")));
    lock.setStaleLockTime(0); // a watcher that died leaves its lock to whoever comes next
    if (!lock.tryLock()) {
        qint64 pid = 0;
        QString host, application;
        lock.getLockInfo(&pid, &host, &application);
        say(QCoreApplication::translate("main", "a watcher already runs for this user (process %1); this one leaves").arg(pid));
        return 0; // started twice (systemd and autostart): not a failure
    }
    Watcher::Settings settings;
    settings.recordingDirectory = options.recordingDirectory.isEmpty() ? defaultRecordingDirectory() : options.recordingDirectory;
    settings.limits = options.limits;
    settings.calmIntervalMs = options.calmIntervalMs;
    settings.pressureFiles = pressureFiles(root);
    Watcher watcher(root, settings);
    QObject::connect(&watcher, &Watcher::recordingFailed, &say);
    watcher.start();
    say(QCoreApplication::translate("main", "watching; recording to %1. %2")
            .arg(QDir::toNativeSeparators(settings.recordingDirectory), watcher.pressureSource()));
    return QCoreApplication::exec();
}
}
