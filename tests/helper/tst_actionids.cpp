// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The action ids the client asks for are the ones the helper's .actions file declares and the
// generated polkit policy holds — no more, no fewer (a client asking for an undeclared id is
// refused by KAuth at run time, the kind of slip that is only found by a user).
#include "actionids.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestActionIds : public QObject
{
    Q_OBJECT

private:
    static QSet<QString> ours()
    {
        QSet<QString> ids;
        for (const char *id : MemLensActions::all)
            ids.insert(QLatin1String(id));
        return ids;
    }

    static QSet<QString> matches(const QString &path, const QString &pattern)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QSet<QString> ids;
        const QString text = QString::fromUtf8(file.readAll());
        for (const QRegularExpressionMatch &match : QRegularExpression(pattern, QRegularExpression::MultilineOption).globalMatch(text))
            ids.insert(match.captured(1));
        return ids;
    }

private Q_SLOTS:
    void everyIdBelongsToTheHelper()
    {
        for (const QString &id : ours())
            QVERIFY2(id.startsWith(QLatin1String(MemLensActions::helperId) + u'.'), qPrintable(id));
        QCOMPARE(ours().size(), int(std::size(MemLensActions::all)));
    }

    void actionsFileDeclaresExactlyOurIds()
    {
        QVERIFY(QFile::exists(QStringLiteral(MEMLENS_ACTIONS_FILE)));
        QCOMPARE(matches(QStringLiteral(MEMLENS_ACTIONS_FILE), QStringLiteral("^\\[(io\\.github\\.memlens\\.[^\\]]+)\\]$")), ours());
    }

    void generatedPolicyHoldsExactlyOurIds()
    {
        // An empty policy is what the known KF5 pitfall produces: kauth_install_actions made none.
        QVERIFY2(QFile::exists(QStringLiteral(MEMLENS_POLICY_FILE)), "the build made no polkit policy");
        QCOMPARE(matches(QStringLiteral(MEMLENS_POLICY_FILE), QStringLiteral("<action id=\"([^\"]+)\"")), ours());
    }

    void activeSessionsAuthenticateOthersAreRefused()
    {
        QFile policy(QStringLiteral(MEMLENS_POLICY_FILE));
        QVERIFY(policy.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(policy.readAll());
        // The knobs a trial puts back keep the answer, so that the put-back (from the same
        // client process) asks nothing; the OOM adjustment names a process and asks each time.
        const QHash<QString, QString> wanted = {
            {QLatin1StringView(MemLensActions::setSwappiness), QStringLiteral("auth_admin_keep")},
            {QLatin1StringView(MemLensActions::setThp), QStringLiteral("auth_admin_keep")},
            {QLatin1StringView(MemLensActions::dropCaches), QStringLiteral("auth_admin_keep")},
            {QLatin1StringView(MemLensActions::setOomScoreAdj), QStringLiteral("auth_admin")},
        };
        QHash<QString, QString> found;
        static const QRegularExpression action(QStringLiteral("<action id=\"([^\"]+)\".*?<allow_inactive>no</allow_inactive>\\s*<allow_active>([a-z_]+)</allow_active>"),
                                               QRegularExpression::DotMatchesEverythingOption);
        for (const QRegularExpressionMatch &match : action.globalMatch(text))
            found.insert(match.captured(1), match.captured(2));
        QCOMPARE(found, wanted);
        QVERIFY(!text.contains(QStringLiteral("<allow_any>yes</allow_any>")));
    }
};

QTEST_GUILESS_MAIN(TestActionIds)
#include "tst_actionids.moc"
