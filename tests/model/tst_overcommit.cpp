// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/meminfoparser.h"
#include "snapshot/overcommit.h"
#include "support/fixtures.h"

#include <QTest>

// CommitLimit recomputed from its inputs must equal what each captured kernel wrote.
class TestOvercommit : public QObject
{
    Q_OBJECT

    static NamedValues meminfo(const QByteArray &text)
    {
        const auto parsed = parseMeminfo(text);
        return parsed.value;
    }

private Q_SLOTS:
    void kernelsAgree_data()
    {
        QTest::addColumn<QString>("tree");
        for (const char *tree : {"linux-6.18", "linux-6.18-swap", "linux-6.1-swap", "linux-6.1-cgroup2"})
            QTest::addRow("%s", tree) << QString::fromLatin1(tree);
    }
    void kernelsAgree()
    {
        QFETCH(QString, tree);
        const QByteArray name = tree.toLatin1();
        const NamedValues values = meminfo(Fixtures::file(name.constData(), "proc/meminfo"));
        const auto overcommit =
            Overcommit::from(values, Fixtures::sysctl(name.constData(), "overcommit_memory"), Fixtures::sysctl(name.constData(), "overcommit_ratio"), 0);
        QVERIFY(overcommit);
        QCOMPARE(overcommit->mode, Overcommit::Mode::Heuristic);
        QVERIFY(!overcommit->fromKbytes);
        QCOMPARE(overcommit->limit, *values.value("CommitLimit"));
        QVERIFY(overcommit->agreesWithKernel());
        QCOMPARE(overcommit->committed, values.value("Committed_AS"));
        QCOMPARE(overcommit->headroom(8 << 20), std::nullopt); // not enforced outside strict mode
    }

    // The linux-6.1-swap machine (983720 kB of RAM, 81912 kB of swap) with other settings, by hand.
    void settings_data()
    {
        QTest::addColumn<QByteArray>("hugetlbLine");
        QTest::addColumn<qint64>("mode");
        QTest::addColumn<qint64>("ratio");
        QTest::addColumn<qint64>("kbytes");
        QTest::addColumn<qint64>("limitKiB"); // -1: no figure

        // 245930 pages × 80 % = 196744 pages, + 20478 pages of swap
        QTest::addRow("ratio 80") << QByteArray("Hugetlb:               0 kB") << qint64(2) << qint64(80) << qint64(0) << qint64((196744 + 20478) * 4);
        // 64 huge pages of 2 MiB (32768 pages) are set aside before the ratio applies
        QTest::addRow("huge page pool") << QByteArray("Hugetlb:          131072 kB") << qint64(0) << qint64(50) << qint64(0)
                                        << qint64(((245930 - 32768) * 50 / 100 + 20478) * 4);
        // overcommit_kbytes replaces the ratio and ignores the huge page pool
        QTest::addRow("kbytes") << QByteArray("Hugetlb:          131072 kB") << qint64(2) << qint64(50) << qint64(500000) << qint64(500000 + 81912);
        QTest::addRow("unknown mode") << QByteArray("Hugetlb:               0 kB") << qint64(3) << qint64(50) << qint64(0) << qint64(-1);
        QTest::addRow("negative ratio") << QByteArray("Hugetlb:               0 kB") << qint64(0) << qint64(-5) << qint64(0) << qint64(-1);
        QTest::addRow("ratio past 64 bits") << QByteArray("Hugetlb:               0 kB") << qint64(0) << std::numeric_limits<qint64>::max() / 1000 << qint64(0)
                                            << qint64(-1);
        QTest::addRow("kbytes past 64 bits") << QByteArray("Hugetlb:               0 kB") << qint64(0) << qint64(50) << std::numeric_limits<qint64>::max() / 512
                                             << qint64(-1);
    }
    void settings()
    {
        QFETCH(QByteArray, hugetlbLine);
        QFETCH(qint64, mode);
        QFETCH(qint64, ratio);
        QFETCH(qint64, kbytes);
        QFETCH(qint64, limitKiB);
        const QByteArray text = Fixtures::replaced(Fixtures::file("linux-6.1-swap", "proc/meminfo"), "Hugetlb:               0 kB", hugetlbLine);
        const auto overcommit = Overcommit::from(meminfo(text), mode, ratio, kbytes);
        if (limitKiB < 0) {
            QVERIFY(!overcommit);
            return;
        }
        QVERIFY(overcommit);
        QCOMPARE(overcommit->limit, limitKiB * 1024);
        QCOMPARE(overcommit->fromKbytes, kbytes > 0);
        QCOMPARE(overcommit->agreesWithKernel(), overcommit->limit == 573772 * 1024);
    }

    void strictModeHeadroom()
    {
        const NamedValues values = meminfo(Fixtures::file("linux-6.1-swap", "proc/meminfo"));
        const auto overcommit = Overcommit::from(values, 2, 50, 0);
        QVERIFY(overcommit);
        QCOMPARE(overcommit->mode, Overcommit::Mode::Strict);
        // CommitLimit 573772 kB − Committed_AS 92912 kB − the 8 MiB admin reserve
        QCOMPARE(overcommit->headroom(8192 * 1024), qint64(573772 - 92912 - 8192) * 1024);
    }

    // Older kernels write no Hugetlb line: the default size's pool stands for all of them.
    void withoutHugetlbLine()
    {
        QByteArray text = Fixtures::replaced(Fixtures::file("linux-6.1-swap", "proc/meminfo"), "Hugetlb:               0 kB\n", "");
        text = Fixtures::replaced(text, "HugePages_Total:       0", "HugePages_Total:      64");
        const auto overcommit = Overcommit::from(meminfo(text), 0, 50, 0);
        QVERIFY(overcommit);
        QCOMPARE(overcommit->limit, qint64((245930 - 32768) * 50 / 100 + 20478) * 4 * 1024);
    }

    void withoutSwapTotalNoFigure()
    {
        const QByteArray text = Fixtures::replaced(Fixtures::file("linux-6.1-swap", "proc/meminfo"), "SwapTotal:", "SwapTotl:");
        QVERIFY(!Overcommit::from(meminfo(text), 0, 50, 0));
    }

    // From a whole snapshot: a capture with two huge pages set aside (Hugetlb, which the limit
    // leaves out) and every overcommit sysctl, and one without overcommit_kbytes.
    void fromSnapshot()
    {
        const auto overcommit = Overcommit::fromSnapshot(Fixtures::system("linux-6.18-dirty"));
        QVERIFY(overcommit.value);
        QCOMPARE(overcommit.value->limit, qint64(12339992) * 1024);
        QVERIFY(overcommit.value->agreesWithKernel());
        QCOMPARE(overcommit.value->committed, std::optional<qint64>(qint64(1922200) * 1024));

        const auto older = Overcommit::fromSnapshot(Fixtures::system("linux-6.18"));
        QVERIFY(!older.value);
        QVERIFY(older.unavailableReason.contains(QStringLiteral("/proc/sys/vm/overcommit_kbytes does not exist")));

        SystemSnapshot unknownMode = Fixtures::system("linux-6.18-dirty");
        for (VmTunable &tunable : unknownMode.tunables) {
            if (tunable.name == "overcommit_memory")
                tunable.value.value = 3;
        }
        QVERIFY(Overcommit::fromSnapshot(unknownMode).unavailableReason.contains(QStringLiteral("out of range")));
    }
};

QTEST_GUILESS_MAIN(TestOvercommit)
#include "tst_overcommit.moc"
