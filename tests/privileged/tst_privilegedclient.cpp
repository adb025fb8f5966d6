// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The application's side of privileged actions: running the real memlens-kauth-client and
// reading its answer. The whole chain through polkit is e2e-helper.sh's; here, what the
// application makes of each answer the client can give, and of a client that is not there.
#include "privileged/privilegedclient.h"
#include "support/waits.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPrivilegedClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryAnswer_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("message");
        using E = PrivilegedReply::Error;
        QTest::addRow("done") << R"({"ok":true,"data":{"new":"10","old":"60"}})"_ba << int(E::None) << QString();
        QTest::addRow("not authorized") << R"({"ok":false,"error":"not-authorized","message":"Unauthorized"})"_ba << int(E::NotAuthorized) << u"Unauthorized"_s;
        QTest::addRow("cancelled") << R"({"ok":false,"error":"cancelled","message":""})"_ba << int(E::Cancelled) << QString();
        QTest::addRow("helper missing") << R"({"ok":false,"error":"helper-missing","message":"no service"})"_ba << int(E::HelperMissing) << u"no service"_s;
        QTest::addRow("kernel refused") << R"({"ok":false,"error":"kernel-refused","message":"Invalid argument"})"_ba << int(E::KernelRefused)
                                        << u"Invalid argument"_s;
        QTest::addRow("unknown error name") << R"({"ok":false,"error":"new-kind","message":"x"})"_ba << int(E::Failed) << u"x"_s;
        QTest::addRow("not JSON") << "Segmentation fault"_ba << int(E::Failed) << u"Segmentation fault"_s;
        QTest::addRow("empty") << QByteArray() << int(E::Failed) << QString();
        QTest::addRow("array") << "[1,2]"_ba << int(E::Failed) << u"[1,2]"_s;
    }

    void readsEveryAnswer()
    {
        QFETCH(QByteArray, line);
        QFETCH(int, error);
        QFETCH(QString, message);
        const PrivilegedReply reply = PrivilegedReply::fromClientOutput(line);
        QCOMPARE(int(reply.error), error);
        QVERIFY2(reply.message.contains(message), qPrintable(reply.message));
        QVERIFY(reply.ok() || !reply.explanation().isEmpty());
        if (reply.ok())
            QCOMPARE(reply.data.value(u"new"_s).toString(), u"10"_s);
    }

    void helperMissingSaysHowToInstall()
    {
        const PrivilegedReply reply{PrivilegedReply::Error::HelperMissing, {}, {}};
        QVERIFY(reply.explanation().contains(u"cmake --install"_s));
    }

    void realClientRefusesAnUnknownAction()
    {
        PrivilegedClient client(QStringLiteral(MEMLENS_KAUTH_CLIENT));
        QSignalSpy finished(&client, &PrivilegedClient::finished);
        client.run(u"formatdisk"_s, {}, {});
        QVERIFY(client.isRunning());
        // A second request while the first runs is not queued behind a password dialog.
        client.run(u"setswappiness"_s, {{u"value"_s, u"10"_s}}, {});
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(1).value<PrivilegedReply>().error, PrivilegedReply::Error::Busy);
        QVERIFY(finished.wait(Waits::patientMs));
        const auto reply = finished.at(1).at(1).value<PrivilegedReply>();
        QCOMPARE(finished.at(1).at(0).toString(), u"formatdisk"_s);
        QCOMPARE(reply.error, PrivilegedReply::Error::Failed); // "usage": the client knows no such action
        QVERIFY2(reply.message.contains(u"unknown action"_s), qPrintable(reply.message));
        QVERIFY(!client.isRunning());
    }

    void missingClientIsSaid()
    {
        PrivilegedClient client(u"/nonexistent/memlens-kauth-client"_s);
        QSignalSpy finished(&client, &PrivilegedClient::finished);
        client.run(u"setswappiness"_s, {{u"value"_s, u"10"_s}}, {});
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(1).value<PrivilegedReply>().error, PrivilegedReply::Error::ClientMissing);
    }
};

QTEST_GUILESS_MAIN(TestPrivilegedClient)
#include "tst_privilegedclient.moc"
