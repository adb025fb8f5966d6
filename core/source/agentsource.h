// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "source/streamsource.h"
#include "stream/agentcommand.h"

#include <QProcess>

#include <memory>

// A memlens-agent at the other end of a pipe: requests go to its stdin as lines, snapshots come
// back on its stdout. It paces itself at the interval asked for. A stream that is damaged, of
// another version, or that ends, ends this source with the reason; the agent is then stopped.
class AgentSource : public StreamSource
{
    Q_OBJECT

public:
    explicit AgentSource(const AgentCommand &command, QObject *parent = nullptr);
    ~AgentSource() override;

    void start() override;

protected:
    bool canWrite() const override;
    void abandon() override;

private:
    void readErrors();
    void processEnded(int exitCode, QProcess::ExitStatus status);

    AgentCommand m_command;
    QProcess m_process;
    QByteArray m_errors; // the end of what the agent (or ssh, or pkexec) wrote on stderr
};
