// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "watchcommand.h"

#include "parse/proccgroupparser.h"
#include "watch/notifier.h"
#include "watch/watcher.h"
#include "watch/watchercontrol.h"
#include "watch/watchersettings.h"
#include "watch/watchserver.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>

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
int run(const SysRoot &root, const Options &options)
{
    QLockFile lock(WatcherControl::lockPath());
    lock.setStaleLockTime(0); // a watcher that died leaves its lock to whoever comes next
    if (!lock.tryLock()) {
        qint64 pid = 0;
        QString host, application;
        lock.getLockInfo(&pid, &host, &application);
        say(QCoreApplication::translate("main", "a watcher already runs for this user (process %1); this one leaves").arg(pid));
        return 0; // started twice (systemd and autostart): not a failure
    }
    Watcher::Settings settings;
    settings.recordingDirectory = options.recordingDirectory.isEmpty() ? WatcherSettings::recordingDirectory() : options.recordingDirectory;
    WatcherSettings chosen = WatcherSettings::load();
    chosen.recordingMiB = options.recordingMiB.value_or(chosen.recordingMiB);
    chosen.recordingHours = options.recordingHours.value_or(chosen.recordingHours);
    settings.limits = chosen.limits();
    settings.calmIntervalMs = options.calmIntervalMs;
    settings.pressureFiles = pressureFiles(root);
    Watcher watcher(root, settings);
    QObject::connect(&watcher, &Watcher::recordingFailed, &say);
    Notifier notifier(QDBusConnection::sessionBus(), chosen.notifications());
    QObject::connect(&watcher, &Watcher::bookmarked, &notifier, &Notifier::notify);
    QObject::connect(&notifier, &Notifier::delivered, &watcher, &Watcher::noteNotificationSent);
    // The notification's action: a window on the recording, at the moment it told of.
    QObject::connect(&notifier, &Notifier::openRequested, [directory = settings.recordingDirectory](qint64 timeMs) {
        QProcess::startDetached(
            QCoreApplication::applicationFilePath(),
            {QStringLiteral("--replay"), directory, QStringLiteral("--at"), QDateTime::fromMSecsSinceEpoch(timeMs).toString(Qt::ISODateWithMs)});
    });
    watcher.start();
    // A window on this machine samples through the watcher rather than a second time.
    WatchServer server(watcher, WatcherControl::socketPath(root));
    if (!server.listen())
        say(server.error());
    say(QCoreApplication::translate("main", "watching; recording to %1. %2")
            .arg(QDir::toNativeSeparators(settings.recordingDirectory), watcher.pressureSource()));
    return QCoreApplication::exec();
}
}
