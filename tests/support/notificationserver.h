// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantMap>

// Stands in for the desktop's notification daemon, over the bus like one: registered as
// org.freedesktop.Notifications at /org/freedesktop/Notifications, it keeps what it is asked to
// show.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Shown {
        QString appName;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Shown> shown;

public Q_SLOTS:
    uint Notify(const QString &appName,
                uint,
                const QString &,
                const QString &summary,
                const QString &body,
                const QStringList &actions,
                const QVariantMap &hints,
                int)
    {
        shown.append(Shown{appName, summary, body, actions, hints});
        return uint(shown.size());
    }
};
