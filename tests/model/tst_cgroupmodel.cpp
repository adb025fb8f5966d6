#include "model/cgroupmodel.h"
#include "model/modelroles.h"
#include "read/cgroupreader.h"
#include "support/fixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestCgroupModel : public QObject
{
    Q_OBJECT

    static QModelIndex child(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            if (model.index(row, 0, parent).data(ModelRoles::RawValueRole).toString() == name)
                return model.index(row, 0, parent);
        }
        return {};
    }

private Q_SLOTS:
    void v1Tree()
    {
        CgroupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCgroups(CgroupReader(SysRoot(Fixtures::tree("linux-6.18"))).read());
        model.setProcesses(Fixtures::processes());
        QCOMPARE(model.version(), CgroupSnapshot::Version::V1);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(root.data().toString(), QStringLiteral("/"));
        const QModelIndex api = child(model, root, QStringLiteral("process_api"));
        const QModelIndex leaf = child(model, api, QStringLiteral("df4270beac341f7d3eea0b58c9ec3533"));
        QVERIFY(leaf.isValid());
        // Every captured process lives in the leaf group (kernel threads sit in "/").
        QVERIFY(child(model, leaf, QStringLiteral("odd) (name x")).isValid());
        QVERIFY(child(model, leaf, QStringLiteral("bash")).isValid());
        QVERIFY(child(model, root, QStringLiteral("kthreadd")).isValid());

        QCOMPARE(leaf.siblingAtColumn(CgroupModel::MaxColumn).data().toString(), QStringLiteral("no limit"));
        QVERIFY(leaf.siblingAtColumn(CgroupModel::CurrentColumn).data(ModelRoles::RawValueRole).toLongLong() > 0);
        const QModelIndex pressure = leaf.siblingAtColumn(CgroupModel::PressureSomeColumn);
        QCOMPARE(pressure.data().toString(), QStringLiteral("—"));
        QCOMPARE(pressure.data(ModelRoles::UnavailableReasonRole).toString(), QStringLiteral("cgroup v1 does not have this figure"));
        QVERIFY(!pressure.data(ModelRoles::RawValueRole).isValid());
    }

    void numericLimit()
    {
        CgroupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCgroups(CgroupReader(SysRoot(Fixtures::tree("linux-6.18-swap"))).read());
        model.setProcesses(Fixtures::processes("linux-6.18-swap"));
        const QModelIndex group = child(model, model.index(0, 0), QStringLiteral("memlens-swap"));
        QCOMPARE(group.siblingAtColumn(CgroupModel::MaxColumn).data(ModelRoles::RawValueRole).toLongLong(), qint64(16) * 1024 * 1024);
        const QModelIndex hog = child(model, group, QStringLiteral("hog"));
        QCOMPARE(hog.siblingAtColumn(CgroupModel::SwapColumn).data(ModelRoles::RawValueRole).toLongLong(), qint64(25152) * 1024);
        QCOMPARE(hog.data(ModelRoles::PidRole).toLongLong(), 31927);
    }

    void processesComeAndGo()
    {
        CgroupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setCgroups(CgroupReader(SysRoot(Fixtures::tree("linux-6.18"))).read());
        const ProcessSnapshot base = Fixtures::processes();
        model.setProcesses(base);
        const QModelIndex leaf =
            child(model, child(model, model.index(0, 0), QStringLiteral("process_api")), QStringLiteral("df4270beac341f7d3eea0b58c9ec3533"));
        const QPersistentModelIndex persistentLeaf(leaf);
        const int before = model.rowCount(leaf);

        ProcessSnapshot next = base;
        next.processes.removeIf([](const ProcessRecord &p) {
            return p.key.pid == 23160;
        });
        ProcessRecord newcomer = *Fixtures::find(base, 1170);
        newcomer.key = {50000, 1};
        newcomer.name = QStringLiteral("newcomer");
        newcomer.cgroup = QStringLiteral("/process_api/df4270beac341f7d3eea0b58c9ec3533/not-yet-read"); // placed under the nearest known group
        next.processes.append(newcomer);
        model.setProcesses(next);
        QCOMPARE(model.rowCount(leaf), before);
        QVERIFY(child(model, leaf, QStringLiteral("newcomer")).isValid());

        model.setProcesses(base);
        QVERIFY(!child(model, leaf, QStringLiteral("newcomer")).isValid());
        QVERIFY(persistentLeaf.isValid());
        QCOMPARE(resets.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCgroupModel)
#include "tst_cgroupmodel.moc"
