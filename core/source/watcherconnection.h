// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "source/streamsource.h"

#include <QLocalSocket>

// The background watcher's sampling, read from its socket (see WatchServer): the same requests
// and snapshot stream as a memlens-agent's, over a local socket instead of a pipe. It ends when the
// watcher goes away or says it serves another window.
class WatcherConnection : public StreamSource
{
    Q_OBJECT

public:
    explicit WatcherConnection(const QString &socketPath, QObject *parent = nullptr);
    ~WatcherConnection() override;

    void start() override;

protected:
    bool canWrite() const override;
    void abandon() override;

private:
    QString m_socketPath;
    QLocalSocket m_socket;
};
