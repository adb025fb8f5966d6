// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/leakwatch.h"
#include "model/memoryforecast.h"
#include "model/topapplicationsmodel.h"
#include "record/rollingrecorder.h"
#include "source/localsource.h"
#include "watch/pressureepisode.h"
#include "watch/pressuretrigger.h"
#include "watch/sharedsampling.h"

#include <QSet>

#include <memory>
#include <vector>

// `memlens --watch`: samples in the background with the sampler memlens-agent uses, every 10 s and
// every second while memory pressure lasts, into the rolling recording; marks the moments that
// matter with bookmarks (pressure began and ended, memory about to run out, a kill) and announces
// each one, for the notifications. The kernel's pressure trigger wakes it between samples. A
// window attached to it shares its sampling rather than sample a second time.
class Watcher : public QObject
{
    Q_OBJECT

public:
    struct Settings {
        QString recordingDirectory;
        RollingRecorder::Limits limits;
        int calmIntervalMs = 10'000;
        int pressureIntervalMs = 1'000;
        // A process whose memory did not move keeps its PSS this long: in the background, what
        // matters is what moves, and a re-read of every PSS costs most of a sample.
        int pssMaxAgeMs = 300'000;
        // The trigger: stalled this long within PressureTrigger::windowMs.
        int triggerStallMs = 200;
        // Files a trigger is set on: the system's and the user's own cgroup's.
        QStringList pressureFiles;
    };

    // The live system, or a captured tree under root (tests).
    Watcher(const SysRoot &root, Settings settings, QObject *parent = nullptr);
    ~Watcher() override;

    void start();
    // A window attached (see WatchServer): its requests are merged with the watcher's own needs
    // (SharedSampling), and what it should have goes out through forWindow(). windowPid: its
    // process, whose own reading of /proc is not drift of its PSS.
    void attachWindow(qint64 windowPid);
    void windowAsked(const AgentRequest::Request &request);
    // The window has said hello: it has what is sampled now in full, unless it is paused (a
    // paused window's figures stay as they are until it looks again).
    void welcomeWindow();
    void detachWindow();
    // Marks in the recording that a notification told the user about.
    void noteNotificationSent(const Bookmark &about);
    // Where pressure comes from, in a sentence for the settings: the trigger's file, or why the
    // averages are read at each sample instead.
    QString pressureSource() const;
    // The same sentence for files a trigger was set on and the kernel's refusals of the others.
    static QString describePressureSource(const QStringList &triggered, const QStringList &refusals, int calmIntervalMs);

    // A forecast under this many seconds is a warning.
    static constexpr double warnSeconds = 60;

Q_SIGNALS:
    void bookmarked(const Bookmark &bookmark);
    void recordingFailed(const QString &reason);
    // A snapshot for the attached window.
    void forWindow(const SnapshotStream::Snapshot &snapshot);

private:
    void take(const SnapshotStream::Snapshot &snapshot);
    void takeSystem(const SystemSnapshot &system);
    void takeKills(const KillHistory &history);
    // "Largest: firefox 2.1 GiB, … . node has grown 300 MiB/h steadily for 20 min." for a warning.
    QString whoUsesMemory() const;
    void pressureChanged(PressureEpisode::Change change, qint64 nowMs);
    void mark(Bookmark::Kind kind, const QString &text, qint64 timeMs);
    void record(const SnapshotStream::Snapshot &snapshot);
    // Whether a sample is kept in the recording: at the watcher's own pace, however fast a
    // window has it sample.
    bool recordsSample(const SnapshotStream::Snapshot &snapshot);
    void ask(const QList<AgentRequest::Request> &requests);

    Settings m_settings;
    LocalSource m_source;
    SharedSampling m_sharing;
    bool m_answeringWindow = false; // inside a request of the window's that is answered at once
    std::optional<KillHistory> m_lastKills;
    qint64 m_lastRecordedSampleMs = 0;
    bool m_recordingSample = false; // the current sample's system snapshot was recorded
    RollingRecorder m_recorder;
    std::vector<std::unique_ptr<PressureTrigger>> m_triggers;
    QStringList m_triggerRefusals;
    PressureEpisode m_episode;
    MemoryForecast m_forecast;
    TopApplicationsModel m_largest{3};
    LeakWatch m_leaks;
    bool m_warnedThisEpisode = false;
    qint64 m_startedAtMs = 0;
    std::optional<QSet<QString>> m_knownKills; // by killer, time and pid; nullopt until the first history
    QString m_lastRecordingError;
};
