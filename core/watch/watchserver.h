// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "stream/agentconversation.h"

#include <QLocalServer>
#include <QPointer>
#include <QTimer>

#include <memory>

class QLocalSocket;
class Watcher;

// Serves the watcher's sampling to a MemLens window of the same user, on a local socket in
// XDG_RUNTIME_DIR (WatcherControl::socketPath): the window speaks to it as to memlens-agent
// (AgentConversation) and reads the same snapshot stream, so one sampler runs where there would be
// two. One window at a time: its requests steer the sampling (see SharedSampling), and a second
// window is told so and samples by itself. A window that stops reading is let go before its
// unread stream can grow without bound, and one that does not say hello within 5 s too.
class WatchServer : public QObject
{
    Q_OBJECT

public:
    WatchServer(Watcher &watcher, const QString &socketPath, QObject *parent = nullptr);
    ~WatchServer() override;

    // false when the socket cannot be made; error() says why (the watcher goes on without it).
    bool listen();
    QString error() const
    {
        return m_error;
    }

    // Unread stream a window may leave behind before it is let go.
    static constexpr qint64 maxUnreadBytes = 32ll << 20;

private:
    void accept();
    void refuse(QLocalSocket *socket, const QString &reason);
    void read();
    void send(const SnapshotStream::Snapshot &snapshot);
    void letGo();

    Watcher &m_watcher;
    QString m_socketPath;
    QLocalServer m_server;
    QString m_error;
    QPointer<QLocalSocket> m_window;
    std::shared_ptr<AgentConversation> m_conversation;
    QTimer m_handshake; // how long a window may take to say hello
    bool m_refreshed = false; // the window has had its first sample in full
};
