// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "replaysource.h"

ReplaySource::ReplaySource(const QString &recordingPath, QObject *parent)
    : SnapshotSource(parent)
    , m_reader(recordingPath)
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &ReplaySource::tick);
}

void ReplaySource::start()
{
    m_started = true;
    tick();
}

void ReplaySource::request(const AgentRequest::Request &request)
{
    if (const auto *interval = std::get_if<AgentRequest::Interval>(&request)) {
        m_timer.setInterval(interval->ms);
    } else if (const auto *pause = std::get_if<AgentRequest::Pause>(&request)) {
        m_paused = pause->on;
        if (m_paused)
            m_timer.stop();
        else if (m_started && !m_timer.isActive())
            tick();
    } else if (std::holds_alternative<AgentRequest::Refresh>(request) && m_started) {
        tick();
    }
}

void ReplaySource::tick()
{
    m_timer.stop();
    if (m_ended)
        return;
    for (;;) {
        const std::optional<SnapshotStream::Snapshot> snapshot = m_reader.next();
        if (!snapshot) {
            m_ended = true;
            QStringList said{m_reader.error().isEmpty() ? tr("the recording has ended") : m_reader.error()};
            said += m_reader.problems();
            Q_EMIT ended(said.join(QStringLiteral("; ")));
            return; // the last snapshots stay on screen
        }
        Q_EMIT sampled(*snapshot);
        if (std::holds_alternative<ProcessSnapshot>(*snapshot))
            break;
    }
    if (!m_paused)
        m_timer.start();
}
