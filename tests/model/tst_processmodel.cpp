#include "model/modelroles.h"
#include "model/processmodel.h"
#include "support/fixtures.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

// ProcessModel on scripted snapshot sequences built from the captured 6.18 tree: processes
// appear, vanish, change and have their pid reused, and the model follows by diff.
class TestProcessModel : public QObject
{
    Q_OBJECT

    ProcessSnapshot m_base;

    // The base snapshot with some pids removed and some records added.
    ProcessSnapshot variant(const QList<qint64> &without, const QList<ProcessRecord> &extra = {}) const
    {
        ProcessSnapshot snapshot = m_base;
        snapshot.processes.removeIf([&](const ProcessRecord &p) {
            return without.contains(p.key.pid);
        });
        snapshot.processes.append(extra);
        return snapshot;
    }

    ProcessRecord newProcess(qint64 pid, qint64 ppid, quint64 startTime) const
    {
        ProcessRecord process = *Fixtures::find(m_base, 1170);
        process.key = {pid, startTime};
        process.ppid = ppid;
        process.name = QStringLiteral("new-%1").arg(pid);
        return process;
    }

    static QModelIndex rowOfPid(const QAbstractItemModel &model, qint64 pid, const QModelIndex &parent = {})
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            if (index.data(ModelRoles::PidRole).toLongLong() == pid)
                return index;
            const QModelIndex inChild = rowOfPid(model, pid, index);
            if (inChild.isValid())
                return inChild;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_base = Fixtures::processes();
        QCOMPARE(m_base.processes.size(), 5); // 1, 2, 1170, 23158, 23160
    }

    void appearAndVanish_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addRow("flat") << int(ProcessModel::Layout::Flat);
        QTest::addRow("tree") << int(ProcessModel::Layout::TreeByParent);
    }

    void appearAndVanish()
    {
        QFETCH(int, layout);
        ProcessModel model{ProcessModel::Layout(layout)};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        model.setSnapshot(m_base);
        QVERIFY(rowOfPid(model, 23160).isValid());

        // 2: the child 23160 ends, a new process 40000 starts under bash.
        model.setSnapshot(variant({23160}, {newProcess(40000, 1170, 999)}));
        QVERIFY(!rowOfPid(model, 23160).isValid());
        QVERIFY(rowOfPid(model, 40000).isValid());

        // 3: 23158 ends, 40000 ends and its pid is reused by another process (other start time).
        model.setSnapshot(variant({23158, 23160}, {newProcess(40000, 1, 5000)}));
        QVERIFY(!rowOfPid(model, 23158).isValid());
        const QModelIndex reused = rowOfPid(model, 40000);
        QVERIFY(reused.isValid());
        QCOMPARE(reused.data(ModelRoles::KeyRole).toString(), QStringLiteral("40000:5000"));

        // 4: back to the start.
        model.setSnapshot(m_base);
        QVERIFY(!rowOfPid(model, 40000).isValid());
        QVERIFY(rowOfPid(model, 23160).isValid());
        QCOMPARE(resets.count(), 0);
    }

    void treeFollowsParents()
    {
        ProcessModel model{ProcessModel::Layout::TreeByParent};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(m_base);
        // In the capture, 23160 is the child of 23158, whose parent 1170 is in the tree too.
        const QModelIndex child = rowOfPid(model, 23160);
        QCOMPARE(child.parent().data(ModelRoles::PidRole).toLongLong(), 23158);
        QCOMPARE(model.rowCount(), 3); // 1, 2 and 1170 have no parent in the snapshot

        // When the parent ends, its child is re-parented: it becomes a top-level row.
        ProcessSnapshot orphaned = variant({23158});
        model.setSnapshot(orphaned);
        QVERIFY(!rowOfPid(model, 23160).parent().isValid());
    }

    void persistentIndexAndSelectionSurvive()
    {
        ProcessModel model{ProcessModel::Layout::Flat};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(m_base);
        QItemSelectionModel selection(&model);
        const QModelIndex bash = rowOfPid(model, 1170);
        selection.select(bash, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        selection.setCurrentIndex(bash, QItemSelectionModel::NoUpdate);
        const QPersistentModelIndex persistent(bash.siblingAtColumn(ProcessModel::RssColumn));

        // Rows before it vanish (pids 1 and 2 sort first), bash's RSS changes.
        ProcessSnapshot next = variant({1, 2});
        for (ProcessRecord &process : next.processes) {
            if (process.key.pid == 1170)
                process.rss.value = *process.rss.value + 4096;
        }
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(next);

        QVERIFY(persistent.isValid());
        QCOMPARE(persistent.sibling(persistent.row(), 0).data(ModelRoles::PidRole).toLongLong(), 1170);
        QCOMPARE(persistent.data(ModelRoles::RawValueRole).toLongLong(), *Fixtures::find(m_base, 1170)->rss.value + 4096);
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().constFirst().data(ModelRoles::PidRole).toLongLong(), 1170);
        QCOMPARE(selection.currentIndex().data(ModelRoles::PidRole).toLongLong(), 1170);
        // Only bash changed: one dataChanged, for its row alone.
        QCOMPARE(changed.count(), 1);
        const auto topLeft = changed.constFirst().at(0).value<QModelIndex>();
        const auto bottomRight = changed.constFirst().at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), persistent.row());
        QCOMPARE(bottomRight.row(), persistent.row());
    }

    void unavailableIsNotZero()
    {
        ProcessModel model{ProcessModel::Layout::Flat};
        model.setSnapshot(m_base);
        // pid 2 is kthreadd: no user memory, so PSS and RSS are a dash with the reason, no value.
        const QModelIndex kthread = rowOfPid(model, 2);
        for (const int column : {ProcessModel::RssColumn, ProcessModel::PssColumn, ProcessModel::UssColumn}) {
            const QModelIndex cell = kthread.siblingAtColumn(column);
            QVERIFY(!cell.data(ModelRoles::RawValueRole).isValid());
            QCOMPARE(cell.data(Qt::DisplayRole).toString(), QStringLiteral("—"));
            QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("kernel thread")));
        }
        // pid 1's smaps_rollup was unreadable even to root when captured (not in the tree).
        const QModelIndex init = rowOfPid(model, 1);
        QVERIFY(init.siblingAtColumn(ProcessModel::RssColumn).data(ModelRoles::RawValueRole).toLongLong() > 0);
        QVERIFY(!init.siblingAtColumn(ProcessModel::PssColumn).data(ModelRoles::RawValueRole).isValid());
        QVERIFY(!init.siblingAtColumn(ProcessModel::PssColumn).data(ModelRoles::UnavailableReasonRole).toString().isEmpty());
    }

    void figuresAndFilterText()
    {
        ProcessModel model{ProcessModel::Layout::Flat};
        model.setSnapshot(m_base);
        const QModelIndex odd = rowOfPid(model, 23158);
        const ProcessRecord &record = *Fixtures::find(m_base, 23158);
        QCOMPARE(odd.siblingAtColumn(ProcessModel::NameColumn).data().toString(), QStringLiteral("odd) (name x"));
        QCOMPARE(odd.siblingAtColumn(ProcessModel::PssColumn).data(ModelRoles::RawValueRole).toLongLong(), *record.pss());
        QCOMPARE(odd.siblingAtColumn(ProcessModel::UssColumn).data(ModelRoles::RawValueRole).toLongLong(),
                 *record.smaps.value->value(SmapsCounters::PrivateClean) + *record.smaps.value->value(SmapsCounters::PrivateDirty));
        QVERIFY(odd.siblingAtColumn(ProcessModel::RssColumn).data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("bytes")));
        const QString filterText = odd.data(ModelRoles::FilterTextRole).toString();
        QVERIFY(filterText.contains(QStringLiteral("arg with space")));
        QVERIFY(filterText.contains(QStringLiteral("/process_api/")));
    }
};

QTEST_GUILESS_MAIN(TestProcessModel)
#include "tst_processmodel.moc"
