// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "replaysource.h"

ReplaySource::ReplaySource(const QString &recordingPath, std::optional<qint64> atMs, QObject *parent)
    : SnapshotSource(parent)
    , m_path(recordingPath)
    , m_reader(std::make_unique<RecordingReader>(recordingPath, atMs ? std::optional(*atMs - historyBeforeMomentMs) : std::nullopt))
    , m_atMs(atMs)
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

void ReplaySource::openMoment(qint64 atMs)
{
    m_reader = std::make_unique<RecordingReader>(m_path, atMs - historyBeforeMomentMs);
    m_pending.reset();
    m_ended = false;
    m_atMs = atMs;
    if (m_started)
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

std::optional<SnapshotStream::Snapshot> ReplaySource::next()
{
    if (m_pending)
        return std::exchange(m_pending, std::nullopt);
    return m_reader->next();
}

void ReplaySource::end()
{
    m_ended = true;
    QStringList said{m_reader->error().isEmpty() ? tr("the recording has ended") : m_reader->error()};
    said += m_reader->problems();
    Q_EMIT ended(said.join(QStringLiteral("; ")));
}

void ReplaySource::goToMoment(qint64 atMs)
{
    constexpr std::size_t systemIndex = 0;
    static_assert(std::is_same_v<std::variant_alternative_t<systemIndex, SnapshotStream::Snapshot>, SystemSnapshot>);
    // The last record of each kind at or before the moment, played once it is reached.
    std::array<std::optional<SnapshotStream::Snapshot>, std::variant_size_v<SnapshotStream::Snapshot>> latest;
    while (std::optional<SnapshotStream::Snapshot> snapshot = m_reader->next()) {
        const std::optional<qint64> time = SnapshotStream::timeOf(*snapshot);
        // The first sample after the moment begins the rest of the playing.
        if (time && *time > atMs && snapshot->index() == systemIndex) {
            m_pending = std::move(snapshot);
            break;
        }
        if (snapshot->index() == systemIndex && time && *time >= atMs - historyBeforeMomentMs) {
            latest[systemIndex].reset(); // an older one would come after it
            Q_EMIT sampled(*snapshot);
        } else {
            latest[snapshot->index()] = std::move(snapshot);
        }
    }
    for (const std::optional<SnapshotStream::Snapshot> &snapshot : latest) {
        // Bookmarks belong to the timeline, a failure to the agent that wrote it.
        if (snapshot && !std::holds_alternative<Bookmark>(*snapshot) && !std::holds_alternative<AgentFailure>(*snapshot))
            Q_EMIT sampled(*snapshot);
    }
}

void ReplaySource::tick()
{
    m_timer.stop();
    if (m_ended)
        return;
    if (m_atMs) {
        goToMoment(*std::exchange(m_atMs, std::nullopt));
    } else {
        for (;;) {
            const std::optional<SnapshotStream::Snapshot> snapshot = next();
            if (!snapshot) {
                end();
                return; // the last snapshots stay on screen
            }
            Q_EMIT sampled(*snapshot);
            if (std::holds_alternative<ProcessSnapshot>(*snapshot))
                break;
        }
    }
    if (!m_paused)
        m_timer.start();
}
