// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "source/snapshotsource.h"

// A source that reads the snapshot stream from the other end of a conversation (memlens-agent's
// stdout, the background watcher's socket) and sends it requests as lines. A stream that is
// damaged, of another version, or that says it failed ends the source with the reason.
class StreamSource : public SnapshotSource
{
    Q_OBJECT

public:
    // device: where the stream is read from and requests are written to, once started.
    StreamSource(QIODevice *device, QObject *parent);

    void request(const AgentRequest::Request &request) override;

protected:
    // Whether requests can be written now; until then they wait.
    virtual bool canWrite() const = 0;
    // Writes the requests that waited, the handshake first.
    void writePending();
    void readStream();
    // Ends with reason, once; abandon() then stops the other end.
    void end(const QString &reason);
    virtual void abandon() = 0;
    bool hasEnded() const
    {
        return m_ended;
    }

private:
    QIODevice *m_device;
    SnapshotStream::Reader m_reader;
    QByteArray m_pending; // requests made before the other end could take them
    bool m_ended = false;
};
