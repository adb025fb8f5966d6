// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The watcher's notifications on a real session bus (a private dbus-daemon), received by a
// notifications server registered there as org.freedesktop.Notifications, as a desktop's is:
// what each bookmark says, the rate limits, the switches, the silence while a window is in front,
// the action that opens the moment, and a bus without any notification service.
#include "support/notificationserver.h"
#include "watch/notifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_daemon.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address"_s});
        QVERIFY2(m_daemon.waitForStarted(), "dbus-daemon is needed (Debian's dbus package)");
        QTRY_VERIFY(m_daemon.canReadLine());
        m_address = QString::fromUtf8(m_daemon.readLine().trimmed());
    }

    void init()
    {
        static int connections = 0;
        ++connections;
        m_serverBus = std::make_unique<QDBusConnection>(QDBusConnection::connectToBus(m_address, u"server%1"_s.arg(connections)));
        m_clientBus = std::make_unique<QDBusConnection>(QDBusConnection::connectToBus(m_address, u"client%1"_s.arg(connections)));
        QVERIFY(m_serverBus->isConnected() && m_clientBus->isConnected());
        m_server = std::make_unique<NotificationServer>();
        QVERIFY(m_serverBus->registerObject(u"/org/freedesktop/Notifications"_s, m_server.get(), QDBusConnection::ExportAllSlots));
        QVERIFY(m_serverBus->registerService(u"org.freedesktop.Notifications"_s));
    }

    void cleanup()
    {
        m_serverBus->unregisterService(u"org.freedesktop.Notifications"_s);
        m_serverBus->unregisterObject(u"/org/freedesktop/Notifications"_s);
        QDBusConnection::disconnectFromBus(m_serverBus->name());
        QDBusConnection::disconnectFromBus(m_clientBus->name());
        m_server.reset();
    }

    void cleanupTestCase()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished();
    }

    void aWarningSaysWhoAndOffersTheMoment()
    {
        Notifier notifier(*m_clientBus, {});
        QSignalSpy delivered(&notifier, &Notifier::delivered);
        const Bookmark began{1'000'000, Bookmark::Kind::PressureBegan, u"Memory pressure began. Largest: firefox 2.1 GiB."_s};
        QVERIFY(notifier.notify(began));
        QTRY_COMPARE(delivered.size(), 1);
        QCOMPARE(delivered.constFirst().constFirst().value<Bookmark>(), began);
        QCOMPARE(m_server->shown.size(), 1);
        const NotificationServer::Shown &shown = m_server->shown.constFirst();
        QCOMPARE(shown.appName, u"MemLens"_s);
        QCOMPARE(shown.summary, u"Memory is running short"_s);
        QCOMPARE(shown.body, began.text);
        QCOMPARE(shown.actions, (QStringList{u"open"_s, u"Open MemLens at this moment"_s}));
        QCOMPARE(shown.hints.value(u"urgency"_s).toInt(), 2);
        QCOMPARE(shown.hints.value(u"desktop-entry"_s).toString(), u"io.github.memlens.MemLens"_s);

        // Chosen on the desktop: the service's signal asks for that moment, and only for an id
        // this notifier sent.
        QSignalSpy open(&notifier, &Notifier::openRequested);
        const auto invoke = [&](uint id, const QString &action) {
            QDBusMessage signal = QDBusMessage::createSignal(u"/org/freedesktop/Notifications"_s, u"org.freedesktop.Notifications"_s, u"ActionInvoked"_s);
            signal << id << action;
            QVERIFY(m_serverBus->send(signal));
        };
        invoke(77, u"open"_s);
        invoke(1, u"default"_s);
        invoke(1, u"open"_s);
        QTRY_COMPARE(open.size(), 1);
        QCOMPARE(open.constFirst().constFirst().toLongLong(), began.timeMs);
    }

    // Ten minutes between warnings; a forecast says it differently; kills 30 s apart at least,
    // those held back counted into the next.
    void warningsAndKillsAreRateLimited()
    {
        Notifier notifier(*m_clientBus, {});
        QSignalSpy delivered(&notifier, &Notifier::delivered);
        const qint64 t = 5'000'000;
        QVERIFY(notifier.notify({t, Bookmark::Kind::PressureBegan, u"a"_s}));
        QVERIFY(!notifier.notify({t + 60'000, Bookmark::Kind::ForecastWarning, u"b"_s}));
        QVERIFY(notifier.notify({t + 10 * 60'000, Bookmark::Kind::ForecastWarning, u"c"_s}));
        QVERIFY(notifier.notify({t, Bookmark::Kind::OomKill, u"chromium"_s}));
        QVERIFY(!notifier.notify({t + 1000, Bookmark::Kind::OomKill, u"node"_s}));
        QVERIFY(!notifier.notify({t + 2000, Bookmark::Kind::OomKill, u"java"_s}));
        QVERIFY(notifier.notify({t + 31'000, Bookmark::Kind::OomKill, u"gcc"_s}));
        // What is not news is never sent.
        QVERIFY(!notifier.notify({t, Bookmark::Kind::PressureEnded, u"e"_s}));
        QVERIFY(!notifier.notify({t, Bookmark::Kind::WatcherStarted, u"s"_s}));
        QVERIFY(!notifier.notify({t, Bookmark::Kind::NotificationSent, u"n"_s}));
        QTRY_COMPARE(delivered.size(), 4);
        QCOMPARE(m_server->shown.size(), 4);
        QCOMPARE(m_server->shown[1].summary, u"Memory is about to run out"_s);
        QCOMPARE(m_server->shown[2].summary, u"A program was ended to free memory"_s);
        QCOMPARE(m_server->shown[2].body, u"chromium"_s);
        QVERIFY2(m_server->shown[3].body.startsWith(u"gcc\n"_s) && m_server->shown[3].body.contains(u": 2."_s), qPrintable(m_server->shown[3].body));
    }

    void eachKindCanBeSwitchedOff()
    {
        Notifier notifier(*m_clientBus, {false, true});
        QVERIFY(!notifier.notify({1, Bookmark::Kind::PressureBegan, u"a"_s}));
        QVERIFY(!notifier.notify({1, Bookmark::Kind::ForecastWarning, u"b"_s}));
        QVERIFY(notifier.notify({1, Bookmark::Kind::OomKill, u"c"_s}));
        Notifier noKills(*m_clientBus, {true, false});
        QVERIFY(!noKills.notify({1, Bookmark::Kind::OomKill, u"c"_s}));
        QVERIFY(noKills.notify({1, Bookmark::Kind::PressureBegan, u"a"_s}));
        QTRY_COMPARE(m_server->shown.size(), 2);
    }

    // A window in front holds the name; the watcher stays quiet until it lets go of it.
    void quietWhileAWindowIsInFront()
    {
        QDBusConnection window = QDBusConnection::connectToBus(m_address, u"window"_s);
        QVERIFY(window.registerService(QLatin1StringView(Notifier::windowInFrontName)));
        Notifier notifier(*m_clientBus, {});
        QVERIFY(!notifier.notify({1, Bookmark::Kind::OomKill, u"c"_s}));
        QVERIFY(window.unregisterService(QLatin1StringView(Notifier::windowInFrontName)));
        QDBusConnection::disconnectFromBus(u"window"_s);
        QVERIFY(notifier.notify({2, Bookmark::Kind::OomKill, u"c"_s}));
        QTRY_COMPARE(m_server->shown.size(), 1);
    }

    // No notification service (a bare session): nothing is delivered, nothing waits.
    void aBusWithoutAServiceDeliversNothing()
    {
        m_serverBus->unregisterService(u"org.freedesktop.Notifications"_s);
        Notifier notifier(*m_clientBus, {});
        QSignalSpy delivered(&notifier, &Notifier::delivered);
        QVERIFY(notifier.notify({1, Bookmark::Kind::OomKill, u"c"_s}));
        QTest::qWait(500);
        QCOMPARE(delivered.size(), 0);
        QVERIFY(m_server->shown.isEmpty());
    }

private:
    QProcess m_daemon;
    QString m_address;
    std::unique_ptr<QDBusConnection> m_serverBus;
    std::unique_ptr<QDBusConnection> m_clientBus;
    std::unique_ptr<NotificationServer> m_server;
};

QTEST_GUILESS_MAIN(TestNotifier)
#include "tst_notifier.moc"
