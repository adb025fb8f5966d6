// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "privileged/rollupsupplement.h"

#include <QObject>

class PrivilegedClient;
class QTimer;
struct PrivilegedReply;

// "Show all processes": asks the helper for every process's smaps_rollup once (polkit asks for
// a password), then again every few seconds while polkit keeps the authorization, and stops by
// itself before polkit would ask again, so no password dialog appears out of nowhere.
class RollupFeed : public QObject
{
    Q_OBJECT

public:
    explicit RollupFeed(QObject *parent = nullptr);

    // polkit's auth_admin_keep lasts five minutes; the feed ends a little before.
    static constexpr int lifetimeMs = 4 * 60 * 1000 + 30 * 1000;
    static constexpr int refreshMs = 10 * 1000;

    void start();
    void stop();
    bool isActive() const
    {
        return m_active;
    }
    const RollupSupplement &supplement() const
    {
        return m_supplement;
    }

Q_SIGNALS:
    void supplementChanged();
    // The feed ended: why, in one sentence (an error, or the time being up).
    void stopped(const QString &reason);

private:
    void finished(const QString &action, const PrivilegedReply &reply);

    PrivilegedClient *m_client;
    QTimer *m_refresh;
    QTimer *m_lifetime;
    RollupSupplement m_supplement;
    bool m_active = false;
};
