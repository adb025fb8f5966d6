// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "watchersettings.h"

#include <QDir>
#include <QSettings>

#include <algorithm>

QString WatcherSettings::recordingDirectory()
{
    // Qt 6.4 has no StateLocation: $XDG_STATE_HOME, by the XDG base directory rules.
    QString state = qEnvironmentVariable("XDG_STATE_HOME");
    if (state.isEmpty() || QDir::isRelativePath(state))
        state = QDir::homePath() + QStringLiteral("/.local/state");
    return state + QStringLiteral("/memlens/recording");
}

WatcherSettings WatcherSettings::load()
{
    const QSettings stored;
    WatcherSettings settings;
    settings.notifyBeforeKill = stored.value(QStringLiteral("watcher/notifyBeforeKill"), settings.notifyBeforeKill).toBool();
    settings.notifyAfterKill = stored.value(QStringLiteral("watcher/notifyAfterKill"), settings.notifyAfterKill).toBool();
    // A hand-edited file may hold anything: kept within what the command line accepts.
    settings.recordingHours = std::clamp(stored.value(QStringLiteral("watcher/recordingHours"), settings.recordingHours).toInt(), 1, maxRecordingHours);
    settings.recordingMiB = std::clamp(stored.value(QStringLiteral("watcher/recordingMiB"), settings.recordingMiB).toInt(), 1, maxRecordingMiB);
    return settings;
}

void WatcherSettings::save() const
{
    QSettings stored;
    stored.setValue(QStringLiteral("watcher/notifyBeforeKill"), notifyBeforeKill);
    stored.setValue(QStringLiteral("watcher/notifyAfterKill"), notifyAfterKill);
    stored.setValue(QStringLiteral("watcher/recordingHours"), recordingHours);
    stored.setValue(QStringLiteral("watcher/recordingMiB"), recordingMiB);
}

Notifier::Settings WatcherSettings::notifications() const
{
    Notifier::Settings settings;
    settings.beforeKill = notifyBeforeKill;
    settings.afterKill = notifyAfterKill;
    return settings;
}

RollingRecorder::Limits WatcherSettings::limits() const
{
    return {qint64(recordingMiB) << 20, qint64(recordingHours) * 3600 * 1000};
}
