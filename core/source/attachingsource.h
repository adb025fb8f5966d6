// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "source/localsource.h"
#include "source/requeststate.h"
#include "source/watcherconnection.h"

#include <QTimer>

#include <memory>

// A window's in-process sampling that gives way to the background watcher's when one runs for
// the same tree (`memlens --watch`): one sampler instead of two. It samples by itself at once,
// and hands over when the watcher's first snapshot arrives; when the watcher goes away (or serves
// another window, or stops sending while the window looks), it samples by itself again, brought
// to the state asked for so far. While on its own it looks for a watcher now and then.
class AttachingSource : public SnapshotSource
{
    Q_OBJECT

public:
    AttachingSource(const SysRoot &root, const QString &watcherSocket, QObject *parent = nullptr);
    ~AttachingSource() override;

    void start() override;
    void request(const AgentRequest::Request &request) override;

    // How often a window on its own looks for a watcher.
    static constexpr int lookAgainMs = 30'000;
    // A watcher that sends nothing for this long (and three intervals), while the window looks,
    // is taken to hang: the window samples by itself.
    static constexpr int quietMs = 10'000;

Q_SIGNALS:
    // The watcher's sampling is the window's (true), or the window samples by itself (false).
    void attachedChanged(bool attached, const QString &reason);

private:
    void lookForWatcher();
    void watcherSampled(const SnapshotStream::Snapshot &snapshot);
    void watcherEnded(const QString &reason);
    void startOwn();
    // Arms the watch on a watcher gone quiet, or disarms it while the window is paused.
    void expectSamples();

    SysRoot m_root;
    QString m_socketPath;
    RequestState m_state;
    std::unique_ptr<LocalSource> m_own; // while not attached
    std::unique_ptr<WatcherConnection> m_watcher; // while trying or attached
    bool m_attached = false;
    QTimer m_lookAgain;
    QTimer m_quiet;
    int m_intervalMs = 1000;
};
