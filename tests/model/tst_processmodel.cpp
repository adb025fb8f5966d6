// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/modelroles.h"
#include "model/processgrouping.h"
#include "model/processmodel.h"
#include "support/fixtures.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <set>

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

    // The group row of a grouped layout whose label is `label`, or invalid.
    static QModelIndex groupRow(const QAbstractItemModel &model, const QString &label)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, ProcessModel::NameColumn);
            if (index.data(ModelRoles::GroupRole).toBool() && index.data().toString() == label)
                return index.siblingAtColumn(0);
        }
        return {};
    }

    static void addLayoutRows()
    {
        QTest::addColumn<int>("layout");
        QTest::addRow("flat") << int(ProcessModel::Layout::Flat);
        QTest::addRow("tree") << int(ProcessModel::Layout::TreeByParent);
        QTest::addRow("by application") << int(ProcessModel::Layout::ByApplication);
        QTest::addRow("by user") << int(ProcessModel::Layout::ByUser);
    }

    // A member's figure for a summed column, read from the record's fields, not through the
    // model: what the group's sum is checked against.
    static std::optional<qint64> recordFigure(const ProcessRecord &process, int column)
    {
        switch (column) {
        case ProcessModel::RssColumn:
            return process.rss.value;
        case ProcessModel::PssColumn:
            return process.pss();
        case ProcessModel::UssColumn:
            return process.uss();
        case ProcessModel::SwapColumn:
            return process.swap.value;
        case ProcessModel::SharedColumn:
            return process.shared();
        case ProcessModel::AnonHugePagesColumn:
            return process.anonHugePages();
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_base = Fixtures::processes();
        QCOMPARE(m_base.processes.size(), 5); // 1, 2, 1170, 23158, 23160
    }

    void appearAndVanish_data()
    {
        addLayoutRows();
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
        // The exact figure, then when it was read (incremental sampling keeps older readings).
        const QStringList rssTip = odd.siblingAtColumn(ProcessModel::RssColumn).data(Qt::ToolTipRole).toString().split(u'\n');
        QCOMPARE(rssTip.size(), 2);
        QVERIFY(rssTip[0].endsWith(QStringLiteral("bytes")));
        QCOMPARE(rssTip[1], QStringLiteral("Read at ") + QLocale().toString(QDateTime::fromMSecsSinceEpoch(record.readAtMs).time(), QLocale::LongFormat));
        const QString filterText = odd.data(ModelRoles::FilterTextRole).toString();
        QVERIFY(filterText.contains(QStringLiteral("arg with space")));
        QVERIFY(filterText.contains(QStringLiteral("/process_api/")));
    }

    // A name and command of another user's choosing: shown with their control and bidi characters
    // visible, so that an override cannot reorder the row or a tooltip; exact as the raw value.
    void hostileNamesAreShownEscaped()
    {
        ProcessSnapshot hostile = m_base;
        for (ProcessRecord &process : hostile.processes) {
            if (process.key.pid == 23158) {
                process.name = QStringLiteral("evil\u202etxt.exe\x1b[2J");
                process.commandLine = {QStringLiteral("\x1b]0;pwned\x07"), QStringLiteral("a\rb")};
            }
        }
        ProcessModel model{ProcessModel::Layout::Flat};
        model.setSnapshot(hostile);
        const QModelIndex row = rowOfPid(model, 23158);
        QCOMPARE(row.siblingAtColumn(ProcessModel::NameColumn).data().toString(), QStringLiteral("evil\\u202etxt.exe\\x1b[2J"));
        QCOMPARE(row.siblingAtColumn(ProcessModel::NameColumn).data(ModelRoles::RawValueRole).toString(), QStringLiteral("evil\u202etxt.exe\x1b[2J"));
        const QModelIndex command = row.siblingAtColumn(ProcessModel::CommandColumn);
        QCOMPARE(command.data().toString(), QStringLiteral("\\x1b]0;pwned\\x07 a\\x0db"));
        QCOMPARE(command.data(Qt::ToolTipRole).toString(), command.data().toString());
    }

    void applicationOf_data()
    {
        QTest::addColumn<QStringList>("commandLine");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("application");
        QTest::addRow("path") << QStringList{QStringLiteral("/usr/bin/bash"), QStringLiteral("-l")} << QStringLiteral("bash") << QStringLiteral("bash");
        QTest::addRow("bare name") << QStringList{QStringLiteral("sleep"), QStringLiteral("100")} << QStringLiteral("sleep") << QStringLiteral("sleep");
        QTest::addRow("space in path") << QStringList{QStringLiteral("./odd prog"), QStringLiteral("--flag")} << QStringLiteral("odd) (name x")
                                       << QStringLiteral("odd prog");
        QTest::addRow("login shell") << QStringList{QStringLiteral("-bash")} << QStringLiteral("bash") << QStringLiteral("bash");
        QTest::addRow("rewritten title") << QStringList{QStringLiteral("sshd: alice@pts/0")} << QStringLiteral("sshd") << QStringLiteral("sshd");
        QTest::addRow("title with colons") << QStringList{QStringLiteral("postgres: 15/main: checkpointer")} << QStringLiteral("postgres")
                                           << QStringLiteral("postgres");
        QTest::addRow("joined arguments") << QStringList{QStringLiteral("/opt/google/chrome/chrome --type=renderer --dir=/a/b")} << QStringLiteral("chrome")
                                          << QStringLiteral("chrome");
        QTest::addRow("no command line") << QStringList{} << QStringLiteral("zombie") << QStringLiteral("zombie");
        QTest::addRow("directory only") << QStringList{QStringLiteral("/usr/bin/")} << QStringLiteral("task") << QStringLiteral("task");
    }

    void applicationOf()
    {
        QFETCH(QStringList, commandLine);
        QFETCH(QString, name);
        QFETCH(QString, application);
        ProcessRecord process;
        process.commandLine = commandLine;
        process.name = name;
        QCOMPARE(ProcessGrouping::applicationOf(process).toString(), application);
    }

    void groupsSumTheirMembers_data()
    {
        QTest::addColumn<QString>("tree");
        QTest::addColumn<int>("layout");
        for (const char *tree : {"linux-6.18", "linux-6.1-swap", "linux-6.1-cgroup2"}) {
            QTest::addRow("%s by application", tree) << QString::fromLatin1(tree) << int(ProcessModel::Layout::ByApplication);
            QTest::addRow("%s by user", tree) << QString::fromLatin1(tree) << int(ProcessModel::Layout::ByUser);
        }
    }

    // Every process is a member of exactly one group, the one its label names, with the figures
    // it has in the flat layout; every group's sums are its members' figures added up, or none.
    void groupsSumTheirMembers()
    {
        QFETCH(QString, tree);
        QFETCH(int, layout);
        const ProcessSnapshot snapshot = Fixtures::processes(tree.toLatin1().constData());
        ProcessModel model{ProcessModel::Layout(layout)};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        ProcessModel flat{ProcessModel::Layout::Flat};
        flat.setSnapshot(snapshot);

        std::set<qint64> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex group = model.index(row, 0);
            QVERIFY(group.data(ModelRoles::GroupRole).toBool());
            QVERIFY(!group.data(ModelRoles::PidRole).isValid());
            const QString label = group.siblingAtColumn(ProcessModel::NameColumn).data().toString();
            QVERIFY(group.data(ModelRoles::FilterTextRole).toString().contains(label));
            const int count = model.rowCount(group);
            QVERIFY(count > 0);
            QCOMPARE(group.siblingAtColumn(ProcessModel::CommandColumn).data().toString(), tr("%n processes", nullptr, count));

            QList<const ProcessRecord *> members;
            bool allKernelThreads = true;
            for (int m = 0; m < count; ++m) {
                const QModelIndex member = model.index(m, 0, group);
                QVERIFY(!member.data(ModelRoles::GroupRole).toBool());
                QCOMPARE(model.rowCount(member), 0);
                const qint64 pid = member.data(ModelRoles::PidRole).toLongLong();
                QVERIFY2(seen.insert(pid).second, "a process is in two groups");
                const ProcessRecord *record = Fixtures::find(snapshot, pid);
                QVERIFY(record);
                members.append(record);
                allKernelThreads = allKernelThreads && record->kernelThread;
                QString expectedLabel = record->user;
                if (ProcessModel::Layout(layout) == ProcessModel::Layout::ByApplication)
                    expectedLabel = record->kernelThread ? QStringLiteral("Kernel threads") : ProcessGrouping::applicationOf(*record).toString();
                QCOMPARE(label, expectedLabel);

                // A member is the flat layout's row, role for role.
                const QModelIndex flatRow = rowOfPid(flat, pid);
                for (int column = 0; column < ProcessModel::ColumnCount; ++column) {
                    for (const int role : {int(Qt::DisplayRole),
                                           int(Qt::ToolTipRole),
                                           int(Qt::TextAlignmentRole),
                                           int(ModelRoles::RawValueRole),
                                           int(ModelRoles::UnavailableReasonRole),
                                           int(ModelRoles::FilterTextRole),
                                           int(ModelRoles::PidRole),
                                           int(ModelRoles::KeyRole),
                                           int(ModelRoles::KernelThreadRole),
                                           int(ModelRoles::GroupRole)}) {
                        QCOMPARE(member.siblingAtColumn(column).data(role), flatRow.siblingAtColumn(column).data(role));
                    }
                }
            }
            QCOMPARE(group.data(ModelRoles::KernelThreadRole).toBool(), allKernelThreads);

            for (const int column : {ProcessModel::RssColumn,
                                     ProcessModel::PssColumn,
                                     ProcessModel::UssColumn,
                                     ProcessModel::SwapColumn,
                                     ProcessModel::SharedColumn,
                                     ProcessModel::AnonHugePagesColumn}) {
                qint64 sum = 0;
                int known = 0;
                int unreadable = 0;
                for (const ProcessRecord *member : std::as_const(members)) {
                    if (const std::optional<qint64> bytes = recordFigure(*member, column)) {
                        sum += *bytes;
                        ++known;
                    } else if (!member->kernelThread) {
                        ++unreadable;
                    }
                }
                const QModelIndex cell = group.siblingAtColumn(column);
                if (unreadable > 0) {
                    QVERIFY(!cell.data(ModelRoles::RawValueRole).isValid());
                    QCOMPARE(cell.data().toString(), QStringLiteral("—"));
                    QVERIFY2(cell.data(ModelRoles::UnavailableReasonRole).toString().contains(QStringLiteral("%1 of %2").arg(unreadable).arg(count)),
                             qPrintable(cell.data(ModelRoles::UnavailableReasonRole).toString()));
                } else if (known == 0) {
                    QVERIFY(!cell.data(ModelRoles::RawValueRole).isValid());
                    QVERIFY(!cell.data(ModelRoles::UnavailableReasonRole).toString().isEmpty());
                } else {
                    QCOMPARE(cell.data(ModelRoles::RawValueRole).toLongLong(), sum);
                    QVERIFY(cell.data(ModelRoles::UnavailableReasonRole).toString().isEmpty());
                }
            }
            for (const int column : {ProcessModel::OomScoreColumn, ProcessModel::OomScoreAdjColumn}) {
                const QModelIndex cell = group.siblingAtColumn(column);
                QVERIFY(!cell.data(ModelRoles::RawValueRole).isValid());
                QCOMPARE(cell.data(ModelRoles::UnavailableReasonRole).toString(), QStringLiteral("not defined for a group"));
            }
            QVERIFY(!group.siblingAtColumn(ProcessModel::PidColumn).data().isValid());
        }
        QCOMPARE(seen.size(), size_t(snapshot.processes.size()));
    }

    // The sums written out in bytes from the captured files, so a mistake shared by the model and
    // the check above still fails here.
    void exactTotals()
    {
        ProcessModel byApplication{ProcessModel::Layout::ByApplication};
        byApplication.setSnapshot(m_base);
        QCOMPARE(byApplication.rowCount(), 4); // process_api, Kernel threads, bash, odd prog
        const QModelIndex odd = groupRow(byApplication, QStringLiteral("odd prog"));
        QVERIFY(odd.isValid());
        QCOMPARE(byApplication.rowCount(odd), 2); // 23158 and its child 23160
        const auto raw = [](const QModelIndex &group, int column) {
            return group.siblingAtColumn(column).data(ModelRoles::RawValueRole);
        };
        QCOMPARE(raw(odd, ProcessModel::RssColumn).toLongLong(), (13432 + 12748) * 1024LL);
        QCOMPARE(raw(odd, ProcessModel::PssColumn).toLongLong(), (6368 + 6260) * 1024LL);
        QCOMPARE(raw(odd, ProcessModel::UssColumn).toLongLong(), (4 + 32 + 0 + 32) * 1024LL);
        QCOMPARE(raw(odd, ProcessModel::SharedColumn).toLongLong(), (5144 + 8252 + 4464 + 8252) * 1024LL);
        QCOMPARE(raw(odd, ProcessModel::SwapColumn).toLongLong(), 0);
        QCOMPARE(odd.siblingAtColumn(ProcessModel::UserColumn).data().toString(), Fixtures::find(m_base, 23158)->user);
        QCOMPARE(odd.siblingAtColumn(ProcessModel::CommandColumn).data().toString(), QStringLiteral("2 processes"));
        QCOMPARE(odd.siblingAtColumn(ProcessModel::NameColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("2 processes"));
        QCOMPARE(odd.data(ModelRoles::KeyRole).toString(), QStringLiteral("group:odd prog"));
        QVERIFY(!odd.data(ModelRoles::KernelThreadRole).toBool());
        QVERIFY(odd.siblingAtColumn(ProcessModel::PssColumn).data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("bytes")));

        // Kernel threads have no figures to add: their group has none either, with their reason.
        const QModelIndex kernel = groupRow(byApplication, QStringLiteral("Kernel threads"));
        QVERIFY(kernel.data(ModelRoles::KernelThreadRole).toBool());
        QVERIFY(!raw(kernel, ProcessModel::RssColumn).isValid());
        QVERIFY(kernel.siblingAtColumn(ProcessModel::RssColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("kernel thread")));

        // On 6.1-swap, uid 1000's sleep is a group of its own, and swap adds up across root's.
        // RSS and swap come from smaps_rollup's page walk where it was read (it differs from
        // status's VmRSS in this capture).
        const ProcessSnapshot swap = Fixtures::processes("linux-6.1-swap");
        ProcessModel byUser{ProcessModel::Layout::ByUser};
        byUser.setSnapshot(swap);
        QCOMPARE(byUser.rowCount(), 2);
        const QModelIndex root = groupRow(byUser, Fixtures::find(swap, 1)->user); // the capture has no passwd: "0"
        QCOMPARE(byUser.rowCount(root), 5); // 1, 2, 101, 102, 108
        QCOMPARE(raw(root, ProcessModel::RssColumn).toLongLong(), (1736 + 21180 + 20696 + 22088) * 1024LL);
        QCOMPARE(raw(root, ProcessModel::PssColumn).toLongLong(), (796 + 10656 + 20692 + 11568) * 1024LL);
        QCOMPARE(raw(root, ProcessModel::SwapColumn).toLongLong(), 29156 * 1024LL);
        const QModelIndex other = byUser.index(root.row() == 0 ? 1 : 0, 0);
        QCOMPARE(byUser.rowCount(other), 1);
        QCOMPARE(other.siblingAtColumn(ProcessModel::NameColumn).data().toString(), Fixtures::find(swap, 103)->user);
        QCOMPARE(raw(other, ProcessModel::PssColumn).toLongLong(), 510 * 1024LL);
    }

    void unreadableMemberMakesNoSum()
    {
        // 6.18: pid 1's smaps_rollup was unreadable, so root's PSS, USS and Shared have no sum;
        // RSS and swap come from status, readable for all, and kthreadd adds nothing.
        ProcessModel byUser{ProcessModel::Layout::ByUser};
        byUser.setSnapshot(m_base);
        QCOMPARE(byUser.rowCount(), 1);
        const QModelIndex root = byUser.index(0, 0);
        QCOMPARE(byUser.rowCount(root), 5);
        const QModelIndex pss = root.siblingAtColumn(ProcessModel::PssColumn);
        QVERIFY(!pss.data(ModelRoles::RawValueRole).isValid());
        QCOMPARE(pss.data().toString(), QStringLiteral("—"));
        const QString reason = pss.data(ModelRoles::UnavailableReasonRole).toString();
        QVERIFY2(reason.contains(QStringLiteral("1 of 5 processes")), qPrintable(reason));
        QVERIFY2(reason.contains(Fixtures::find(m_base, 1)->smaps.unavailableReason), qPrintable(reason));
        QCOMPARE(pss.data(Qt::ToolTipRole).toString(), reason);
        QCOMPARE(root.siblingAtColumn(ProcessModel::RssColumn).data(ModelRoles::RawValueRole).toLongLong(), (10460 + 4156 + 13432 + 12748) * 1024LL);

        // Another user's process, its smaps denied: its application's group refuses to sum.
        ProcessSnapshot denied = m_base;
        for (ProcessRecord &process : denied.processes) {
            if (process.key.pid == 23160)
                process.smaps = Reading<SmapsCounters>::missing(QStringLiteral("permission denied reading /proc/23160/smaps_rollup"));
        }
        ProcessModel byApplication{ProcessModel::Layout::ByApplication};
        byApplication.setSnapshot(denied);
        const QModelIndex odd = groupRow(byApplication, QStringLiteral("odd prog"));
        for (const int column : {ProcessModel::PssColumn, ProcessModel::UssColumn, ProcessModel::SharedColumn}) {
            const QModelIndex cell = odd.siblingAtColumn(column);
            QVERIFY(!cell.data(ModelRoles::RawValueRole).isValid());
            QCOMPARE(cell.data(ModelRoles::UnavailableReasonRole).toString(),
                     QStringLiteral("unreadable for 1 of 2 processes, so no sum: permission denied reading /proc/23160/smaps_rollup"));
        }
        QCOMPARE(odd.siblingAtColumn(ProcessModel::RssColumn).data(ModelRoles::RawValueRole).toLongLong(), (13432 + 12748) * 1024LL);
    }

    void groupKeysStable_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<QString>("label");
        QTest::addRow("by application") << int(ProcessModel::Layout::ByApplication) << QStringLiteral("odd prog");
        QTest::addRow("by user") << int(ProcessModel::Layout::ByUser) << QStringLiteral("0"); // uid 0: the capture has no passwd
    }

    // Across refreshes a group row stays the same row: persistent indexes on it and on its members
    // survive, a vanished member leaves it, a new process joins it, and only an empty group goes.
    void groupKeysStable()
    {
        QFETCH(int, layout);
        QFETCH(QString, label);
        ProcessModel model{ProcessModel::Layout(layout)};
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(m_base);
        const QPersistentModelIndex group = groupRow(model, label);
        QVERIFY(group.isValid());
        const int members = model.rowCount(group);
        const QPersistentModelIndex parent = rowOfPid(model, 23158).siblingAtColumn(ProcessModel::PssColumn);
        QCOMPARE(parent.parent(), QModelIndex(group));

        // 23160 ends; 40000, another instance of the same program, starts.
        ProcessRecord another = *Fixtures::find(m_base, 23158);
        another.key = {40000, 777};
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(variant({23160}, {another}));

        QVERIFY(group.isValid());
        QCOMPARE(group.sibling(group.row(), ProcessModel::NameColumn).data().toString(), label);
        QCOMPARE(model.rowCount(group), members);
        QVERIFY(parent.isValid());
        QCOMPARE(parent.sibling(parent.row(), 0).data(ModelRoles::PidRole).toLongLong(), 23158);
        QVERIFY(!rowOfPid(model, 23160).isValid());
        QCOMPARE(rowOfPid(model, 40000).parent(), QModelIndex(group));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.constFirst().at(0).value<QModelIndex>(), QModelIndex(group));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.constFirst().at(0).value<QModelIndex>(), QModelIndex(group));
        QCOMPARE(resets.count(), 0);
        // The group's sums moved (23158's copy is bigger than 23160), so the group row changed.
        bool groupChanged = false;
        for (const QList<QVariant> &args : std::as_const(changed))
            groupChanged = groupChanged || (!args.at(0).value<QModelIndex>().parent().isValid() && args.at(0).value<QModelIndex>().row() == group.row());
        QVERIFY(groupChanged);

        // All of a group's processes end: the group goes, the others stay where they were.
        if (ProcessModel::Layout(layout) == ProcessModel::Layout::ByApplication) {
            const QPersistentModelIndex bash = groupRow(model, QStringLiteral("bash"));
            QVERIFY(bash.isValid());
            model.setSnapshot(variant({1170, 23160}, {another}));
            QVERIFY(!bash.isValid());
            QVERIFY(group.isValid());
            QVERIFY(parent.isValid());
        }
    }

    // Filtering by a group's label keeps the group; filtering by a member keeps its group too.
    void filterKeepsGroups()
    {
        ProcessModel model{ProcessModel::Layout::ByApplication};
        model.setSnapshot(m_base);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setFilterRole(ModelRoles::FilterTextRole);
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setFilterFixedString(QStringLiteral("odd prog"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, ProcessModel::NameColumn).data().toString(), QStringLiteral("odd prog"));
        proxy.setFilterFixedString(QStringLiteral("/dev/fd/3")); // bash's argument
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, ProcessModel::NameColumn).data().toString(), QStringLiteral("bash"));
    }

    // A refresh of 2,500 processes in 25 applications and 5 users, as on a busy desktop.
    void groupingBenchmark_data()
    {
        addLayoutRows();
    }

    void groupingBenchmark()
    {
        QFETCH(int, layout);
        ProcessSnapshot busy;
        const ProcessRecord &odd = *Fixtures::find(m_base, 23158);
        for (int i = 0; i < 2500; ++i) {
            ProcessRecord process = odd;
            process.key = {100 + i, quint64(i)};
            process.ppid = i % 10 == 0 ? 1 : 100 + i - i % 10;
            process.commandLine = {QStringLiteral("/usr/bin/app%1").arg(i % 25), QStringLiteral("--flag")};
            process.user = QStringLiteral("user%1").arg(i % 5);
            busy.processes.append(process);
        }
        ProcessSnapshot next = busy;
        for (int i = 0; i < next.processes.size(); i += 3)
            next.processes[i].rss.value = *next.processes[i].rss.value + 4096;
        ProcessModel model{ProcessModel::Layout(layout)};
        model.setSnapshot(busy);
        bool flip = false;
        QBENCHMARK {
            model.setSnapshot(flip ? busy : next);
            flip = !flip;
        }
    }
};

QTEST_GUILESS_MAIN(TestProcessModel)
#include "tst_processmodel.moc"
