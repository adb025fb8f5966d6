// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "watchserver.h"

#include "watch/watcher.h"

#include <QLocalSocket>

#include <sys/socket.h>
#include <unistd.h>

namespace
{
// The process at the other end of a local socket, as the kernel vouches for it.
std::optional<ucred> peerOf(const QLocalSocket &socket)
{
    ucred credentials{};
    socklen_t size = sizeof credentials;
    if (getsockopt(int(socket.socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &credentials, &size) != 0)
        return std::nullopt;
    return credentials;
}
}

WatchServer::WatchServer(Watcher &watcher, const QString &socketPath, QObject *parent)
    : QObject(parent)
    , m_watcher(watcher)
    , m_socketPath(socketPath)
{
    // Only the user's own processes may connect; the peer's uid is checked too, for a runtime
    // directory that is not the user's alone (/tmp).
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &WatchServer::accept);
    connect(&m_watcher, &Watcher::forWindow, this, &WatchServer::send);
    // A connection that never says hello does not keep the seat.
    m_handshake.setSingleShot(true);
    m_handshake.setInterval(5000);
    connect(&m_handshake, &QTimer::timeout, this, &WatchServer::letGo);
}

WatchServer::~WatchServer()
{
    letGo();
}

bool WatchServer::listen()
{
    // The watcher holds its lock: a socket left here is a dead watcher's.
    QLocalServer::removeServer(m_socketPath);
    if (m_server.listen(m_socketPath))
        return true;
    m_error = tr("windows cannot share the watcher's sampling: %1").arg(m_server.errorString());
    return false;
}

void WatchServer::accept()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        const std::optional<ucred> peer = peerOf(*socket);
        if (!peer || peer->uid != getuid()) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        if (m_window) {
            refuse(socket, tr("another MemLens window shares the background watcher's sampling"));
            continue;
        }
        m_window = socket;
        m_conversation = std::make_shared<AgentConversation>(socket);
        m_refreshed = false;
        m_handshake.start();
        connect(socket, &QLocalSocket::readyRead, this, &WatchServer::read);
        connect(socket, &QLocalSocket::disconnected, this, &WatchServer::letGo);
        m_watcher.attachWindow(peer->pid);
        read(); // what came with the connection
    }
}

void WatchServer::refuse(QLocalSocket *socket, const QString &reason)
{
    AgentConversation(socket).fail(reason);
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    socket->disconnectFromServer(); // after what is written has gone
}

void WatchServer::read()
{
    if (!m_window)
        return;
    // A request answered at once may find the window gone (it stopped reading) and let it go:
    // the conversation lives until the bytes are taken.
    const std::shared_ptr<AgentConversation> conversation = m_conversation;
    const bool fine = conversation->receive(m_window->readAll(), [this](const AgentRequest::Request &request) {
        if (m_window)
            m_watcher.windowAsked(request);
    });
    if (!m_window)
        return;
    if (!fine) {
        letGo();
        return;
    }
    if (conversation->greeted() && !m_refreshed) {
        m_handshake.stop();
        m_refreshed = true;
        m_watcher.welcomeWindow();
    }
}

void WatchServer::send(const SnapshotStream::Snapshot &snapshot)
{
    if (!m_window || !m_conversation->greeted())
        return;
    if (m_window->bytesToWrite() > maxUnreadBytes) {
        m_window->abort(); // a window that hangs: it samples by itself once it reads again
        letGo();
        return;
    }
    if (!m_conversation->write(snapshot))
        letGo();
}

void WatchServer::letGo()
{
    if (!m_window)
        return;
    QLocalSocket *socket = m_window;
    m_window.clear();
    m_handshake.stop();
    socket->disconnect(this);
    m_conversation.reset();
    m_watcher.detachWindow();
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    if (socket->state() == QLocalSocket::UnconnectedState)
        socket->deleteLater();
    else
        socket->disconnectFromServer();
}
