// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Changes act on this machine, live: offered for a window that shows it, refused with the reason
// for a captured tree, a recording or another machine.
#include "sample/changescope.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestChangeScope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thisMachineLive()
    {
        const ChangeScope scope = ChangeScope::of(SourceChoice::local(SysRoot(u"/"_s)));
        QVERIFY(scope.allowed());
        QVERIFY(scope.refusal().isEmpty());
    }

    void aCapturedTree()
    {
        const ChangeScope scope = ChangeScope::of(SourceChoice::local(SysRoot(u"/tmp/capture"_s)));
        QVERIFY(!scope.allowed());
        QVERIFY2(scope.refusal().contains(u"/tmp/capture"_s), qPrintable(scope.refusal()));
    }

    void aRecording()
    {
        const ChangeScope scope = ChangeScope::of(SourceChoice::replay(u"/home/me/freeze.memlens"_s));
        QVERIFY(!scope.allowed());
        QVERIFY2(scope.refusal().contains(u"recording"_s), qPrintable(scope.refusal()));
    }

    void anotherMachine()
    {
        AgentCommand command;
        command.program = u"ssh"_s;
        command.hostName = u"build-server"_s;
        const ChangeScope scope = ChangeScope::of(SourceChoice::remoteAgent(command));
        QVERIFY(!scope.allowed());
        QVERIFY2(scope.refusal().contains(u"build-server"_s), qPrintable(scope.refusal()));
    }

    // The Flatpak host is this machine, seen from outside the sandbox.
    void theFlatpakHost()
    {
        QVERIFY(ChangeScope::of(SourceChoice::hostAgent(AgentCommand{})).allowed());
    }
};

QTEST_GUILESS_MAIN(TestChangeScope)
#include "tst_changescope.moc"
