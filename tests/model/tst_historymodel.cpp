// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/historymodel.h"
#include "model/modelroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// RingBuffer and HistoryModel: a fixed number of samples, the oldest dropped as a new one comes,
// with the model announcing exactly that (remove row 0, then insert at the end).
class TestHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ringBufferDropsTheOldest()
    {
        RingBuffer<int> ring(3);
        QCOMPARE(ring.capacity(), 3);
        QCOMPARE(ring.size(), 0);
        QVERIFY(!ring.isFull());
        ring.removeOldest(); // empty: nothing happens
        QCOMPARE(ring.size(), 0);
        for (int i = 1; i <= 5; ++i) {
            ring.append(i);
            QCOMPARE(ring.size(), std::min(i, 3));
            QCOMPARE(ring.at(ring.size() - 1), i); // newest last
        }
        QVERIFY(ring.isFull());
        QCOMPARE(ring.capacity(), 3);
        QCOMPARE(ring.at(0), 3);
        QCOMPARE(ring.at(1), 4);
        QCOMPARE(ring.at(2), 5);
        ring.removeOldest();
        QCOMPARE(ring.size(), 2);
        QCOMPARE(ring.at(0), 4);
        QCOMPARE(ring.at(1), 5);
        ring.append(6);
        ring.append(7); // wraps around the storage again
        QCOMPARE(ring.at(0), 5);
        QCOMPARE(ring.at(1), 6);
        QCOMPARE(ring.at(2), 7);
    }

    void rollsOverAtCapacity()
    {
        HistoryModel model({QStringLiteral("Anonymous"), QStringLiteral("Swap")}, 3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.capacity(), 3);
        // The order of the signals: once full, each append removes row 0 before inserting at the end.
        QStringList events;
        connect(&model, &QAbstractItemModel::rowsRemoved, this, [&](const QModelIndex &parent, int first, int last) {
            QVERIFY(!parent.isValid());
            events.append(QStringLiteral("-%1-%2").arg(first).arg(last));
        });
        connect(&model, &QAbstractItemModel::rowsInserted, this, [&](const QModelIndex &parent, int first, int last) {
            QVERIFY(!parent.isValid());
            events.append(QStringLiteral("+%1-%2").arg(first).arg(last));
        });
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        for (int i = 1; i <= 5; ++i)
            model.append(1000 * i, {double(i), i == 4 ? std::nullopt : std::optional<double>(10.0 * i)});

        const QStringList expected{QStringLiteral("+0-0"),
                                   QStringLiteral("+1-1"),
                                   QStringLiteral("+2-2"),
                                   QStringLiteral("-0-0"),
                                   QStringLiteral("+2-2"),
                                   QStringLiteral("-0-0"),
                                   QStringLiteral("+2-2")};
        QCOMPARE(events, expected);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);
        // Rows hold samples 3, 4, 5 in order; time is column 0.
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(model.index(row, 0).data(ModelRoles::RawValueRole).toLongLong(), 1000 * (row + 3));
            QCOMPARE(model.index(row, 1).data(ModelRoles::RawValueRole).toDouble(), double(row + 3));
        }
        QVERIFY(!model.index(0, 0).data().toString().isEmpty());
        // A sample without a value is a gap, not a zero.
        const QModelIndex gap = model.index(1, 2);
        QVERIFY(!gap.data(ModelRoles::RawValueRole).isValid());
        QVERIFY(!gap.data().isValid());
        QCOMPARE(model.index(0, 2).data(ModelRoles::RawValueRole).toDouble(), 30.0);
        QCOMPARE(model.index(2, 2).data(ModelRoles::RawValueRole).toDouble(), 50.0);
        // maximum() is over the rows held: samples 1 and 2 are gone.
        QCOMPARE(model.maximum(2), 50.0);
        QCOMPARE(model.maximum(1), 5.0);
        QVERIFY(!model.maximum(0)); // the time column is no series
        QVERIFY(!model.maximum(3));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Time"));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Swap"));
        QVERIFY(!model.headerData(3, Qt::Horizontal).isValid());
    }

    void maximumSkipsGapsAndFollowsTheWindow()
    {
        HistoryModel model({QStringLiteral("x")}, 2);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.maximum(1)); // no rows
        model.append(1, {std::nullopt});
        QVERIFY(!model.maximum(1)); // only a gap
        model.append(2, {-5.0});
        QCOMPARE(model.maximum(1), -5.0); // a negative maximum is still a maximum
        model.append(3, {}); // fewer values than series: the rest are gaps
        QVERIFY(!model.index(1, 1).data(ModelRoles::RawValueRole).isValid());
        QCOMPARE(model.maximum(1), -5.0);
        model.append(4, {std::nullopt});
        QVERIFY(!model.maximum(1)); // -5 rolled out
    }

    void averageOverATimeRange()
    {
        HistoryModel model({QStringLiteral("x")});
        QVERIFY(!model.average(1, 0, 100)); // no samples
        model.append(1000, {2.0});
        model.append(2000, {std::nullopt}); // a gap counts for nothing, not for zero
        model.append(3000, {4.0});
        model.append(4000, {10.0});
        QCOMPARE(model.average(1, 1000, 4000), 3.0); // [from, to): 4000 is the next range's
        QCOMPARE(model.average(1, 4000, 5000), 10.0);
        QVERIFY(!model.average(1, 2000, 3000)); // only the gap
        QVERIFY(!model.average(2, 0, 5000)); // no such series
        QVERIFY(!model.average(0, 0, 5000)); // the time column is not a series
    }

    void defaultIsAnHourAtOneHertz()
    {
        QCOMPARE(HistoryModel::defaultCapacity, 3600);
        HistoryModel model({QStringLiteral("x")});
        QCOMPARE(model.capacity(), 3600);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 2);
        for (int i = 0; i < 3600; ++i)
            model.append(i, {double(i)});
        // The tester re-checks every row on each change: attached for the rollover only, so the
        // hour of samples does not take seconds.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(3600, {3600.0});
        QCOMPARE(model.rowCount(), 3600);
        QCOMPARE(model.index(0, 0).data(ModelRoles::RawValueRole).toLongLong(), 1); // sample 0 rolled out
        QCOMPARE(model.index(3599, 0).data(ModelRoles::RawValueRole).toLongLong(), 3600);
        QCOMPARE(model.maximum(1), 3600.0);
    }

    void capacityOfOne()
    {
        // The smallest window: each sample replaces the last, and a capacity below one is one.
        HistoryModel model({QStringLiteral("x")}, 0);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.capacity(), 1);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.append(10, {1.0});
        model.append(20, {std::nullopt});
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.constLast().at(1).toInt(), 0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ModelRoles::RawValueRole).toLongLong(), 20);
        QVERIFY(!model.index(0, 1).data(ModelRoles::RawValueRole).isValid());
        QVERIFY(!model.maximum(1));
    }
};

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
