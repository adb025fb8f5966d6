// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/kmsgrecordparser.h"
#include "parsetest.h"

#include <QTest>

// /dev/kmsg records: the captured stream (records with SUBSYSTEM/DEVICE dictionaries, then an OOM
// kill's report), single records as read(2) returns them, and damaged copies.
class TestKmsgRecordParser : public QObject
{
    Q_OBJECT

    static QByteArray captured()
    {
        return Fixtures::file("linux-6.18-oom", "dev/kmsg");
    }

    // The record whose message starts with start, from the captured stream, as read(2) returned it.
    static QByteArray record(QByteArrayView start)
    {
        const QByteArray text = captured();
        const qsizetype at = text.indexOf(QByteArray(";" + start.toByteArray()));
        if (at < 0)
            qFatal("no such record");
        const qsizetype begin = text.lastIndexOf('\n', at) + 1;
        return text.mid(begin, text.indexOf('\n', at) + 1 - begin);
    }

private Q_SLOTS:
    void capturedStream()
    {
        const auto parsed = parseKmsgRecords(captured());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.size(), 3 + (503 - 345 + 1));

        const KmsgRecord &acpi = parsed.value.constFirst();
        QCOMPARE(acpi.facility, 0);
        QCOMPARE(acpi.level, 6);
        QCOMPARE(acpi.sequence, quint64(193));
        QCOMPARE(acpi.sinceBootUsec, qint64(316928));
        QCOMPARE(acpi.flags, QByteArray("-"));
        QCOMPARE(acpi.message, QByteArray("acpi PNP0A08:00: _OSC: OS supports [ExtendedConfig ASPM ClockPM Segments MSI HPX-Type3]"));
        using Entry = std::pair<QByteArray, QByteArray>;
        QCOMPARE(acpi.dictionary, (QList<Entry>{{"SUBSYSTEM", "acpi"}, {"DEVICE", "+acpi:PNP0A08:00"}}));

        const KmsgRecord &kill = parsed.value.constLast();
        QCOMPARE(kill.level, 3);
        QCOMPARE(kill.sequence, quint64(503));
        QCOMPARE(kill.sinceBootUsec, qint64(11727161688));
        QVERIFY(kill.message.startsWith("Memory cgroup out of memory: Killed process 6374 (hog) total-vm:35372kB"));
        QVERIFY(kill.dictionary.isEmpty());

        // Sequence numbers rise by one after the gap the capture left on purpose.
        for (qsizetype i = 4; i < parsed.value.size(); ++i)
            QCOMPARE(parsed.value[i].sequence, parsed.value[i - 1].sequence + 1);
        // A call trace's lines keep their leading space inside the message.
        QCOMPARE(parsed.value[6].message, QByteArray(" <TASK>"));
    }

    void oneRecordAsReadReturnsIt()
    {
        const auto parsed = parseKmsgRecords(record("oom-kill:"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.size(), 1);
        QCOMPARE(parsed.value.constFirst().sequence, quint64(422));
        QVERIFY(parsed.value.constFirst().message.endsWith(",task=oom) (hog), x,pid=6372,uid=0"));
    }

    void escapesAreUndone()
    {
        // The kernel writes a backslash as \x5c and a newline as \x0a; a lone backslash or a
        // short escape stays as it is.
        const QByteArray escaped = Fixtures::replaced(record("hog invoked"), "hog invoked", "h\\x5cog\\x0a\\xzz\\x4 invoked");
        const auto parsed = parseKmsgRecords(escaped);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QVERIFY(parsed.value.constFirst().message.startsWith("h\\og\n\\xzz\\x4 invoked oom-killer"));
    }

    void callerFieldOfNewerKernels()
    {
        // CONFIG_PRINTK_CALLER adds ",caller=T6374" after the flags.
        const auto parsed = parseKmsgRecords(Fixtures::replaced(record("hog invoked"), ",-;", ",-,caller=T6374;"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.constFirst().sequence, quint64(424));
        QVERIFY(parsed.value.constFirst().message.startsWith("hog invoked oom-killer"));
    }

    void malformed_data()
    {
        const QByteArray real = captured();
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("records");
        QTest::addColumn<QString>("error");
        const int all = 162;
        QTest::addRow("empty") << QByteArray() << 0 << QString();
        QTest::addRow("last record cut short") << real.chopped(20) << all << QStringLiteral("no final newline");
        QTest::addRow("cut inside the header") << real.left(real.lastIndexOf("3,503,") + 4) << all - 1 << QStringLiteral("line 168: not a kernel log record");
        QTest::addRow("garbage line between") << Fixtures::replaced(real, "6,194,", QByteArrayLiteral("\xff\0garbage\n6,194,")) << all
                                              << QStringLiteral("line 4: not a kernel log record");
        QTest::addRow("dictionary line first") << real.mid(real.indexOf(" SUBSYSTEM")) << all - 1
                                               << QStringLiteral("line 1: a dictionary line without its record");
        QTest::addRow("dictionary line without =") << Fixtures::replaced(real, " SUBSYSTEM=acpi", " SUBSYSTEMacpi") << all
                                                   << QStringLiteral("line 2: not a KEY=VALUE line");
        QTest::addRow("no semicolon") << Fixtures::replaced(real, "6,422,11727048898,-;", "6,422,11727048898,-") << all - 1
                                      << QStringLiteral("not a kernel log record");
        QTest::addRow("sequence not a number") << Fixtures::replaced(real, "6,422,", "6,4x2,") << all - 1 << QStringLiteral("not a kernel log record");
        QTest::addRow("negative time") << Fixtures::replaced(real, "6,422,11727048898", "6,422,-11727048898") << all - 1
                                       << QStringLiteral("not a kernel log record");
        QTest::addRow("20-digit time") << Fixtures::replaced(real, "6,422,11727048898", "6,422,99999999999999999999") << all - 1
                                       << QStringLiteral("not a kernel log record");
        QTest::addRow("no flags") << Fixtures::replaced(real, "6,422,11727048898,-;", "6,422,11727048898;") << all - 1
                                  << QStringLiteral("not a kernel log record");
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, records);
        QFETCH(QString, error);
        const auto parsed = parseKmsgRecords(text);
        QCOMPARE(parsed.value.size(), records);
        QCOMPARE(parsed.ok(), error.isEmpty());
        QVERIFY2(parsed.error.contains(error), qPrintable(parsed.error));
    }

    void dictionaryOfADroppedRecordIsNotGivenToTheOneBefore()
    {
        // Record 194's header is damaged: its dictionary lines must not land on record 193.
        const auto parsed = parseKmsgRecords(Fixtures::replaced(captured(), "6,194,316930,-;", "6,194,316930,-"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.value.constFirst().dictionary.size(), 2);
        QCOMPARE(parsed.value[1].sequence, quint64(195));
    }
};

QTEST_GUILESS_MAIN(TestKmsgRecordParser)
#include "tst_kmsgrecordparser.moc"
