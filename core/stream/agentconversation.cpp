// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "agentconversation.h"

#include <QFileDevice>

AgentConversation::AgentConversation(QIODevice *output)
    : m_output(output)
    , m_writer(output)
{
}

bool AgentConversation::receive(QByteArrayView bytes, const std::function<void(const AgentRequest::Request &)> &take)
{
    if (m_failed)
        return false;
    m_lines.append(bytes);
    while (const std::optional<QByteArray> line = m_lines.next()) {
        if (!takeLine(*line, take))
            return false;
    }
    if (!m_lines.error().isEmpty()) {
        fail(m_lines.error());
        return false;
    }
    return true;
}

bool AgentConversation::takeLine(const QByteArray &line, const std::function<void(const AgentRequest::Request &)> &take)
{
    const AgentRequest::Parsed parsed = AgentRequest::parseLine(line);
    if (!parsed.request) {
        fail(parsed.error);
        return false;
    }
    if (const auto *hello = std::get_if<AgentRequest::Hello>(&*parsed.request)) {
        if (hello->version != AgentRequest::version) {
            fail(tr("MemLens speaks version %1 of the agent's requests, and this memlens-agent version %2: install the same MemLens on both "
                    "sides")
                     .arg(hello->version)
                     .arg(AgentRequest::version));
            return false;
        }
        m_greeted = true;
        return true;
    }
    if (!m_greeted) {
        fail(tr("a request came before the handshake"));
        return false;
    }
    take(*parsed.request);
    return true;
}

bool AgentConversation::write(const SnapshotStream::Snapshot &snapshot)
{
    const bool written = m_writer.write(snapshot);
    if (auto *file = qobject_cast<QFileDevice *>(m_output))
        file->flush(); // the reader is waiting for this snapshot, not for a full buffer
    return written;
}

void AgentConversation::fail(const QString &reason)
{
    m_failed = true;
    write(AgentFailure{reason});
}
