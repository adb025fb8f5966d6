// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/sysroot.h"

#include <QObject>
#include <QString>

#include <optional>

// Turns the background watcher (`memlens --watch`) on and off for this user, the way the desktop
// starts programs at login: through the systemd user instance where one runs
// (memlens-watch.service, enabled and started), otherwise through an XDG autostart entry in
// ~/.config/autostart and a watcher started at once. The watcher's lock in XDG_RUNTIME_DIR says
// whether one runs, whichever started it.
class WatcherControl : public QObject
{
    Q_OBJECT

public:
    enum class Manager { Systemd, Autostart };
    static constexpr char unitName[] = "memlens-watch.service";
    static constexpr char autostartName[] = "io.github.memlens.MemLens.Watch.desktop";

    // memlens: the program an autostart entry or a started watcher runs.
    explicit WatcherControl(const QString &memlens, QObject *parent = nullptr);

    Manager manager() const
    {
        return m_manager;
    }
    // Whether it starts at login (the unit enabled, or the autostart entry present).
    bool isEnabled() const;
    // The running watcher's process, from its lock; nullopt when none runs.
    std::optional<qint64> runningPid() const;
    // The watcher's lock file, for the watcher itself to take.
    static QString lockPath();
    // Where the watcher of root serves what it samples to a window (see WatchServer): one socket
    // per tree read, so that a window on a captured tree never shows the live system's figures.
    static QString socketPath(const SysRoot &root);

    // Enables and starts, or disables and stops; finished() says how it went.
    void setEnabled(bool on);
    // A running watcher started again, to read changed settings; nothing when none runs.
    void restart();

Q_SIGNALS:
    // Empty when done; otherwise why not, in a sentence.
    void finished(const QString &error);

private:
    QString autostartPath() const;
    void systemctl(const QStringList &arguments);
    QString stopRunning();

    QString m_memlens;
    Manager m_manager;
};
