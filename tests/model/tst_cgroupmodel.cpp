// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/cgroupmodel.h"
#include "model/modelroles.h"
#include "read/cgroupreader.h"
#include "support/fixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// CgroupModel on the captured cgroup v1 memory hierarchy and processes: the group tree with the
// processes as leaves, v1's missing figures shown with their reason, and scripted snapshots in
// which processes and groups come and go, applied by diff.
class TestCgroupModel : public QObject
{
    Q_OBJECT

    CgroupSnapshot m_cgroups;
    ProcessSnapshot m_processes;

    static QString leafName()
    {
        return QStringLiteral("df4270beac341f7d3eea0b58c9ec3533");
    }

    static QModelIndex child(const QAbstractItemModel &model, const QModelIndex &parent, const QString &name)
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            if (model.index(row, 0, parent).data(ModelRoles::RawValueRole).toString() == name)
                return model.index(row, 0, parent);
        }
        return {};
    }

    static QModelIndex leaf(const QAbstractItemModel &model)
    {
        return child(model, child(model, model.index(0, 0), QStringLiteral("process_api")), leafName());
    }

    // The rows of a process anywhere in the tree.
    static QModelIndexList rowsOfPid(const QAbstractItemModel &model, qint64 pid, const QModelIndex &parent = {})
    {
        QModelIndexList found;
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            if (index.data(ModelRoles::PidRole).isValid() && index.data(ModelRoles::PidRole).toLongLong() == pid)
                found.append(index);
            found += rowsOfPid(model, pid, index);
        }
        return found;
    }

    // Every row of the tree by its key (cgroup paths and process keys never collide).
    static void collect(const QAbstractItemModel &model, const QModelIndex &parent, QHash<QString, QPersistentModelIndex> &rows, int &count)
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            rows.insert(index.data(ModelRoles::KeyRole).toString(), index);
            ++count;
            collect(model, index, rows, count);
        }
    }

    static QString parentPath(const QString &path)
    {
        const qsizetype slash = path.lastIndexOf(u'/');
        return slash <= 0 ? QStringLiteral("/") : path.left(slash);
    }

    // A byte cell shows the reading: its value, or no value with the reading's reason.
    static void verifyBytes(const QModelIndex &cell, const Reading<qint64> &reading)
    {
        if (reading.value) {
            QCOMPARE(cell.data(ModelRoles::RawValueRole).toLongLong(), *reading.value);
        } else {
            QVERIFY(!cell.data(ModelRoles::RawValueRole).isValid());
            QCOMPARE(cell.data().toString(), QStringLiteral("—"));
            QCOMPARE(cell.data(ModelRoles::UnavailableReasonRole).toString(), reading.unavailableReason);
            QVERIFY(!reading.unavailableReason.isEmpty());
        }
    }

    static void verifyLimit(const QModelIndex &cell, const Reading<MemoryLimit> &reading)
    {
        if (!reading.value) {
            QVERIFY(!cell.data(ModelRoles::RawValueRole).isValid());
            QCOMPARE(cell.data(ModelRoles::UnavailableReasonRole).toString(), reading.unavailableReason);
        } else if (reading.value->unlimited) {
            QCOMPARE(cell.data().toString(), QStringLiteral("no limit"));
            QVERIFY(!cell.data(ModelRoles::RawValueRole).isValid());
        } else {
            QCOMPARE(cell.data(ModelRoles::RawValueRole).toLongLong(), reading.value->bytes);
        }
    }

    ProcessRecord newcomer(qint64 pid, const QString &cgroup) const
    {
        ProcessRecord process = *Fixtures::find(m_processes, 1170);
        process.key = {pid, 1};
        process.name = QStringLiteral("newcomer");
        process.cgroup = cgroup;
        return process;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cgroups = CgroupReader(SysRoot(Fixtures::tree("linux-6.18"))).read();
        m_processes = Fixtures::processes();
        QCOMPARE(m_cgroups.version, CgroupSnapshot::Version::V1);
        QCOMPARE(m_cgroups.cgroups.size(), 3);
    }

    // Every captured hierarchy: each group once under its parent with its figures, each process
    // once as a leaf of its group. v1 has no high, swap or pressure: a dash and the reason.
    void treeFromCapture_data()
    {
        QTest::addColumn<QString>("tree");
        QTest::addColumn<CgroupSnapshot::Version>("version");
        QTest::addRow("v1 linux-6.18") << QStringLiteral("linux-6.18") << CgroupSnapshot::Version::V1;
        QTest::addRow("v1 linux-6.18-swap") << QStringLiteral("linux-6.18-swap") << CgroupSnapshot::Version::V1;
        QTest::addRow("v2 linux-6.1-cgroup2") << QStringLiteral("linux-6.1-cgroup2") << CgroupSnapshot::Version::V2;
        QTest::addRow("v2 linux-6.1-swap") << QStringLiteral("linux-6.1-swap") << CgroupSnapshot::Version::V2;
    }

    void treeFromCapture()
    {
        QFETCH(QString, tree);
        QFETCH(CgroupSnapshot::Version, version);
        const CgroupSnapshot cgroups = CgroupReader(SysRoot(Fixtures::tree(tree.toLatin1().constData()))).read();
        const ProcessSnapshot processes = Fixtures::processes(tree.toLatin1().constData());
        CgroupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCgroups(cgroups);
        model.setProcesses(processes);
        QCOMPARE(model.version(), version);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(ModelRoles::KeyRole).toString(), QStringLiteral("/"));

        QHash<QString, QPersistentModelIndex> rows;
        int count = 0;
        collect(model, {}, rows, count);
        QCOMPARE(rows.size(), count); // no key twice
        const auto kernelThreads = std::count_if(processes.processes.cbegin(), processes.processes.cend(), [](const ProcessRecord &p) {
            return p.kernelThread;
        });
        QCOMPARE(count, cgroups.cgroups.size() + processes.processes.size() - kernelThreads); // kernel threads own no memory to show

        for (const CgroupRecord &record : cgroups.cgroups) {
            const QModelIndex group = rows.value(record.path);
            QVERIFY2(group.isValid(), qPrintable(record.path));
            QCOMPARE(group.parent().data(ModelRoles::KeyRole).toString(), record.path == u"/" ? QString() : parentPath(record.path));
            QCOMPARE(group.data(Qt::ToolTipRole).toString(), record.path);
            QVERIFY(!group.data(ModelRoles::PidRole).isValid());
            verifyBytes(group.siblingAtColumn(CgroupModel::CurrentColumn), record.current);
            verifyLimit(group.siblingAtColumn(CgroupModel::MaxColumn), record.max);
            verifyLimit(group.siblingAtColumn(CgroupModel::HighColumn), record.high);
            verifyBytes(group.siblingAtColumn(CgroupModel::SwapColumn), record.swapCurrent);
            for (const bool full : {false, true}) {
                const QModelIndex cell = group.siblingAtColumn(full ? CgroupModel::PressureFullColumn : CgroupModel::PressureSomeColumn);
                const std::optional<PressureLine> line =
                    record.pressure.value ? (full ? record.pressure.value->full : record.pressure.value->some) : std::nullopt;
                if (line)
                    QCOMPARE(cell.data(ModelRoles::RawValueRole).toDouble(), line->avg10);
                else
                    QVERIFY(!cell.data(ModelRoles::RawValueRole).isValid());
            }
            if (version == CgroupSnapshot::Version::V1) {
                for (const int column : {CgroupModel::HighColumn, CgroupModel::SwapColumn, CgroupModel::PressureSomeColumn, CgroupModel::PressureFullColumn}) {
                    const QModelIndex cell = group.siblingAtColumn(column);
                    QCOMPARE(cell.data().toString(), QStringLiteral("—"));
                    QCOMPARE(cell.data(ModelRoles::UnavailableReasonRole).toString(), QStringLiteral("cgroup v1 does not have this figure"));
                    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QStringLiteral("cgroup v1 does not have this figure"));
                }
            }
        }
        for (const ProcessRecord &process : processes.processes) {
            const QModelIndex leaf = rows.value(QStringLiteral("pid:%1:%2").arg(process.key.pid).arg(process.key.startTime));
            if (process.kernelThread) {
                QVERIFY2(!leaf.isValid(), qPrintable(process.name));
                continue;
            }
            QVERIFY2(leaf.isValid(), qPrintable(process.name));
            QCOMPARE(model.rowCount(leaf), 0);
            QCOMPARE(leaf.parent().data(ModelRoles::KeyRole).toString(), process.cgroup);
            QCOMPARE(leaf.data(ModelRoles::PidRole).toLongLong(), process.key.pid);
            QCOMPARE(leaf.data(ModelRoles::RawValueRole).toString(), process.name);
            verifyBytes(leaf.siblingAtColumn(CgroupModel::CurrentColumn), process.rss);
            for (const int column : {CgroupModel::MaxColumn, CgroupModel::HighColumn, CgroupModel::PressureSomeColumn})
                QVERIFY(!leaf.siblingAtColumn(column).data().isValid()); // a process has no limits
        }
    }

    void v1Tree()
    {
        CgroupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCgroups(m_cgroups);
        model.setProcesses(m_processes);
        QCOMPARE(model.version(), CgroupSnapshot::Version::V1);
        QVERIFY(model.unavailableReason().isEmpty());
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(root.data().toString(), QStringLiteral("/"));
        QCOMPARE(root.data(ModelRoles::KeyRole).toString(), QStringLiteral("/"));
        const QModelIndex api = child(model, root, QStringLiteral("process_api"));
        QVERIFY(api.isValid());
        QCOMPARE(api.data(Qt::ToolTipRole).toString(), QStringLiteral("/process_api"));
        QCOMPARE(model.rowCount(api), 1); // only the leaf group, no process
        const QModelIndex group = leaf(model);
        QVERIFY(group.isValid());
        QCOMPARE(group.data(ModelRoles::KeyRole).toString(), QStringLiteral("/process_api/") + leafName());
        QVERIFY(!group.data(ModelRoles::PidRole).isValid());

        QCOMPARE(model.rowCount(group), 3); // bash, the test program and its child
        QCOMPARE(rowsOfPid(model, 23160).constFirst().parent(), group);
        QVERIFY(rowsOfPid(model, 2).isEmpty()); // kthreadd: a kernel thread, not listed
        const QModelIndex odd = rowsOfPid(model, 23158).constFirst();
        QCOMPARE(odd.data().toString(), QStringLiteral("odd) (name x (23158)"));
        QCOMPARE(odd.siblingAtColumn(CgroupModel::CurrentColumn).data(ModelRoles::RawValueRole).toLongLong(), *Fixtures::find(m_processes, 23158)->rss.value);
        QVERIFY(!odd.siblingAtColumn(CgroupModel::MaxColumn).data().isValid());

        // v1 figures in bytes as memory.usage_in_bytes has them; the limit is the kernel's "no
        // limit" number, 2^63 rounded down to a page.
        QCOMPARE(root.siblingAtColumn(CgroupModel::CurrentColumn).data(ModelRoles::RawValueRole).toLongLong(), 42295296);
        QCOMPARE(api.siblingAtColumn(CgroupModel::CurrentColumn).data(ModelRoles::RawValueRole).toLongLong(), 193097728);
        QCOMPARE(group.siblingAtColumn(CgroupModel::CurrentColumn).data(ModelRoles::RawValueRole).toLongLong(), 73375744);
        for (const QModelIndex &index : {root, api, group}) {
            QCOMPARE(index.siblingAtColumn(CgroupModel::MaxColumn).data().toString(), QStringLiteral("no limit"));
            QVERIFY(!index.siblingAtColumn(CgroupModel::MaxColumn).data(ModelRoles::RawValueRole).isValid());
        }
    }

    void v2TreeWithPressure()
    {
        CgroupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCgroups(CgroupReader(SysRoot(Fixtures::tree("linux-6.1-cgroup2"))).read());
        model.setProcesses(Fixtures::processes("linux-6.1-cgroup2"));
        QCOMPARE(model.version(), CgroupSnapshot::Version::V2);
        const QModelIndex foo = child(model, child(model, model.index(0, 0), QStringLiteral("system.slice")), QStringLiteral("foo.service"));
        QCOMPARE(foo.siblingAtColumn(CgroupModel::HighColumn).data(ModelRoles::RawValueRole).toLongLong(), 20971520);
        QCOMPARE(foo.siblingAtColumn(CgroupModel::MaxColumn).data(ModelRoles::RawValueRole).toLongLong(), 268435456);
        QCOMPARE(foo.siblingAtColumn(CgroupModel::PressureSomeColumn).data(ModelRoles::RawValueRole).toDouble(), 16.66);
        QCOMPARE(foo.siblingAtColumn(CgroupModel::SwapColumn).data(ModelRoles::RawValueRole).toLongLong(), 0);
        QVERIFY(child(model, foo, QStringLiteral("toucher")).isValid());
        QVERIFY(child(model, child(model, model.index(0, 0), QStringLiteral("user.slice")), QStringLiteral("sleep")).isValid());
        // The root has no memory.current: a dash with the kernel's reason, not a zero.
        QVERIFY(!model.index(0, CgroupModel::CurrentColumn).data(ModelRoles::RawValueRole).isValid());
        QVERIFY(!model.index(0, CgroupModel::CurrentColumn).data(ModelRoles::UnavailableReasonRole).toString().isEmpty());
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
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setCgroups(m_cgroups);
        model.setProcesses(m_processes);
        const QPersistentModelIndex persistentLeaf(leaf(model));
        const QPersistentModelIndex bash(rowsOfPid(model, 1170).constFirst());
        QCOMPARE(model.rowCount(persistentLeaf), 3);
        inserted.clear();
        removed.clear();

        // 2: the child ends; a process starts in a group created after the groups were read
        // (placed under the nearest known ancestor); bash's RSS grows.
        const QString unread = QStringLiteral("/process_api/") + leafName() + QStringLiteral("/not-yet-read");
        ProcessSnapshot second = m_processes;
        second.processes.removeIf([](const ProcessRecord &p) {
            return p.key.pid == 23160;
        });
        second.processes.append(newcomer(50000, unread));
        for (ProcessRecord &process : second.processes) {
            if (process.key.pid == 1170)
                process.rss.value = *process.rss.value + 4096;
        }
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setProcesses(second);
        QVERIFY(rowsOfPid(model, 23160).isEmpty());
        QCOMPARE(rowsOfPid(model, 50000).size(), 1);
        QCOMPARE(rowsOfPid(model, 50000).constFirst().parent(), QModelIndex(persistentLeaf));
        QCOMPARE(model.rowCount(persistentLeaf), 3);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.constFirst().at(0).value<QModelIndex>(), QModelIndex(persistentLeaf));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.constFirst().at(0).value<QModelIndex>(), QModelIndex(persistentLeaf));
        QCOMPARE(changed.count(), 1); // bash only: group figures come from the cgroup files
        QCOMPARE(changed.constFirst().at(0).value<QModelIndex>().data(ModelRoles::PidRole).toLongLong(), 1170);
        QCOMPARE(QModelIndex(bash).siblingAtColumn(CgroupModel::CurrentColumn).data(ModelRoles::RawValueRole).toLongLong(),
                 *Fixtures::find(m_processes, 1170)->rss.value + 4096);

        // 3: the group is read now: the newcomer moves into it; the test program ends.
        CgroupSnapshot withNewGroup = m_cgroups;
        CgroupRecord record = withNewGroup.cgroups.constLast();
        record.path = unread;
        withNewGroup.cgroups.append(record);
        model.setCgroups(withNewGroup);
        const QModelIndex newGroup = child(model, persistentLeaf, QStringLiteral("not-yet-read"));
        QVERIFY(newGroup.isValid());
        QCOMPARE(rowsOfPid(model, 50000).constFirst().parent(), newGroup);
        QCOMPARE(rowsOfPid(model, 50000).size(), 1);
        second.processes.removeIf([](const ProcessRecord &p) {
            return p.key.pid == 23158;
        });
        model.setProcesses(second);
        QVERIFY(rowsOfPid(model, 23158).isEmpty());
        QCOMPARE(model.rowCount(persistentLeaf), 2); // bash and the new group

        // 4: back to the capture.
        model.setCgroups(m_cgroups);
        model.setProcesses(m_processes);
        QVERIFY(rowsOfPid(model, 50000).isEmpty());
        QCOMPARE(model.rowCount(persistentLeaf), 3);
        QVERIFY(persistentLeaf.isValid());
        QCOMPARE(persistentLeaf.data(ModelRoles::KeyRole).toString(), QStringLiteral("/process_api/") + leafName());
        QVERIFY(bash.isValid());
        QCOMPARE(bash.data(ModelRoles::PidRole).toLongLong(), 1170);
        QCOMPARE(resets.count(), 0);
    }

    void noCgroupsNoRows()
    {
        CgroupModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCgroups(m_cgroups);
        model.setProcesses(m_processes);
        CgroupSnapshot none;
        none.unavailableReason = QStringLiteral("no memory controller");
        model.setCgroups(none);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.version(), CgroupSnapshot::Version::None);
        QCOMPARE(model.unavailableReason(), QStringLiteral("no memory controller"));
    }
};

QTEST_GUILESS_MAIN(TestCgroupModel)
#include "tst_cgroupmodel.moc"
