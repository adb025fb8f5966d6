// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Changes act on this machine, live: offered for a window that shows it, refused with the reason
// for a captured tree or a recording.
#include "sample/changescope.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestChangeScope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thisMachineLive()
    {
        const ChangeScope scope = ChangeScope::of(SysRoot(u"/"_s), {});
        QVERIFY(scope.allowed());
        QVERIFY(scope.refusal().isEmpty());
    }

    void aCapturedTree()
    {
        const ChangeScope scope = ChangeScope::of(SysRoot(u"/tmp/capture"_s), {});
        QVERIFY(!scope.allowed());
        QVERIFY2(scope.refusal().contains(u"/tmp/capture"_s), qPrintable(scope.refusal()));
    }

    void aRecording()
    {
        // A recording played in a window whose root is live is still not this machine's present.
        const ChangeScope scope = ChangeScope::of(SysRoot(u"/"_s), u"/home/me/freeze.memlens"_s);
        QVERIFY(!scope.allowed());
        QVERIFY2(scope.refusal().contains(u"recording"_s), qPrintable(scope.refusal()));
    }
};

QTEST_GUILESS_MAIN(TestChangeScope)
#include "tst_changescope.moc"
