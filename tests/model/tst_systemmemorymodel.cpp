#include "model/modelroles.h"
#include "model/systemmemorymodel.h"
#include "support/fixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestSystemMemoryModel : public QObject
{
    Q_OBJECT

    SystemSnapshot m_base;

    static QModelIndex field(const SystemMemoryModel &model, QByteArrayView name)
    {
        for (int group = 0; group < model.rowCount(); ++group) {
            const QModelIndex parent = model.index(group, 0);
            for (int row = 0; row < model.rowCount(parent); ++row) {
                if (model.index(row, 0, parent).data(ModelRoles::KeyRole).toString() == QLatin1StringView(name))
                    return model.index(row, 0, parent);
            }
        }
        return {};
    }

    SystemSnapshot withFields(const QList<NamedValue> &fields) const
    {
        SystemSnapshot snapshot = m_base;
        NamedValues values;
        for (const NamedValue &value : fields)
            values.append(value);
        snapshot.meminfo.value = values;
        return snapshot;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_base = Fixtures::system();
    }

    void everyFieldOnceWithItsExplanation()
    {
        SystemMemoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(m_base);
        int rows = 0;
        for (int group = 0; group < model.rowCount(); ++group) {
            const QModelIndex parent = model.index(group, 0);
            QVERIFY(!parent.data(ModelRoles::ExplanationRole).toString().isEmpty());
            rows += model.rowCount(parent);
        }
        QCOMPARE(rows, m_base.meminfo.value->list().size());
        for (const NamedValue &value : m_base.meminfo.value->list()) {
            const QModelIndex index = field(model, value.name);
            QVERIFY2(index.isValid(), value.name.constData());
            QCOMPARE(index.siblingAtColumn(SystemMemoryModel::ValueColumn).data(ModelRoles::RawValueRole).toLongLong(), value.value);
            QVERIFY(!index.data(ModelRoles::ExplanationRole).toString().isEmpty());
        }
        QCOMPARE(field(model, "MemAvailable").parent().data().toString(), QStringLiteral("RAM"));
        QCOMPARE(field(model, "SUnreclaim").parent().data().toString(), QStringLiteral("Kernel"));
        QCOMPARE(field(model, "HugePages_Total").siblingAtColumn(SystemMemoryModel::ValueColumn).data().toString(), QStringLiteral("0")); // a count
        QCOMPARE(field(model, "MemTotal").siblingAtColumn(SystemMemoryModel::ShareOfRamColumn).data(ModelRoles::RawValueRole).toDouble(), 100.0);
        QVERIFY(!field(model, "VmallocTotal").siblingAtColumn(SystemMemoryModel::ShareOfRamColumn).data(ModelRoles::RawValueRole).isValid());
    }

    void followsSnapshotsByDiff()
    {
        SystemMemoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(m_base);
        const QPersistentModelIndex available(field(model, "MemAvailable").siblingAtColumn(SystemMemoryModel::ValueColumn));

        // 2: MemFree changes, SwapCached vanishes, a field from a newer kernel appears.
        QList<NamedValue> fields = m_base.meminfo.value->list();
        fields.removeIf([](const NamedValue &v) {
            return v.name == "SwapCached";
        });
        for (NamedValue &value : fields) {
            if (value.name == "MemFree")
                value.value -= 4096;
        }
        fields.append({"FutureField", 1024, NamedValue::Unit::Bytes});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(withFields(fields));
        QVERIFY(!field(model, "SwapCached").isValid());
        const QModelIndex future = field(model, "FutureField");
        QCOMPARE(future.parent().data().toString(), QStringLiteral("Other"));
        QVERIFY(future.data(ModelRoles::ExplanationRole).toString().contains(QStringLiteral("does not describe")));
        QCOMPARE(changed.count(), 1); // MemFree only
        QCOMPARE(changed.constFirst().at(0).value<QModelIndex>().data(ModelRoles::KeyRole).toString(), QStringLiteral("MemFree"));

        // 3: back to the captured fields.
        model.setSnapshot(m_base);
        QVERIFY(!field(model, "FutureField").isValid());
        QVERIFY(field(model, "SwapCached").isValid());

        QVERIFY(available.isValid());
        QCOMPARE(available.data(ModelRoles::RawValueRole).toLongLong(), *m_base.meminfo.value->value("MemAvailable"));
        QCOMPARE(resets.count(), 0);
    }

    void noMeminfoNoRows()
    {
        SystemMemoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(m_base);
        SystemSnapshot missing = m_base;
        missing.meminfo = Reading<NamedValues>::missing(QStringLiteral("gone"));
        model.setSnapshot(missing);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSystemMemoryModel)
#include "tst_systemmemorymodel.moc"
