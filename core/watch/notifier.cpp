// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "notifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace
{
const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString openAction = QStringLiteral("open");
}

Notifier::Notifier(const QDBusConnection &bus, Settings settings, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_settings(settings)
{
    m_bus.connect(service, path, service, QStringLiteral("ActionInvoked"), this, SLOT(actionInvoked(uint, QString)));
}

bool Notifier::notify(const Bookmark &bookmark)
{
    const bool warning = bookmark.kind == Bookmark::Kind::PressureBegan || bookmark.kind == Bookmark::Kind::ForecastWarning;
    const bool kill = bookmark.kind == Bookmark::Kind::OomKill;
    if ((warning && !m_settings.beforeKill) || (kill && !m_settings.afterKill) || (!warning && !kill))
        return false;
    if (m_bus.interface() && m_bus.interface()->isServiceRegistered(QLatin1StringView(windowInFrontName)))
        return false;
    const qint64 nowMs = bookmark.timeMs;
    QString summary;
    QString body = bookmark.text;
    QVariantMap hints;
    if (warning) {
        if (m_lastWarningMs && nowMs - *m_lastWarningMs < m_settings.quietMs)
            return false;
        m_lastWarningMs = nowMs;
        summary = bookmark.kind == Bookmark::Kind::ForecastWarning ? tr("Memory is about to run out") : tr("Memory is running short");
        hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(2))); // critical: stays until seen
    } else {
        if (m_lastKillMs && nowMs - *m_lastKillMs < m_settings.killGapMs) {
            ++m_killsHeldBack;
            return false;
        }
        m_lastKillMs = nowMs;
        summary = tr("A program was ended to free memory");
        if (m_killsHeldBack > 0)
            body += u'\n' + tr("Programs ended before it, not told one by one: %1. The Pressure page lists them all.").arg(m_killsHeldBack);
        m_killsHeldBack = 0;
    }
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("io.github.memlens.MemLens"));
    hints.insert(QStringLiteral("category"), QStringLiteral("device"));
    QDBusMessage call = QDBusMessage::createMethodCall(service, path, service, QStringLiteral("Notify"));
    call << QStringLiteral("MemLens") << uint(0) << QStringLiteral("io.github.memlens.MemLens") << summary << body
         << QStringList{openAction, tr("Open MemLens at this moment")} << hints << int(-1);
    auto *pending = new QDBusPendingCallWatcher(m_bus.asyncCall(call, 10'000), this);
    connect(pending, &QDBusPendingCallWatcher::finished, this, [this, bookmark](QDBusPendingCallWatcher *call) {
        call->deleteLater();
        const QDBusPendingReply<uint> reply = *call;
        if (reply.isError())
            return; // no notification service: the bookmark stays in the recording
        m_momentOf.insert(reply.value(), bookmark.timeMs);
        Q_EMIT delivered(bookmark);
    });
    return true;
}

void Notifier::actionInvoked(uint id, const QString &action)
{
    if (action == openAction && m_momentOf.contains(id))
        Q_EMIT openRequested(m_momentOf.value(id));
}
