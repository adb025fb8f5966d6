// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "record/recordingreader.h"
#include "source/snapshotsource.h"

#include <QTimer>

// A recording (a snapshot stream saved to a file, or the watcher's directory of segments) played
// at the window's interval: each tick plays the records up to and including the next process
// snapshot. A recording holds what its agent was
// asked for; requests other than the pace change nothing.
class ReplaySource : public SnapshotSource
{
    Q_OBJECT

public:
    explicit ReplaySource(const QString &recordingPath, QObject *parent = nullptr);

    void start() override;
    void request(const AgentRequest::Request &request) override;

private:
    void tick();

    RecordingReader m_reader;
    QTimer m_timer;
    bool m_paused = false;
    bool m_started = false;
    bool m_ended = false;
};
