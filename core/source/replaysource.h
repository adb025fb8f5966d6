// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record/recordingreader.h"
#include "source/snapshotsource.h"

#include <QTimer>

#include <memory>

// A recording (a snapshot stream saved to a file, or the watcher's directory of segments) played
// at the window's interval: each tick plays the records up to and including the next process
// snapshot. A recording holds what its agent was asked for; requests other than the pace change
// nothing. Opened at a moment, it goes there at once: the system snapshots of the ten minutes
// before it (for the charts' history), then the last record of each kind at or before it.
class ReplaySource : public SnapshotSource
{
    Q_OBJECT

public:
    explicit ReplaySource(const QString &recordingPath, std::optional<qint64> atMs = std::nullopt, QObject *parent = nullptr);

    void start() override;
    void request(const AgentRequest::Request &request) override;
    // Goes to another moment of the recording, earlier or later, and plays on from there.
    void openMoment(qint64 atMs);

    // How much history a moment opens with.
    static constexpr qint64 historyBeforeMomentMs = 10 * 60'000;

private:
    void tick();
    // Plays what the window shows at the moment: the history before it and its last sample.
    void goToMoment(qint64 atMs);
    std::optional<SnapshotStream::Snapshot> next();
    void end();

    QString m_path;
    std::unique_ptr<RecordingReader> m_reader;
    std::optional<qint64> m_atMs; // until the moment is reached
    std::optional<SnapshotStream::Snapshot> m_pending; // read past the moment, played next
    QTimer m_timer;
    bool m_paused = false;
    bool m_started = false;
    bool m_ended = false;
};
