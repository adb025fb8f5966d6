// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// OpenZFS's arcstats (tests/fixtures/zfs-arcstats: written from its documented format, its README
// says why): the statistics under their names, the ARC's size and what it could give back.
#include "parse/arcstatsparser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(MEMLENS_FIXTURES "/zfs-arcstats/") + QLatin1StringView(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
}

class TestArcstatsParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryStatistic()
    {
        const auto parsed = parseArcstats(fixture("arcstats"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.list().size(), 30);
        QCOMPARE(parsed.value.value("hits"), 48921037);
        QCOMPARE(parsed.value.value("memory_available_bytes"), 8724152320LL);
        const std::optional<ArcSize> arc = arcSizeOf(parsed.value);
        QVERIFY(arc);
        QCOMPARE(arc->size, 7516192768LL);
        QCOMPARE(arc->minimum, 1073741824LL);
        QCOMPARE(arc->maximum, 16777216000LL);
        QCOMPARE(arc->shrinkable(), 7516192768LL - 1073741824LL);
    }

    void hostileRowsAreLeftOutAndSaid()
    {
        const auto parsed = parseArcstats(fixture("arcstats-hostile"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.startsWith(u"line 3: size is not a number of its type"_s), qPrintable(parsed.error));
        QVERIFY(!parsed.value.contains("size")); // 2^64 − 1 is no size
        QVERIFY(!parsed.value.contains("c_min")); // unsigned, written negative
        QVERIFY(!parsed.value.contains("c_max")); // a type that is not a number
        QCOMPARE(parsed.value.value("memory_available_bytes"), -8724152320LL); // signed: may be negative
        QVERIFY(!parsed.value.contains("hits")); // a word too many
        QCOMPARE(parsed.value.value("misses"), 7);
        for (const NamedValue &value : parsed.value.list())
            QVERIFY2(!value.name.contains('\x1b'), value.name.constData());
        QVERIFY(!arcSizeOf(parsed.value)); // without size and c_min there is no ARC to show
    }

    void notArcstatsAtAll_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("meminfo") << "MemTotal:       16384 kB\nMemFree:         1024 kB\n"_ba;
        QTest::addRow("cut short") << "13 1 0x01 2 2 1 2\nname type data\nsize 4 75161"_ba;
    }

    void notArcstatsAtAll()
    {
        QFETCH(QByteArray, text);
        const auto parsed = parseArcstats(text);
        QVERIFY(!parsed.ok());
        QVERIFY(!arcSizeOf(parsed.value));
    }
};

QTEST_GUILESS_MAIN(TestArcstatsParser)
#include "tst_arcstatsparser.moc"
