// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/smapscounters.h"
#include "parsetest.h"
#include "smapstext.h"

#include <QTest>

#include <limits>

using ParseTest::absent;
using ParseTest::OptionalBytes;

// The counters of one smaps entry: kernel names, presence (absent is unknown, not zero) and the
// sums MemLens builds from them.
class TestSmapsCounters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldFromName_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<int>("field"); // -1: not a counter MemLens models
        for (int field = 0; field < SmapsCounters::FieldCount; ++field)
            QTest::addRow("%s", SmapsText::names[size_t(field)]) << QByteArray(SmapsText::names[size_t(field)]) << field;
        // Written by the kernel but not modelled, or not the kernel's spelling.
        QTest::addRow("KSM") << QByteArrayLiteral("KSM") << -1;
        QTest::addRow("KernelPageSize") << QByteArrayLiteral("KernelPageSize") << -1;
        QTest::addRow("THPeligible") << QByteArrayLiteral("THPeligible") << -1;
        QTest::addRow("VmFlags") << QByteArrayLiteral("VmFlags") << -1;
        QTest::addRow("lower case") << QByteArrayLiteral("rss") << -1;
        QTest::addRow("with the colon") << QByteArrayLiteral("Rss:") << -1;
        QTest::addRow("empty") << QByteArray() << -1;
    }
    void fieldFromName()
    {
        QFETCH(QByteArray, name);
        QFETCH(int, field);
        const auto found = SmapsCounters::fieldFromName(name);
        QCOMPARE(found ? int(*found) : -1, field);
    }

    void presence()
    {
        SmapsCounters counters;
        QVERIFY(counters.isEmpty());
        QCOMPARE(counters.value(SmapsCounters::Rss), absent);
        counters.set(SmapsCounters::PrivateDirty, 8192);
        QVERIFY(!counters.isEmpty());
        // A sum of two counters needs both: USS without Private_Clean is unknown, not 8 KiB.
        QCOMPARE(counters.uss(), absent);
        counters.set(SmapsCounters::PrivateClean, 0);
        QCOMPARE(counters.uss(), OptionalBytes(8192));
        QCOMPARE(counters.shared(), absent);
        // The last field fits the presence bits as well as the first.
        counters.set(SmapsCounters::Locked, 4096);
        QVERIFY(counters.has(SmapsCounters::Locked));
        QVERIFY(!counters.has(SmapsCounters::Size));
    }

    void add()
    {
        SmapsCounters total;
        SmapsCounters file;
        file.set(SmapsCounters::Rss, 4096);
        file.set(SmapsCounters::SharedClean, 4096);
        SmapsCounters anonymous;
        anonymous.set(SmapsCounters::Rss, 8192);
        anonymous.set(SmapsCounters::Anonymous, 8192);
        total.add(file);
        total.add(anonymous);
        // Present in the sum if either entry had it; absent if neither did.
        QCOMPARE(SmapsText::describe(total), QStringLiteral("Rss=12 Shared_Clean=4 Anonymous=8"));
        QCOMPARE(total.value(SmapsCounters::Swap), absent);
        // Adding an empty entry changes nothing.
        const SmapsCounters before = total;
        total.add(SmapsCounters());
        QVERIFY(total == before);
    }

    void saturates()
    {
        // No wrap-around to a negative size, however many entries are summed.
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        SmapsCounters big;
        big.set(SmapsCounters::Rss, max - 1024);
        big.set(SmapsCounters::PrivateClean, max);
        big.set(SmapsCounters::PrivateDirty, max);
        SmapsCounters more;
        more.set(SmapsCounters::Rss, 4096);
        big.add(more);
        QCOMPARE(big.value(SmapsCounters::Rss), OptionalBytes(max));
        QCOMPARE(big.uss(), OptionalBytes(max));
    }
};

QTEST_GUILESS_MAIN(TestSmapsCounters)
#include "tst_smapscounters.moc"
