// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "source/requeststate.h"
#include "stream/agentrequest.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace AgentRequest;

class TestAgentRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRequestSurvivesItsLine_data()
    {
        QTest::addColumn<int>("index");
        const QList<Request> requests = all();
        for (int i = 0; i < requests.size(); ++i)
            QTest::addRow("%s", toLine(requests[i]).trimmed().constData()) << i;
    }

    void everyRequestSurvivesItsLine()
    {
        QFETCH(int, index);
        const Request request = all().at(index);
        const QByteArray line = toLine(request);
        QVERIFY(line.endsWith('\n'));
        QVERIFY(line.size() <= maxLineLength);
        const Parsed parsed = parseLine(line.chopped(1));
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
        QVERIFY(parsed.request == request);
    }

    void malformedLinesAreRefusedWithoutEchoingThem_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("unknown verb") << "reboot"_ba;
        QTest::addRow("two spaces") << "interval  500"_ba;
        QTest::addRow("trailing space") << "refresh "_ba;
        QTest::addRow("sign") << "interval +500"_ba;
        QTest::addRow("leading zero") << "interval 0500"_ba;
        QTest::addRow("below range") << "interval 499"_ba;
        QTest::addRow("above range") << "interval 10001"_ba;
        QTest::addRow("overflow") << "pss-max-age 99999999999999999999"_ba;
        // 19 digits fit the old length bound but not a qint64 (fuzz_agentrequest found it).
        QTest::addRow("19-digit overflow") << "mappings 1 9999999999999999999"_ba;
        QTest::addRow("start past qint64") << "mappings 1 9223372036854775808"_ba;
        QTest::addRow("on or off only") << "libraries yes"_ba;
        QTest::addRow("pid zero") << "mappings 0 5"_ba;
        QTest::addRow("pid path") << "mappings 1/.. 5"_ba;
        QTest::addRow("negative start") << "mappings 12 -5"_ba;
        QTest::addRow("one argument") << "mappings 12"_ba;
        QTest::addRow("carriage return") << "refresh\r"_ba;
        QTest::addRow("NUL") << "pause on\0x"_ba;
        QTest::addRow("escape") << "\x1b]0;owned\x07"_ba;
        QTest::addRow("bidi") << "pause \xe2\x80\xae"
                                 "no"_ba;
        QTest::addRow("too long") << QByteArray(maxLineLength + 1, 'a');
        QTest::addRow("hello without version") << "hello"_ba;
        QTest::addRow("hello zero") << "hello 0"_ba;
    }

    void malformedLinesAreRefusedWithoutEchoingThem()
    {
        QFETCH(QByteArray, line);
        const Parsed parsed = parseLine(line);
        QVERIFY(!parsed.request);
        QVERIFY(!parsed.error.isEmpty());
        for (const QChar c : parsed.error)
            QVERIFY2(c.isPrint(), qPrintable(parsed.error));
        if (line.size() > 3)
            QVERIFY(!parsed.error.contains(QString::fromLatin1(line)));
    }

    void linesArriveInPieces()
    {
        LineSplitter lines;
        lines.append("hello 4\nlibr");
        QCOMPARE(lines.next(), std::optional<QByteArray>("hello 4"));
        QCOMPARE(lines.next(), std::nullopt);
        lines.append("aries on\n\nrefresh\n");
        QCOMPARE(lines.next(), std::optional<QByteArray>("libraries on"));
        QCOMPARE(lines.next(), std::optional<QByteArray>(""));
        QCOMPARE(lines.next(), std::optional<QByteArray>("refresh"));
        QCOMPARE(lines.next(), std::nullopt);
        QVERIFY(lines.error().isEmpty());
    }

    void endlessLineBreaksTheSplitter()
    {
        LineSplitter lines;
        lines.append(QByteArray(maxLineLength + 1, 'x'));
        QCOMPARE(lines.next(), std::nullopt);
        QVERIFY(!lines.error().isEmpty());
        lines.append("\nrefresh\n"); // broken stays broken
        QCOMPARE(lines.next(), std::nullopt);
    }

    // A source started later is brought to the state asked for so far; one-off requests are not state.
    void requestStateReplaysTheLastOfEachKind()
    {
        RequestState state;
        state.record(Interval{2000});
        state.record(Libraries{true});
        state.record(Refresh{});
        state.record(Interval{1000});
        state.record(SlabCaches{});
        state.record(Pause{true});
        state.record(Mappings{ProcessKey{42, 7}});
        const QList<Request> replayed = state.replay();
        QCOMPARE(replayed.size(), 4);
        QVERIFY(replayed.contains(Request(Interval{1000})));
        QVERIFY(replayed.contains(Request(Libraries{true})));
        QVERIFY(replayed.contains(Request(Pause{true})));
        QVERIFY(replayed.contains(Request(Mappings{ProcessKey{42, 7}})));
        QVERIFY(state.paused());
        state.record(Pause{false});
        QVERIFY(!state.paused());
    }

private:
    static QList<Request> all()
    {
        return {Hello{version},
                Interval{500},
                Interval{10'000},
                PssMaxAge{1000},
                PssMaxAge{600'000},
                Pause{true},
                Pause{false},
                Refresh{},
                SlabCaches{},
                Libraries{true},
                Libraries{false},
                Cgroups{true},
                Kills{false},
                Mappings{},
                Mappings{ProcessKey{4'194'304, 9'223'372'036'854'775'807ull}}};
    }
};

QTEST_GUILESS_MAIN(TestAgentRequest)
#include "tst_agentrequest.moc"
