// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/thpchoiceparser.h"
#include "parsetest.h"

#include <QTest>

// /sys/kernel/mm/transparent_hugepage/enabled and defrag: the three captured kernels select three
// different modes; damaged copies of the real files.
class TestThpChoiceParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("selected");
        QTest::addColumn<QByteArrayList>("offered");
        QTest::addColumn<QString>("error"); // empty: parsed
        const QByteArrayList enabledModes{"always", "madvise", "never"};
        const QByteArrayList defragModes{"always", "defer", "defer+madvise", "madvise", "never"};
        const QByteArray enabled = Fixtures::file("linux-6.18", "sys/kernel/mm/transparent_hugepage/enabled");
        QTest::addRow("6.18 enabled") << enabled << QByteArrayLiteral("madvise") << enabledModes << QString();
        QTest::addRow("6.18 defrag") << Fixtures::file("linux-6.18", "sys/kernel/mm/transparent_hugepage/defrag") << QByteArrayLiteral("madvise") << defragModes
                                     << QString();
        QTest::addRow("6.1 cgroup2 enabled") << Fixtures::file("linux-6.1-cgroup2", "sys/kernel/mm/transparent_hugepage/enabled") << QByteArrayLiteral("never")
                                             << enabledModes << QString();
        QTest::addRow("6.1 cgroup2 defrag") << Fixtures::file("linux-6.1-cgroup2", "sys/kernel/mm/transparent_hugepage/defrag") << QByteArrayLiteral("never")
                                            << defragModes << QString();
        QTest::addRow("6.1 swap enabled") << Fixtures::file("linux-6.1-swap", "sys/kernel/mm/transparent_hugepage/enabled") << QByteArrayLiteral("always")
                                          << enabledModes << QString();
        // Derived from the real 6.18 "always [madvise] never\n".
        QTest::addRow("no final newline") << enabled.chopped(1) << QByteArrayLiteral("madvise") << enabledModes << QString();
        QTest::addRow("empty") << QByteArray() << QByteArray() << QByteArrayList() << QStringLiteral("empty file");
        QTest::addRow("none selected") << Fixtures::replaced(enabled, "[madvise]", "madvise") << QByteArray() << enabledModes
                                       << QStringLiteral("no choice is marked active");
        QTest::addRow("two selected") << Fixtures::replaced(enabled, "always", "[always]") << QByteArrayLiteral("always") << QByteArrayList{"always"}
                                      << QStringLiteral("more than one choice");
        QTest::addRow("truncated inside the brackets")
            << enabled.left(enabled.indexOf(']')) << QByteArray() << QByteArrayList{"always"} << QStringLiteral("not a choice list");
        QTest::addRow("empty brackets") << Fixtures::replaced(enabled, "[madvise]", "[]") << QByteArray() << QByteArrayList{"always"}
                                        << QStringLiteral("not a choice list");
        QTest::addRow("duplicated choice") << Fixtures::replaced(enabled, "never", "never always") << QByteArrayLiteral("madvise")
                                           << QByteArrayList{"always", "madvise", "never"} << QStringLiteral("not a choice list");
        QTest::addRow("two lines") << QByteArray(enabled + enabled) << QByteArray() << QByteArrayList() << QStringLiteral("more than one line");
        QTest::addRow("garbage, NUL") << Fixtures::replaced(enabled, "never", QByteArrayLiteral("nev\0er")) << QByteArrayLiteral("madvise")
                                      << QByteArrayList{"always", "madvise"} << QStringLiteral("not a choice list");
        QTest::addRow("garbage, 0xff") << Fixtures::replaced(enabled, "always", QByteArrayLiteral("\xff")) << QByteArray() << QByteArrayList()
                                       << QStringLiteral("not a choice list");
    }
    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, selected);
        QFETCH(QByteArrayList, offered);
        QFETCH(QString, error);
        const auto choice = parseThpChoice(text);
        QCOMPARE(choice.value.selected, selected);
        QCOMPARE(choice.value.offered, offered);
        QCOMPARE(choice.ok(), error.isEmpty());
        QVERIFY2(choice.error.startsWith(error), qPrintable(choice.error));
    }
};

QTEST_GUILESS_MAIN(TestThpChoiceParser)
#include "tst_thpchoiceparser.moc"
