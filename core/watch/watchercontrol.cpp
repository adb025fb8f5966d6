// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "watchercontrol.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>

namespace
{
QString runtimeDirectory()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? QDir::tempPath() : runtime;
}

// systemd's user instance listens on this socket while it runs (as `systemctl --user` finds it).
bool systemdUserInstanceRuns()
{
    return QFileInfo(runtimeDirectory() + QStringLiteral("/systemd/private")).exists();
}
}

WatcherControl::WatcherControl(const QString &memlens, QObject *parent)
    : QObject(parent)
    , m_memlens(memlens)
    , m_manager(systemdUserInstanceRuns() ? Manager::Systemd : Manager::Autostart)
{
}

QString WatcherControl::lockPath()
{
    return QDir(runtimeDirectory()).filePath(QStringLiteral("memlens-watch.lock"));
}

QString WatcherControl::socketPath(const SysRoot &root)
{
    if (root.isLive())
        return QDir(runtimeDirectory()).filePath(QStringLiteral("memlens-watch.socket"));
    const QByteArray tree = QCryptographicHash::hash(root.directory().toUtf8(), QCryptographicHash::Sha1).toHex().left(12);
    return QDir(runtimeDirectory()).filePath(QStringLiteral("memlens-watch-%1.socket").arg(QLatin1StringView(tree)));
}

QString WatcherControl::autostartPath() const
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/autostart/") + QLatin1StringView(autostartName);
}

bool WatcherControl::isEnabled() const
{
    if (m_manager == Manager::Autostart)
        return QFile::exists(autostartPath());
    QProcess query;
    query.start(QStringLiteral("systemctl"), {QStringLiteral("--user"), QStringLiteral("is-enabled"), QLatin1StringView(unitName)});
    return query.waitForFinished(5000) && query.exitCode() == 0;
}

std::optional<qint64> WatcherControl::runningPid() const
{
    QLockFile lock(lockPath());
    qint64 pid = 0;
    QString host, application;
    // The lock of a watcher that died stays behind: only a live process holds it.
    if (!lock.getLockInfo(&pid, &host, &application) || pid <= 0 || (::kill(pid_t(pid), 0) != 0 && errno != EPERM))
        return std::nullopt;
    return pid;
}

void WatcherControl::systemctl(const QStringList &arguments)
{
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::MergedChannels);
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus status) {
        process->deleteLater();
        const QString said = QString::fromLocal8Bit(process->readAll()).trimmed();
        Q_EMIT finished(status == QProcess::NormalExit && exitCode == 0 ? QString() : tr("systemctl could not do it: %1").arg(said));
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            process->deleteLater();
            Q_EMIT finished(tr("systemctl could not be started: %1").arg(process->errorString()));
        }
    });
    process->start(QStringLiteral("systemctl"), QStringList{QStringLiteral("--user")} + arguments);
}

// Ends the running watcher, if any, and waits for it to leave its lock; why not, or empty.
QString WatcherControl::stopRunning()
{
    const std::optional<qint64> pid = runningPid();
    if (!pid)
        return {};
    if (::kill(pid_t(*pid), SIGTERM) != 0 && errno != ESRCH)
        return tr("the watcher (process %1) could not be stopped: %2").arg(*pid).arg(QString::fromLocal8Bit(std::strerror(errno)));
    for (QDeadlineTimer deadline(5000); runningPid() && !deadline.hasExpired();)
        QThread::msleep(20);
    return runningPid() ? tr("the watcher (process %1) did not stop").arg(*pid) : QString();
}

void WatcherControl::setEnabled(bool on)
{
    if (m_manager == Manager::Systemd) {
        systemctl({on ? QStringLiteral("enable") : QStringLiteral("disable"), QStringLiteral("--now"), QLatin1StringView(unitName)});
        return;
    }
    QString error;
    if (on) {
        QDir().mkpath(QFileInfo(autostartPath()).path());
        QSaveFile entry(autostartPath());
        // The program that runs now, wherever it is installed; NoDisplay keeps it out of menus.
        const QByteArray text =
            "[Desktop Entry]\nType=Application\nName=MemLens watcher\n"
            "Comment=Warns before memory runs out and records what happened\n"
            "Exec=\""
            + QFile::encodeName(m_memlens) + "\" --watch\nIcon=io.github.memlens.MemLens\nNoDisplay=true\nTerminal=false\nX-GNOME-Autostart-enabled=true\n";
        if (!entry.open(QIODevice::WriteOnly) || entry.write(text) != text.size() || !entry.commit())
            error = tr("the autostart entry %1 could not be written: %2").arg(autostartPath(), entry.errorString());
        else if (!runningPid() && !QProcess::startDetached(m_memlens, {QStringLiteral("--watch")}))
            error = tr("the watcher could not be started");
    } else {
        if (QFile::exists(autostartPath()) && !QFile::remove(autostartPath()))
            error = tr("the autostart entry %1 could not be removed").arg(autostartPath());
        if (error.isEmpty())
            error = stopRunning();
    }
    Q_EMIT finished(error);
}

void WatcherControl::restart()
{
    if (!runningPid())
        return;
    QString error;
    if (m_manager == Manager::Systemd) {
        // Detached: the window that asks may close before systemctl is done.
        if (!QProcess::startDetached(QStringLiteral("systemctl"), {QStringLiteral("--user"), QStringLiteral("try-restart"), QLatin1StringView(unitName)}))
            error = tr("systemctl could not be started");
        Q_EMIT finished(error);
        return;
    }
    error = stopRunning();
    if (error.isEmpty() && !QProcess::startDetached(m_memlens, {QStringLiteral("--watch")}))
        error = tr("the watcher could not be started");
    Q_EMIT finished(error);
}
