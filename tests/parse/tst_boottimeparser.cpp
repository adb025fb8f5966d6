// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/boottimeparser.h"
#include "parsetest.h"

#include <QTest>

// The btime line of /proc/stat, on the captured file and damaged copies of it.
class TestBootTimeParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void captured()
    {
        const auto parsed = parseBootTime(Fixtures::file("linux-6.18-oom", "proc/stat"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value, qint64(1795383069));
    }

    void malformed_data()
    {
        const QByteArray real = Fixtures::file("linux-6.18-oom", "proc/stat");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::addRow("empty") << QByteArray() << QStringLiteral("no btime line");
        QTest::addRow("truncated before btime") << real.left(real.indexOf("btime")) << QStringLiteral("no btime line");
        QTest::addRow("truncated inside btime") << real.left(real.indexOf("btime") + 6) << QStringLiteral("not a boot time");
        QTest::addRow("garbage") << Fixtures::replaced(real, "btime 1795383069", "btime 17953x3069") << QStringLiteral("not a boot time");
        QTest::addRow("zero") << Fixtures::replaced(real, "btime 1795383069", "btime 0") << QStringLiteral("not a boot time");
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const auto parsed = parseBootTime(text);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
    }
};

QTEST_GUILESS_MAIN(TestBootTimeParser)
#include "tst_boottimeparser.moc"
