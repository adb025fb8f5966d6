// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "source/localsource.h"
#include "stream/agentconversation.h"

#include <QSocketNotifier>
#include <QTimer>

#include <optional>

// memlens-agent's side of the conversation: a LocalSource whose snapshots go out as the snapshot
// stream, and whose requests come in as lines (see AgentRequest). The first line must be the
// handshake; a request that is malformed, out of range or of another version ends the session
// with an AgentFailure saying why. Input that ends before any line (stdin is /dev/null: a
// recording) leaves the agent sampling at its interval; input that ends after the handshake means
// MemLens has gone, and so does the agent. The first sample waits for the first requests (briefly:
// a terminal may never send any), so that it already holds what they ask for.
class AgentSession : public QObject
{
    Q_OBJECT

public:
    // requestFd: where requests arrive (stdin); output: where the stream goes (stdout).
    // processCount: end after writing this many process snapshots (nullopt: until told).
    AgentSession(const SysRoot &root, int requestFd, QIODevice *output, std::optional<int> processCount);

    void start(int intervalMs, int pssMaxAgeMs);

Q_SIGNALS:
    // 0 when it ended as asked or because MemLens went away, 1 when it could not go on.
    void finished(int exitCode);

private:
    void readRequests();
    void startSampling();
    void write(const SnapshotStream::Snapshot &snapshot);
    void finish(int exitCode);

    LocalSource m_source;
    AgentConversation m_conversation;
    int m_requestFd;
    QSocketNotifier m_requests;
    QTimer m_firstRequests; // how long the first sample waits for them
    std::optional<int> m_processesLeft;
    bool m_wroteAny = false;
    bool m_finished = false;
    bool m_sampling = false;
};
