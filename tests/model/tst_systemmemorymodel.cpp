// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "format/byteformat.h"
#include "model/modelroles.h"
#include "model/systemmemorymodel.h"
#include "support/fixtures.h"
#include "support/modelspy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// SystemMemoryModel on the captured /proc/meminfo and scripted variants of it: every field under
// its group with its explanation, and successive snapshots applied by diff (no reset).
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

    static QModelIndex group(const SystemMemoryModel &model, const QString &title)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == title)
                return model.index(row, 0);
        }
        return {};
    }

    // How many rows of the whole tree carry this key.
    static int occurrences(const SystemMemoryModel &model, const QString &key)
    {
        int count = 0;
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex parent = model.index(g, 0);
            for (int row = 0; row < model.rowCount(parent); ++row)
                count += model.index(row, 0, parent).data(ModelRoles::KeyRole).toString() == key;
        }
        return count;
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

    QList<NamedValue> baseFields() const
    {
        return m_base.meminfo.value->list();
    }

    static void setValue(QList<NamedValue> &fields, QByteArrayView name, qint64 value)
    {
        for (NamedValue &field : fields) {
            if (field.name == name)
                field.value = value;
        }
    }

    static void remove(QList<NamedValue> &fields, QByteArrayView name)
    {
        QVERIFY(fields.removeIf([&](const NamedValue &v) {
            return v.name == name;
        }) == 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_base = Fixtures::system();
        QVERIFY(m_base.meminfo.value);
        QCOMPARE(m_base.meminfo.value->list().size(), 54);
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
            QVERIFY(model.rowCount(parent) > 0); // no empty group is shown
            QVERIFY(!parent.siblingAtColumn(SystemMemoryModel::ValueColumn).data(ModelRoles::RawValueRole).isValid());
            rows += model.rowCount(parent);
        }
        QCOMPARE(rows, m_base.meminfo.value->list().size());
        for (const NamedValue &value : m_base.meminfo.value->list()) {
            const QString name = QString::fromLatin1(value.name);
            QCOMPARE(occurrences(model, name), 1);
            const QModelIndex index = field(model, value.name);
            QVERIFY2(index.isValid(), value.name.constData());
            QCOMPARE(index.data().toString(), name);
            QCOMPARE(index.parent().data().toString(), MeminfoGlossary::groupTitle(MeminfoGlossary::groupOf(value.name)));
            const QModelIndex cell = index.siblingAtColumn(SystemMemoryModel::ValueColumn);
            QCOMPARE(cell.data(ModelRoles::RawValueRole).toLongLong(), value.value);
            QVERIFY(!index.data(ModelRoles::ExplanationRole).toString().isEmpty());
            if (value.unit == NamedValue::Unit::Bytes)
                QCOMPARE(cell.data().toString(), ByteFormat::human(value.value));
        }
        // Byte values are the kernel's kB times 1024.
        QCOMPARE(field(model, "MemTotal").siblingAtColumn(SystemMemoryModel::ValueColumn).data(ModelRoles::RawValueRole).toLongLong(), qint64(24684084) * 1024);
        QCOMPARE(field(model, "MemAvailable").parent().data().toString(), QStringLiteral("RAM"));
        QCOMPARE(field(model, "SUnreclaim").parent().data().toString(), QStringLiteral("Kernel"));
        QCOMPARE(field(model, "DirectMap2M").parent().data().toString(), QStringLiteral("Other"));
        QCOMPARE(field(model, "MemTotal").siblingAtColumn(SystemMemoryModel::ShareOfRamColumn).data(ModelRoles::RawValueRole).toDouble(), 100.0);
        QVERIFY(field(model, "MemTotal").siblingAtColumn(SystemMemoryModel::ShareOfRamColumn).data().toString().startsWith(QStringLiteral("100")));
        const QModelIndex vmalloc = field(model, "VmallocTotal").siblingAtColumn(SystemMemoryModel::ShareOfRamColumn);
        QVERIFY(!vmalloc.data(ModelRoles::RawValueRole).isValid());
        QVERIFY(!vmalloc.data().isValid());
        const double freeShare = field(model, "MemFree").siblingAtColumn(SystemMemoryModel::ShareOfRamColumn).data(ModelRoles::RawValueRole).toDouble();
        QVERIFY(freeShare > 0 && freeShare < 100);
    }

    void groupsPresentAndOrdered()
    {
        SystemMemoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(m_base);
        // The capture has fields of every group: all are shown, in the glossary's order.
        QStringList titles;
        for (int row = 0; row < model.rowCount(); ++row) {
            titles.append(model.index(row, 0).data().toString());
            QCOMPARE(model.index(row, 0).data(ModelRoles::KeyRole).toString(), QStringLiteral("group:%1").arg(row));
        }
        const QStringList all{QStringLiteral("RAM"),
                              QStringLiteral("Page cache"),
                              QStringLiteral("Anonymous and shared memory"),
                              QStringLiteral("Kernel"),
                              QStringLiteral("Swap"),
                              QStringLiteral("Huge pages"),
                              QStringLiteral("Commit"),
                              QStringLiteral("Other")};
        QCOMPARE(titles, all);
        QCOMPARE(model.index(0, 0).data(ModelRoles::ExplanationRole).toString(), MeminfoGlossary::groupExplanation(MeminfoGlossary::Group::Ram));

        // A kernel without any swap field: the Swap group goes as one row, the rest keep their order.
        QList<NamedValue> fields = baseFields();
        fields.removeIf([](const NamedValue &v) {
            return MeminfoGlossary::groupOf(v.name) == MeminfoGlossary::Group::Swap;
        });
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setSnapshot(withFields(fields));
        QCOMPARE(removed.count(), 1);
        QVERIFY(!removed.constFirst().at(0).value<QModelIndex>().isValid());
        QCOMPARE(removed.constFirst().at(1).toInt(), 4);
        QCOMPARE(removed.constFirst().at(2).toInt(), 4);
        titles.clear();
        for (int row = 0; row < model.rowCount(); ++row)
            titles.append(model.index(row, 0).data().toString());
        QStringList withoutSwap = all;
        withoutSwap.removeOne(QStringLiteral("Swap"));
        QCOMPARE(titles, withoutSwap);
    }

    // Every field of every captured kernel has its own sentence: none falls back to the generic
    // one meant for fields newer than MemLens.
    void capturedKernelsFullyDescribed_data()
    {
        QTest::addColumn<QString>("tree");
        for (const char *tree : {"linux-6.18", "linux-6.18-swap", "linux-6.1-cgroup2", "linux-6.1-swap"})
            QTest::addRow("%s", tree) << QString::fromLatin1(tree);
    }

    void capturedKernelsFullyDescribed()
    {
        QFETCH(QString, tree);
        const SystemSnapshot snapshot = Fixtures::system(tree.toLatin1().constData());
        QVERIFY(snapshot.meminfo.value);
        SystemMemoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        const QString generic = MeminfoGlossary::explanation("FutureField");
        int rows = 0;
        for (int group = 0; group < model.rowCount(); ++group) {
            const QModelIndex parent = model.index(group, 0);
            for (int row = 0; row < model.rowCount(parent); ++row) {
                const QModelIndex index = model.index(row, 0, parent);
                const QString explanation = index.data(ModelRoles::ExplanationRole).toString();
                QVERIFY2(!explanation.isEmpty() && explanation != generic, qPrintable(index.data().toString()));
                QCOMPARE(index.data(Qt::ToolTipRole).toString(), explanation);
                ++rows;
            }
        }
        QCOMPARE(rows, snapshot.meminfo.value->list().size());
    }

    void hugePagesAreCounts()
    {
        // The capture has an empty pool; a scripted one with 16 pages, 10 free.
        QList<NamedValue> fields = baseFields();
        setValue(fields, "HugePages_Total", 16);
        setValue(fields, "HugePages_Free", 10);
        SystemMemoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(withFields(fields));
        for (const char *name : {"HugePages_Total", "HugePages_Free", "HugePages_Rsvd", "HugePages_Surp"}) {
            const NamedValue *parsed = m_base.meminfo.value->find(name);
            QVERIFY2(parsed, name);
            QCOMPARE(parsed->unit, NamedValue::Unit::Number);
            const QModelIndex index = field(model, name);
            QCOMPARE(index.parent().data().toString(), QStringLiteral("Huge pages"));
            QVERIFY(!index.siblingAtColumn(SystemMemoryModel::ShareOfRamColumn).data(ModelRoles::RawValueRole).isValid());
            // The tooltip of a count explains it; it is not a byte count.
            QVERIFY(!index.siblingAtColumn(SystemMemoryModel::ValueColumn).data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("bytes")));
        }
        const QModelIndex total = field(model, "HugePages_Total").siblingAtColumn(SystemMemoryModel::ValueColumn);
        QCOMPARE(total.data(ModelRoles::RawValueRole).toLongLong(), 16);
        QCOMPARE(total.data().toString(), QStringLiteral("16"));
        QCOMPARE(field(model, "HugePages_Free").siblingAtColumn(SystemMemoryModel::ValueColumn).data().toString(), QStringLiteral("10"));
        // Hugepagesize is a size (2048 kB), not a count.
        const QModelIndex size = field(model, "Hugepagesize").siblingAtColumn(SystemMemoryModel::ValueColumn);
        QCOMPARE(size.data(ModelRoles::RawValueRole).toLongLong(), 2 * 1024 * 1024);
        QCOMPARE(size.data().toString(), ByteFormat::human(2 * 1024 * 1024));
    }

    void followsSnapshotsByDiff()
    {
        SystemMemoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        model.setSnapshot(m_base);
        const int groups = model.rowCount();
        const QModelIndex availableIndex = field(model, "MemAvailable");
        QCOMPARE(availableIndex.row(), 2); // after MemTotal and MemFree
        const QPersistentModelIndex available(availableIndex.siblingAtColumn(SystemMemoryModel::ValueColumn));
        inserted.clear();
        removed.clear();

        // 2: MemFree changes, SwapCached vanishes, a field from a newer kernel appears.
        QList<NamedValue> fields = baseFields();
        remove(fields, "SwapCached");
        setValue(fields, "MemFree", *m_base.meminfo.value->value("MemFree") - 4096);
        fields.append({"FutureField", 1024, NamedValue::Unit::Bytes});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(withFields(fields));
        QVERIFY(!field(model, "SwapCached").isValid());
        const QModelIndex future = field(model, "FutureField");
        QCOMPARE(future.parent().data().toString(), QStringLiteral("Other"));
        QCOMPARE(future.data(ModelRoles::ExplanationRole).toString(), MeminfoGlossary::explanation("FutureField"));
        QVERIFY(future.data(ModelRoles::ExplanationRole).toString().contains(QStringLiteral("does not describe")));
        QCOMPARE(future.siblingAtColumn(SystemMemoryModel::ValueColumn).data(ModelRoles::RawValueRole).toLongLong(), 1024);
        QCOMPARE(model.rowCount(), groups);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.constFirst().at(0).value<QModelIndex>().data().toString(), QStringLiteral("Swap"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.constFirst().at(0).value<QModelIndex>().data().toString(), QStringLiteral("Other"));
        QCOMPARE(inserted.constFirst().at(1).toInt(), model.rowCount(future.parent()) - 1); // appended
        QCOMPARE(changed.count(), 1); // MemFree only
        QCOMPARE(changed.constFirst().at(0).value<QModelIndex>().data(ModelRoles::KeyRole).toString(), QStringLiteral("MemFree"));
        QCOMPARE(changed.constFirst().at(1).value<QModelIndex>().row(), changed.constFirst().at(0).value<QModelIndex>().row());
        QCOMPARE(available.row(), 2);

        // 3: MemFree vanishes (MemAvailable moves up a row), SwapCached is back, FutureField changes.
        fields = baseFields();
        remove(fields, "MemFree");
        fields.append({"FutureField", 2048, NamedValue::Unit::Bytes});
        changed.clear();
        inserted.clear();
        removed.clear();
        model.setSnapshot(withFields(fields));
        QVERIFY(!field(model, "MemFree").isValid());
        QVERIFY(field(model, "SwapCached").isValid());
        QCOMPARE(field(model, "SwapCached").parent().data().toString(), QStringLiteral("Swap"));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.constFirst().at(0).value<QModelIndex>().data().toString(), QStringLiteral("RAM"));
        QCOMPARE(removed.constFirst().at(1).toInt(), 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.constFirst().at(0).value<QModelIndex>().data().toString(), QStringLiteral("Swap"));
        QCOMPARE(changed.count(), 1); // FutureField only
        QCOMPARE(changed.constFirst().at(0).value<QModelIndex>().data(ModelRoles::KeyRole).toString(), QStringLiteral("FutureField"));
        QCOMPARE(field(model, "FutureField").siblingAtColumn(SystemMemoryModel::ValueColumn).data(ModelRoles::RawValueRole).toLongLong(), 2048);

        QVERIFY(available.isValid());
        QCOMPARE(available.row(), 1);
        QCOMPARE(available.sibling(available.row(), 0).data(ModelRoles::KeyRole).toString(), QStringLiteral("MemAvailable"));
        QCOMPARE(available.data(ModelRoles::RawValueRole).toLongLong(), *m_base.meminfo.value->value("MemAvailable"));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(layouts.count(), 0);
    }

    void shareFollowsMemTotal()
    {
        SystemMemoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(m_base);
        const qint64 total = *m_base.meminfo.value->value("MemTotal");
        const qint64 memFree = *m_base.meminfo.value->value("MemFree");
        QList<NamedValue> fields = baseFields();
        setValue(fields, "MemTotal", 2 * total); // memory hot-added, or a balloon deflated
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(withFields(fields));

        // Every byte figure's share moved; the huge-page counts have no share and did not change.
        std::set<QString> bytesRows;
        for (const NamedValue &value : baseFields()) {
            if (value.unit == NamedValue::Unit::Bytes)
                bytesRows.insert(QString::fromLatin1(value.name));
        }
        QCOMPARE(ModelSpy::changedRows(changed, ModelRoles::KeyRole), bytesRows);
        // One run per group, except huge pages, where the four counts split the bytes in two.
        QCOMPARE(changed.count(), model.rowCount() + 1);
        for (const QList<QVariant> &args : std::as_const(changed)) {
            QCOMPARE(args.at(0).value<QModelIndex>().column(), 0);
            QCOMPARE(args.at(1).value<QModelIndex>().column(), SystemMemoryModel::ColumnCount - 1);
            QVERIFY(args.at(2).value<QList<int>>().contains(ModelRoles::RawValueRole));
        }
        const auto share = [&](QByteArrayView name) {
            return field(model, name).siblingAtColumn(SystemMemoryModel::ShareOfRamColumn).data(ModelRoles::RawValueRole).toDouble();
        };
        QCOMPARE(share("MemTotal"), 100.0);
        QCOMPARE(share("MemFree"), 100.0 * double(memFree) / double(2 * total));
    }

    void unchangedSnapshotEmitsNothing()
    {
        SystemMemoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(m_base);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setSnapshot(m_base);
        QCOMPARE(changed.count() + inserted.count() + removed.count(), 0);
    }

    void noMeminfoNoRows()
    {
        SystemMemoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(m_base);
        SystemSnapshot missing = m_base;
        missing.meminfo = Reading<NamedValues>::missing(QStringLiteral("gone"));
        model.setSnapshot(missing);
        QCOMPARE(model.rowCount(), 0);
        model.setSnapshot(m_base);
        QVERIFY(field(model, "MemAvailable").isValid());
        QCOMPARE(resets.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSystemMemoryModel)
#include "tst_systemmemorymodel.moc"
