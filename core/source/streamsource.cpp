// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "streamsource.h"

#include "format/textescape.h"

#include <QIODevice>

StreamSource::StreamSource(QIODevice *device, QObject *parent)
    : SnapshotSource(parent)
    , m_device(device)
    , m_reader(device)
    , m_pending(AgentRequest::toLine(AgentRequest::Hello{AgentRequest::version}))
{
}

void StreamSource::request(const AgentRequest::Request &request)
{
    m_pending += AgentRequest::toLine(request);
    if (canWrite())
        writePending();
}

void StreamSource::writePending()
{
    m_device->write(m_pending);
    m_pending.clear();
}

void StreamSource::readStream()
{
    while (!m_ended) {
        std::optional<SnapshotStream::Snapshot> snapshot = m_reader.next();
        if (!snapshot)
            break;
        if (const auto *failure = std::get_if<AgentFailure>(&*snapshot))
            end(TextEscape::forDialog(failure->reason, 300));
        else
            Q_EMIT sampled(*snapshot);
    }
    if (!m_reader.error().isEmpty())
        end(m_reader.error());
}

void StreamSource::end(const QString &reason)
{
    if (m_ended)
        return;
    m_ended = true;
    Q_EMIT ended(reason);
    abandon();
}
