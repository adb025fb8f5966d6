// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "watcher.h"

#include "format/byteformat.h"
#include "model/killdescription.h"

#include <QDateTime>
#include <QLocale>

namespace
{
QString keyOf(const OomKill &kill)
{
    return QStringLiteral("%1/%2/%3").arg(int(kill.killer)).arg(kill.timeMs.value_or(-1)).arg(kill.pid) + kill.name;
}
}

Watcher::Watcher(const SysRoot &root, Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_source(root)
    , m_sharing(m_settings.calmIntervalMs, m_settings.pssMaxAgeMs)
    , m_recorder(m_settings.recordingDirectory, m_settings.limits)
{
    connect(&m_source, &SnapshotSource::sampled, this, &Watcher::take);
}

Watcher::~Watcher() = default;

void Watcher::start()
{
    for (const QString &file : std::as_const(m_settings.pressureFiles)) {
        auto trigger = std::make_unique<PressureTrigger>(file, m_settings.triggerStallMs);
        if (!trigger->unavailableReason().isEmpty()) {
            m_triggerRefusals.append(trigger->unavailableReason());
            continue;
        }
        connect(trigger.get(), &PressureTrigger::fired, this, [this] {
            const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
            pressureChanged(m_episode.triggerFired(nowMs), nowMs);
            m_source.request(AgentRequest::Refresh{}); // the moment it began, recorded
        });
        m_triggers.push_back(std::move(trigger));
    }
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    mark(Bookmark::Kind::WatcherStarted, tr("MemLens began watching"), m_startedAtMs);
    ask(m_sharing.start());
    m_source.start();
}

void Watcher::ask(const QList<AgentRequest::Request> &requests)
{
    for (const AgentRequest::Request &request : requests)
        m_source.request(request);
}

void Watcher::attachWindow(qint64 windowPid)
{
    m_source.setReaderPid(windowPid);
    ask(m_sharing.attach());
}

void Watcher::windowAsked(const AgentRequest::Request &request)
{
    const QList<AgentRequest::Request> requests = m_sharing.windowAsked(request);
    // The source answers these within the call: what it emits meanwhile is the answer.
    m_answeringWindow = SharedSampling::isOneOff(request);
    ask(requests);
    m_answeringWindow = false;
    // The watcher has been reading the kill history all along: the window has it at once.
    const auto *kills = std::get_if<AgentRequest::Kills>(&request);
    if (kills && kills->on && m_lastKills && m_sharing.forWindow(*m_lastKills, true))
        Q_EMIT forWindow(*m_lastKills);
}

void Watcher::welcomeWindow()
{
    if (!m_sharing.paused())
        windowAsked(AgentRequest::Refresh{});
}

void Watcher::detachWindow()
{
    m_source.setReaderPid(0);
    ask(m_sharing.detach());
}

QString Watcher::pressureSource() const
{
    QStringList files;
    for (const auto &trigger : m_triggers)
        files.append(trigger->path());
    return describePressureSource(files, m_triggerRefusals, m_settings.calmIntervalMs);
}

QString Watcher::describePressureSource(const QStringList &triggered, const QStringList &refusals, int calmIntervalMs)
{
    if (!triggered.isEmpty())
        return tr("The kernel wakes MemLens when tasks stall on memory (a pressure trigger on %1).").arg(triggered.join(QStringLiteral(", ")));
    const QString why = refusals.isEmpty() ? tr("no pressure file was found") : refusals.join(QStringLiteral("; "));
    return tr("MemLens reads the pressure averages at each sample, every %1 s, since no pressure trigger could be set: %2.")
        .arg(calmIntervalMs / 1000)
        .arg(why);
}

void Watcher::take(const SnapshotStream::Snapshot &snapshot)
{
    if (m_sharing.forWindow(snapshot, m_answeringWindow))
        Q_EMIT forWindow(snapshot);
    if (recordsSample(snapshot))
        record(snapshot);
    if (const auto *system = std::get_if<SystemSnapshot>(&snapshot))
        takeSystem(*system);
    else if (const auto *kills = std::get_if<KillHistory>(&snapshot))
        takeKills(*kills);
    else if (const auto *processes = std::get_if<ProcessSnapshot>(&snapshot)) {
        m_largest.setProcesses(processes->processes, std::nullopt);
        m_leaks.append(*processes);
    }
}

QString Watcher::whoUsesMemory() const
{
    QStringList largest;
    for (int row = 0; row < m_largest.rowCount(); ++row) {
        largest.append(tr("%1 %2").arg(m_largest.index(row, TopApplicationsModel::NameColumn).data().toString(),
                                       m_largest.index(row, TopApplicationsModel::PssColumn).data().toString()));
    }
    QString text = largest.isEmpty() ? QString() : tr("Largest: %1.").arg(largest.join(QStringLiteral(", ")));
    // The leak watch's judgement: only a steady climb is named, the fastest first.
    const QList<LeakWatch::Growth> growing = m_leaks.growing();
    if (!growing.isEmpty() && growing.constFirst().trend == LeakWatch::Trend::Steady)
        text += u' ' + LeakWatch::describe(growing.constFirst()) + u'.';
    return text.trimmed();
}

void Watcher::takeSystem(const SystemSnapshot &system)
{
    if (system.memoryPressure.value)
        pressureChanged(m_episode.sampled(*system.memoryPressure.value, system.sampledAtMs), system.sampledAtMs);
    m_forecast.append(system);
    const std::optional<MemoryForecast::Forecast> forecast = m_forecast.forecast();
    if (!forecast || !forecast->secondsLeft || *forecast->secondsLeft >= warnSeconds || m_warnedThisEpisode)
        return;
    m_warnedThisEpisode = true;
    mark(Bookmark::Kind::ForecastWarning,
         tr("At this rate memory runs out in about %1 s (%2 left). %3")
             .arg(QLocale().toString(qRound(*forecast->secondsLeft)), ByteFormat::human(forecast->headroomBytes), whoUsesMemory())
             .trimmed(),
         system.sampledAtMs);
}

void Watcher::takeKills(const KillHistory &history)
{
    m_lastKills = history;
    QSet<QString> keys;
    for (const OomKill &kill : history.kills) {
        const QString key = keyOf(kill);
        keys.insert(key);
        // The kills before the watcher began are history, not news.
        if (m_knownKills && !m_knownKills->contains(key) && kill.timeMs.value_or(m_startedAtMs) >= m_startedAtMs - 60'000)
            mark(Bookmark::Kind::OomKill, KillDescription::sentence(kill), kill.timeMs.value_or(QDateTime::currentMSecsSinceEpoch()));
    }
    m_knownKills = std::move(keys);
}

void Watcher::pressureChanged(PressureEpisode::Change change, qint64 nowMs)
{
    if (change == PressureEpisode::Change::Began) {
        ask(m_sharing.setOwnInterval(m_settings.pressureIntervalMs));
        mark(Bookmark::Kind::PressureBegan, tr("Memory pressure began: tasks are waiting for memory. %1").arg(whoUsesMemory()).trimmed(), nowMs);
    } else if (change == PressureEpisode::Change::Ended) {
        ask(m_sharing.setOwnInterval(m_settings.calmIntervalMs));
        m_warnedThisEpisode = false;
        mark(Bookmark::Kind::PressureEnded,
             tr("Memory pressure ended; at its worst, tasks waited %1 % of the time").arg(QLocale().toString(m_episode.peakPercent(), 'f', 1)),
             nowMs);
    }
}

void Watcher::noteNotificationSent(const Bookmark &about)
{
    mark(Bookmark::Kind::NotificationSent, tr("Notified: %1").arg(about.text), about.timeMs);
}

void Watcher::mark(Bookmark::Kind kind, const QString &text, qint64 timeMs)
{
    const Bookmark bookmark{timeMs, kind, text};
    record(bookmark);
    if (m_sharing.forWindow(bookmark, false))
        Q_EMIT forWindow(bookmark);
    Q_EMIT bookmarked(bookmark);
}

bool Watcher::recordsSample(const SnapshotStream::Snapshot &snapshot)
{
    if (const auto *system = std::get_if<SystemSnapshot>(&snapshot)) {
        // A little early still counts: the timer's ticks are not exact.
        m_recordingSample = system->sampledAtMs - m_lastRecordedSampleMs >= m_sharing.ownIntervalMs() * 9 / 10;
        if (m_recordingSample)
            m_lastRecordedSampleMs = system->sampledAtMs;
        return m_recordingSample;
    }
    if (std::holds_alternative<ProcessSnapshot>(snapshot))
        return m_recordingSample;
    // The kill history as it changes; what only a window asked for (mappings, libraries, cgroups,
    // slab caches) stays out of the recording.
    return std::holds_alternative<KillHistory>(snapshot);
}

void Watcher::record(const SnapshotStream::Snapshot &snapshot)
{
    const bool written = m_recorder.write(snapshot, QDateTime::currentMSecsSinceEpoch());
    // Said once per failure, not at every sample of a full disk.
    if (!written && m_recorder.error() != m_lastRecordingError)
        Q_EMIT recordingFailed(m_recorder.error());
    m_lastRecordingError = written ? QString() : m_recorder.error();
}
