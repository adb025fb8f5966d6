// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "watcherconnection.h"

#include <sys/socket.h>
#include <unistd.h>

WatcherConnection::WatcherConnection(const QString &socketPath, QObject *parent)
    : StreamSource(&m_socket, parent)
    , m_socketPath(socketPath)
    , m_socket(this)
{
    connect(&m_socket, &QLocalSocket::connected, this, [this] {
        // Only the user's own watcher is listened to: a socket someone else made in a shared
        // directory (/tmp, where there is no runtime directory) is not.
        ucred server{};
        socklen_t size = sizeof server;
        if (getsockopt(int(m_socket.socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &server, &size) != 0 || server.uid != getuid()) {
            end(tr("the socket %1 is not your background watcher's").arg(m_socketPath));
            return;
        }
        writePending();
    });
    connect(&m_socket, &QLocalSocket::readyRead, this, &WatcherConnection::readStream);
    // What came before the end has been read: a refusal says why before the socket closes.
    connect(&m_socket, &QLocalSocket::disconnected, this, [this] {
        end(tr("the background watcher stopped"));
    });
    connect(&m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError error) {
        if (error != QLocalSocket::PeerClosedError)
            end(tr("the background watcher cannot be reached: %1").arg(m_socket.errorString()));
    });
}

WatcherConnection::~WatcherConnection()
{
    m_socket.disconnect(this); // a socket closing as it goes is not the watcher going away
}

void WatcherConnection::start()
{
    m_socket.connectToServer(m_socketPath);
}

bool WatcherConnection::canWrite() const
{
    return m_socket.state() == QLocalSocket::ConnectedState;
}

void WatcherConnection::abandon()
{
    m_socket.disconnect(this);
    m_socket.abort();
}
