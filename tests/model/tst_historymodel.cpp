#include "model/historymodel.h"
#include "model/modelroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestHistoryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ringBufferDropsTheOldest()
    {
        RingBuffer<int> ring(3);
        for (int i = 1; i <= 5; ++i)
            ring.append(i);
        QCOMPARE(ring.size(), 3);
        QCOMPARE(ring.at(0), 3);
        QCOMPARE(ring.at(2), 5);
        ring.removeOldest();
        QCOMPARE(ring.at(0), 4);
    }

    void rollsOverAtCapacity()
    {
        HistoryModel model({QStringLiteral("Anonymous"), QStringLiteral("Swap")}, 3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 1; i <= 5; ++i)
            model.append(1000 * i, {double(i), i == 4 ? std::nullopt : std::optional<double>(10.0 * i)});

        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(inserted.count(), 5);
        QCOMPARE(removed.count(), 2);
        QCOMPARE(removed.constFirst().at(1).toInt(), 0); // the oldest row goes
        QCOMPARE(inserted.constLast().at(1).toInt(), 2); // the newest comes at the end
        // Rows hold samples 3, 4, 5 in order; time is column 0.
        QCOMPARE(model.index(0, 0).data(ModelRoles::RawValueRole).toLongLong(), 3000);
        QCOMPARE(model.index(2, 1).data(ModelRoles::RawValueRole).toDouble(), 5.0);
        // A sample without a value is a gap, not a zero.
        QVERIFY(!model.index(1, 2).data(ModelRoles::RawValueRole).isValid());
        QCOMPARE(model.maximum(2), 50.0);
        QCOMPARE(model.maximum(1), 5.0);
        QVERIFY(!model.maximum(3));
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("Swap"));
    }

    void defaultIsAnHourAtOneHertz()
    {
        HistoryModel model({QStringLiteral("x")});
        QCOMPARE(model.capacity(), 3600);
    }
};

QTEST_GUILESS_MAIN(TestHistoryModel)
#include "tst_historymodel.moc"
