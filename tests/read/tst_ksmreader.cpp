// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/parsetest.h"
#include "read/ksmreader.h"

#include <QTest>

// KSM's counters from the captures (6.18 with pages merged, 6.1 where KSM never ran and
// general_profit does not exist yet) and from damaged copies.
class TestKsmReader : public QObject
{
    Q_OBJECT

    static Reading<NamedValues> read(const QString &root)
    {
        FileReader reader;
        return readKsm(reader, SysRoot(root));
    }

private Q_SLOTS:
    void merged()
    {
        const auto ksm = read(Fixtures::tree("linux-6.18-kernelmem"));
        QVERIFY(ksm.value);
        QVERIFY(ksm.problem.isEmpty());
        QCOMPARE(ksm.value->value("pages_shared").value_or(-1), qint64(4));
        QCOMPARE(ksm.value->value("pages_sharing").value_or(-1), qint64(1020));
        QCOMPARE(ksm.value->value("run").value_or(-1), qint64(1));
        QCOMPARE(ksm.value->value("full_scans").value_or(-1), qint64(42));
        QCOMPARE(ksm.value->value("general_profit").value_or(-1), qint64(4112384));
        // 4 MiB of one byte: 1024 pages became 4 shared ones (max_page_sharing 256 mappings
        // each), so 1020 pages were saved.
        QCOMPARE(ksmSavedBytes(*ksm.value), qint64(1020) * 4096);
        // general_profit takes KSM's own bookkeeping (rmap items) off the same saving.
        QVERIFY(*ksm.value->value("general_profit") < *ksmSavedBytes(*ksm.value));
    }

    void olderKernelNeverRan()
    {
        const auto ksm = read(Fixtures::tree("linux-6.1-numa"));
        QVERIFY(ksm.value);
        QVERIFY(ksm.problem.isEmpty());
        QVERIFY(!ksm.value->contains("general_profit")); // 6.4 added it
        QVERIFY(!ksm.value->contains("ksm_zero_pages"));
        QCOMPARE(ksmSavedBytes(*ksm.value), qint64(0));
    }

    void noKsm()
    {
        const auto ksm = read(Fixtures::tree("linux-6.18"));
        QVERIFY(!ksm.value);
        QVERIFY(ksm.unavailableReason.contains(QStringLiteral("this kernel has no KSM")));
        QCOMPARE(ksmSavedBytes(NamedValues()), std::nullopt);
    }

    void unreadableFileIsAProblemNotAZero()
    {
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.18-kernelmem", dir));
        QVERIFY(Fixtures::overwrite(dir.path() + QStringLiteral("/sys/kernel/mm/ksm/pages_sharing"), "10")); // cut before its newline
        const auto ksm = read(dir.path());
        QVERIFY(ksm.value);
        QVERIFY(!ksm.value->contains("pages_sharing"));
        QVERIFY(ksm.problem.contains(QStringLiteral("pages_sharing is malformed")));
        QCOMPARE(ksmSavedBytes(*ksm.value), std::nullopt);
        QCOMPARE(ksm.value->value("pages_shared").value_or(-1), qint64(4));
    }
};

QTEST_GUILESS_MAIN(TestKsmReader)
#include "tst_ksmreader.moc"
