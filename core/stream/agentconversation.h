// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "stream/agentrequest.h"
#include "stream/snapshotstream.h"

#include <functional>

class QIODevice;

// The agent's half of a conversation with MemLens, whatever carries it (memlens-agent's stdin and
// stdout, the background watcher's socket): requests come in as lines, of which the first must be
// the handshake; snapshots go out as the snapshot stream. A line that is malformed, out of range
// or of another version of requests is refused: the stream then ends with an AgentFailure that
// says why, and nothing more is taken.
class AgentConversation
{
    Q_DECLARE_TR_FUNCTIONS(AgentConversation)

public:
    explicit AgentConversation(QIODevice *output);

    // Bytes as they arrive; take() is called with each request after the handshake. false once the
    // conversation has been refused (the failure is already written).
    bool receive(QByteArrayView bytes, const std::function<void(const AgentRequest::Request &)> &take);
    // Whether the handshake has come: a conversation, not a recording's /dev/null.
    bool greeted() const
    {
        return m_greeted;
    }
    // false when the reader has gone away.
    bool write(const SnapshotStream::Snapshot &snapshot);
    // Ends the stream with the reason.
    void fail(const QString &reason);
    bool failed() const
    {
        return m_failed;
    }

private:
    bool takeLine(const QByteArray &line, const std::function<void(const AgentRequest::Request &)> &take);

    QIODevice *m_output;
    SnapshotStream::Writer m_writer;
    AgentRequest::LineSplitter m_lines;
    bool m_greeted = false;
    bool m_failed = false;
};
