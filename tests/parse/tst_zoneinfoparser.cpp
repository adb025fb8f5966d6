// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/zoneinfoparser.h"
#include "parsetest.h"

#include <QTest>

// /proc/zoneinfo of 6.18 (one node, five zones, the Movable and Device zones empty), read as it
// was captured and damaged in the ways a file can be: cut short, garbage in a figure, a zone
// without its watermarks, empty.
class TestZoneinfoParser : public QObject
{
    Q_OBJECT

    static QByteArray captured()
    {
        return Fixtures::file("linux-6.18-dirty", "proc/zoneinfo");
    }
    // The capture without the lines that match: what an older kernel did not write.
    static QByteArray without(QByteArrayView word)
    {
        QByteArray text;
        for (const QByteArray &line : captured().split('\n')) {
            if (!line.trimmed().startsWith(word))
                text += line + '\n';
        }
        return text.chopped(1);
    }

private Q_SLOTS:
    void zones_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("zones"); // "node name free boost high managed protection..."
        QTest::addColumn<bool>("ok");
        const QStringList all{QStringLiteral("0 DMA 3840 0 43 3840 0,3019,8523,8523,8523"),
                              QStringLiteral("0 DMA32 772915 0 8960 772915 0,0,5504,5504,5504"),
                              QStringLiteral("0 Normal 705820 0 16335 1409024 0,0,0,0,0"),
                              QStringLiteral("0 Movable 0 0 32 0 0,0,0,0,0"),
                              QStringLiteral("0 Device 0 0 0 0 0,0,0,0,0")};
        QTest::addRow("6.18") << captured() << all << true;
        QStringList later = all; // the same machine a moment later: only Normal's free pages moved
        later[2] = QStringLiteral("0 Normal 690722 0 16335 1409024 0,0,0,0,0");
        QTest::addRow("6.18 a moment later") << Fixtures::file("linux-6.18-dirty-bytes", "proc/zoneinfo") << later << true;
        QTest::addRow("no boost, as before 5.0") << without("boost") << all << true;
        QTest::addRow("pagesets' high: is not the watermark") << without("high ") << QStringList{} << false;
        QStringList twoNodes = all;
        for (const QString &zone : all)
            twoNodes.append(QString(zone).replace(0, 1, u'1'));
        QTest::addRow("two nodes") << captured() + captured().replace("Node 0,", "Node 1,") << twoNodes << true;
        QTest::addRow("cut in the Device zone") << captured().left(captured().indexOf("Node 0, zone   Device") + 40) << all.mid(0, 4) << false;
        QTest::addRow("garbage high") << Fixtures::replaced(captured(), "high     8960", "high     89x0") << QStringList{all[0], all[2], all[3], all[4]}
                                      << false;
        QTest::addRow("negative free") << Fixtures::replaced(captured(), "pages free     3840", "pages free     -3840") << all.mid(1) << false;
        QTest::addRow("protection unclosed") << Fixtures::replaced(captured(), "(0, 0, 5504, 5504, 5504)", "(0, 0, 5504, 5504, 5504")
                                             << QStringList{all[0], all[2], all[3], all[4]} << false;
        QTest::addRow("protection empty member") << Fixtures::replaced(captured(), "(0, 0, 5504, 5504, 5504)", "(0, , 5504, 5504, 5504)")
                                                 << QStringList{all[0], all[2], all[3], all[4]} << false;
        QTest::addRow("bad node header") << Fixtures::replaced(captured(), "Node 0, zone    DMA32", "Node x, zone    DMA32")
                                         << QStringList{all[0], all[2], all[3], all[4]} << false;
        QTest::addRow("header only") << QByteArray("Node 0, zone      DMA\n") << QStringList{} << false;
        QTest::addRow("empty") << QByteArray() << QStringList{} << false;
        QTest::addRow("not zoneinfo") << QByteArray("MemTotal: 1 kB\n") << QStringList{} << false;
    }
    void zones()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, zones);
        QFETCH(bool, ok);
        const auto parsed = parseZoneinfo(text);
        QCOMPARE(parsed.ok(), ok);
        QStringList found;
        for (const MemoryZone &zone : parsed.value) {
            QStringList protection;
            for (const qint64 pages : zone.protection)
                protection.append(QString::number(pages));
            found.append(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                             .arg(zone.node)
                             .arg(QString::fromLatin1(zone.name))
                             .arg(zone.freePages)
                             .arg(zone.boostPages)
                             .arg(zone.highPages)
                             .arg(zone.managedPages)
                             .arg(protection.join(u',')));
        }
        QCOMPARE(found, zones);
    }
};

QTEST_GUILESS_MAIN(TestZoneinfoParser)
#include "tst_zoneinfoparser.moc"
