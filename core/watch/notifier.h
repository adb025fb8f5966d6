// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/bookmark.h"

#include <QDBusConnection>
#include <QObject>

#include <optional>

// Tells the desktop what the watcher marked, through the freedesktop Notifications service on the
// session bus: before a kill (pressure began, memory about to run out) and after one. Each kind
// can be switched off; warnings before a kill come at most once every quietMs, kills at most one
// every killGapMs (those in between are counted into the next); nothing is sent while a MemLens
// window is in front (it holds windowInFrontName on the bus), since it shows all of it already.
// A notification's action asks to open MemLens at its moment.
class Notifier : public QObject
{
    Q_OBJECT

public:
    struct Settings {
        bool beforeKill = true;
        bool afterKill = true;
        qint64 quietMs = 10 * 60'000;
        qint64 killGapMs = 30'000;
    };
    static constexpr char windowInFrontName[] = "io.github.memlens.MemLens.InFront";

    Notifier(const QDBusConnection &bus, Settings settings, QObject *parent = nullptr);

    // Sends what bookmark says if its kind is one to send and the limits allow; returns whether
    // it was sent. Never waits for the service: a hung notification daemon must not stop the
    // watcher's sampling.
    bool notify(const Bookmark &bookmark);

Q_SIGNALS:
    // The service showed the notification about bookmark.
    void delivered(const Bookmark &about);
    // "Open MemLens at this moment" was chosen on the notification of the moment timeMs.
    void openRequested(qint64 timeMs);

private Q_SLOTS:
    // Connected by name: the service's signal reaches us through the bus, not a QObject.
    void actionInvoked(uint id, const QString &action);

private:
    QDBusConnection m_bus;
    Settings m_settings;
    std::optional<qint64> m_lastWarningMs;
    std::optional<qint64> m_lastKillMs;
    int m_killsHeldBack = 0;
    QHash<uint, qint64> m_momentOf; // notification id -> the moment its action opens
};
