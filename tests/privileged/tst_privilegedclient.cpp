// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The application's side of privileged actions: one queue, the real memlens-kauth-client serving
// it, and what the application makes of each answer the client can give, of a client that dies
// and of one that is not there. The whole chain through polkit is e2e-helper.sh's.
#include "privileged/kauthclientbackend.h"
#include "privileged/privilegedclient.h"
#include "support/waits.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
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

    // The real memlens-kauth-client, serving a whole session from one process. Without a system
    // bus here the helper's answers are "helper missing"; what is proved is the queue and the
    // one process: every request answered once, in order, and a request the client cannot
    // read answered without ending it.
    void oneClientProcessAnswersEveryRequestInOrder()
    {
        PrivilegedClient client(new KAuthClientBackend(QStringLiteral(MEMLENS_KAUTH_CLIENT)));
        QSignalSpy asking(&client, &PrivilegedClient::asking);
        QSignalSpy finished(&client, &PrivilegedClient::finished);
        const auto first = client.setSwappiness(10);
        QCOMPARE(asking.size(), 0); // nothing is said before the caller has its ticket
        QVERIFY(asking.wait());
        const auto second = client.dropCaches(1);
        const auto third = client.submit(PrivilegedRequest::swappiness(60), PrivilegedClient::Urgency::PutBack);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, Waits::patientMs);
        // The first was under way; the put-back went ahead of the drop still waiting.
        QCOMPARE(finished.at(0).at(0).value<PrivilegedClient::Ticket>(), first);
        QCOMPARE(finished.at(1).at(0).value<PrivilegedClient::Ticket>(), third);
        QCOMPARE(finished.at(2).at(0).value<PrivilegedClient::Ticket>(), second);
        QCOMPARE(asking.size(), 3);
        for (const QList<QVariant> &answer : std::as_const(finished)) {
            const auto reply = answer.at(1).value<PrivilegedReply>();
            QVERIFY2(reply.error != PrivilegedReply::Error::Busy && reply.error != PrivilegedReply::Error::ClientMissing, qPrintable(reply.explanation()));
        }
        // One process served them all.
        QCOMPARE(children(u"memlens-kauth-"_s), 1);
    }

    void aLineTheClientCannotReadIsAnsweredAndTheClientGoesOn()
    {
        QProcess client;
        client.start(QStringLiteral(MEMLENS_KAUTH_CLIENT), {u"--serve"_s});
        QVERIFY(client.waitForStarted());
        client.write("not json\n{\"action\":\"formatdisk\",\"arguments\":{}}\n");
        client.closeWriteChannel();
        QVERIFY(client.waitForFinished(Waits::patientMs));
        const QList<QByteArray> lines = client.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains("\"error\":\"usage\"") && lines.at(0).contains("one line of JSON"), lines.at(0).constData());
        QVERIFY2(lines.at(1).contains("unknown action io.github.memlens.helper.formatdisk"), lines.at(1).constData());
        QCOMPARE(client.exitCode(), 0);
    }

    void aClientThatDiesMidRequestIsAFailureAndTheNextStartsAnother()
    {
        // A stand-in that reads the request and crashes, as a client killed would.
        QTemporaryDir directory;
        const QString dying = directory.filePath(u"dying-client"_s);
        QFile script(dying);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nread -r line\nkill -SEGV $$\n");
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::ExeOwner);
        PrivilegedClient client(new KAuthClientBackend(dying));
        QSignalSpy finished(&client, &PrivilegedClient::finished);
        client.setSwappiness(10);
        client.setSwappiness(20);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, Waits::patientMs);
        for (const QList<QVariant> &answer : std::as_const(finished)) {
            const auto reply = answer.at(1).value<PrivilegedReply>();
            QCOMPARE(reply.error, PrivilegedReply::Error::Failed);
            QVERIFY2(reply.message.contains(u"crashed"_s), qPrintable(reply.message));
        }
    }

    void missingClientIsSaidForEveryRequest()
    {
        PrivilegedClient client(new KAuthClientBackend(u"/nonexistent/memlens-kauth-client"_s));
        QSignalSpy finished(&client, &PrivilegedClient::finished);
        client.setSwappiness(10);
        client.setTransparentHugePages(u"never"_s, {});
        QTRY_COMPARE(finished.size(), 2);
        for (const QList<QVariant> &answer : std::as_const(finished))
            QCOMPARE(answer.at(1).value<PrivilegedReply>().error, PrivilegedReply::Error::ClientMissing);
    }

private:
    // This process's children whose name starts with prefix.
    static int children(const QString &prefix)
    {
        int count = 0;
        const QString self = QString::number(QCoreApplication::applicationPid());
        for (const QString &pid : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
            QFile stat(u"/proc/%1/stat"_s.arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromLatin1(stat.readAll());
            const QString name = text.section(u'(', 1).section(u')', 0, 0);
            const QString parent = text.section(u')', -1).split(u' ', Qt::SkipEmptyParts).value(1);
            count += parent == self && name.startsWith(prefix);
        }
        return count;
    }
};

QTEST_GUILESS_MAIN(TestPrivilegedClient)
#include "tst_privilegedclient.moc"
