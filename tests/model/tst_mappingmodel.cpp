// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/mappingmodel.h"
#include "model/modelroles.h"
#include "support/fixtures.h"
#include "support/modelspy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <set>

// MappingModel on the captured smaps of pid 23158 and scripted variants of it: mappings grouped
// by what backs them, group figures summing their mappings, snapshots applied by diff.
class TestMappingModel : public QObject
{
    Q_OBJECT

    MappingSnapshot m_base;
    static constexpr quint64 bigAnonStart = 0x7fddc5000000; // the 8 MiB anonymous region
    static constexpr qint64 MiB = 1024 * 1024;

    static QModelIndex group(const MappingModel &model, const QString &label)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == label)
                return model.index(row, 0);
        }
        return {};
    }

    static QString libc()
    {
        return QStringLiteral("/usr/lib/x86_64-linux-gnu/libc.so.6");
    }

    QList<Mapping> &mappingsOf(MappingSnapshot &snapshot) const
    {
        return *snapshot.mappings.value;
    }

    static Mapping &at(QList<Mapping> &mappings, quint64 start)
    {
        for (Mapping &m : mappings) {
            if (m.start == start)
                return m;
        }
        qFatal("no mapping at %llx", static_cast<unsigned long long>(start));
    }

    static Mapping anonymous(quint64 start, quint64 end, const QString &path, Mapping::Kind kind)
    {
        Mapping m;
        m.start = start;
        m.end = end;
        m.permissions = "rw-p";
        m.device = "00:00";
        m.path = path;
        m.kind = kind;
        for (const auto field : {SmapsCounters::Size, SmapsCounters::Rss, SmapsCounters::Pss, SmapsCounters::PrivateDirty})
            m.counters.set(field, qint64(end - start));
        for (const auto field : {SmapsCounters::SharedClean, SmapsCounters::SharedDirty, SmapsCounters::PrivateClean, SmapsCounters::Swap})
            m.counters.set(field, 0);
        return m;
    }

    // A kernel with CONFIG_ANON_VMA_NAME: the 8 MiB region carries its name, a second region has
    // the same name; the process also has a heap.
    MappingSnapshot named() const
    {
        MappingSnapshot snapshot = m_base;
        QList<Mapping> &mappings = *snapshot.mappings.value;
        Mapping &big = at(mappings, bigAnonStart);
        big.path = QStringLiteral("[anon:memlens test]");
        big.kind = Mapping::Kind::NamedAnonymous;
        mappings.append(anonymous(0x7fddc6000000, 0x7fddc6001000, QStringLiteral("[anon:memlens test]"), Mapping::Kind::NamedAnonymous));
        mappings.append(anonymous(0x561d46100000, 0x561d46121000, QStringLiteral("[heap]"), Mapping::Kind::Heap));
        return snapshot;
    }

    // Every group's figures equal the sums over its mappings, for every byte column.
    static void verifyGroupSums(const MappingModel &model)
    {
        for (int g = 0; g < model.rowCount(); ++g) {
            const QModelIndex parent = model.index(g, 0);
            QVERIFY(model.rowCount(parent) > 0);
            for (const int column : {MappingModel::SizeColumn,
                                     MappingModel::RssColumn,
                                     MappingModel::PssColumn,
                                     MappingModel::PrivateColumn,
                                     MappingModel::SwapColumn,
                                     MappingModel::DirtyColumn}) {
                qint64 sum = 0;
                for (int row = 0; row < model.rowCount(parent); ++row) {
                    const QVariant value = model.index(row, column, parent).data(ModelRoles::RawValueRole);
                    QVERIFY2(value.isValid(), qPrintable(parent.data().toString()));
                    sum += value.toLongLong();
                }
                QCOMPARE(parent.siblingAtColumn(column).data(ModelRoles::RawValueRole).toLongLong(), sum);
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        const ProcessRecord odd = *Fixtures::find(Fixtures::processes(), 23158);
        m_base = ProcessSampler(SysRoot(Fixtures::tree("linux-6.18"))).sampleMappings(odd.key);
        QVERIFY(m_base.mappings.available());
        QCOMPARE(m_base.process.pid, 23158);
        QCOMPARE(m_base.mappings.value->size(), 25);
    }

    void groupsByBackingFile()
    {
        MappingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(m_base);
        QCOMPARE(model.rowCount(), 10);
        int mappings = 0;
        for (int g = 0; g < model.rowCount(); ++g)
            mappings += model.rowCount(model.index(g, 0));
        QCOMPARE(mappings, 25); // every mapping once
        const QModelIndex executable = group(model, QStringLiteral("/tmp/cap/odd prog"));
        QCOMPARE(model.rowCount(executable), 5); // five ranges of one file, one group
        QCOMPARE(model.rowCount(group(model, libc())), 5);
        QCOMPARE(model.rowCount(group(model, QStringLiteral("[stack]"))), 1);
        QVERIFY(group(model, QStringLiteral("[vdso]")).isValid());
        QVERIFY(!group(model, QStringLiteral("[heap]")).isValid()); // the program never called brk

        // The MAP_SHARED file whose path has a space is one group of one range, 4 MiB resident.
        const QModelIndex shared = group(model, QStringLiteral("/tmp/cap/shared data.bin"));
        QCOMPARE(model.rowCount(shared), 1);
        QCOMPARE(model.index(0, MappingModel::PermissionsColumn, shared).data().toString(), QStringLiteral("rw-s"));
        QCOMPARE(shared.siblingAtColumn(MappingModel::RssColumn).data(ModelRoles::RawValueRole).toLongLong(), 4 * MiB);
        QCOMPARE(model.index(0, 0, shared).data(Qt::ToolTipRole).toString(), QStringLiteral("/tmp/cap/shared data.bin"));

        // Unnamed anonymous mappings are one group; the 8 MiB region is among them.
        const QModelIndex anon = group(model, QStringLiteral("[anonymous]"));
        QCOMPARE(model.rowCount(anon), 4);
        const QModelIndex big = model.indexOfKey(QStringLiteral("map:") + QString::number(bigAnonStart, 16), anon);
        QVERIFY(big.isValid());
        QCOMPARE(big.siblingAtColumn(MappingModel::SizeColumn).data(ModelRoles::RawValueRole).toLongLong(), 8 * MiB);
        QVERIFY(anon.data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("4")));

        verifyGroupSums(model);
        const QModelIndex firstRange = model.index(0, 0, executable);
        QCOMPARE(firstRange.data().toString(), QStringLiteral("561d46034000–561d46035000"));
        QCOMPARE(firstRange.siblingAtColumn(MappingModel::PermissionsColumn).data().toString(), QStringLiteral("r--p"));
        QVERIFY(!executable.siblingAtColumn(MappingModel::PermissionsColumn).data().isValid());
    }

    // Every parsed mapping is one row, in the group of what backs it, with its range,
    // permissions and the counters the kernel wrote for it.
    void everyMappingOnce()
    {
        MappingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(m_base);
        for (const Mapping &mapping : std::as_const(*m_base.mappings.value)) {
            const QString label = mapping.kind == Mapping::Kind::Anonymous ? QStringLiteral("[anonymous]") : mapping.path;
            const QModelIndex parent = group(model, label);
            QVERIFY2(parent.isValid(), qPrintable(label));
            const QModelIndex row = model.indexOfKey(QStringLiteral("map:") + QString::number(mapping.start, 16), parent);
            QVERIFY2(row.isValid(), qPrintable(label));
            QCOMPARE(row.data().toString(), QStringLiteral("%1–%2").arg(mapping.start, 12, 16, QChar(u'0')).arg(mapping.end, 12, 16, QChar(u'0')));
            QCOMPARE(row.siblingAtColumn(MappingModel::PermissionsColumn).data().toString(), QString::fromLatin1(mapping.permissions));
            QCOMPARE(row.siblingAtColumn(MappingModel::SizeColumn).data(ModelRoles::RawValueRole).toLongLong(), qint64(mapping.end - mapping.start));
            QCOMPARE(row.siblingAtColumn(MappingModel::RssColumn).data(ModelRoles::RawValueRole).toLongLong(), *mapping.counters.value(SmapsCounters::Rss));
            QCOMPARE(row.siblingAtColumn(MappingModel::PssColumn).data(ModelRoles::RawValueRole).toLongLong(), *mapping.counters.value(SmapsCounters::Pss));
            QCOMPARE(row.siblingAtColumn(MappingModel::PrivateColumn).data(ModelRoles::RawValueRole).toLongLong(), *mapping.counters.uss());
            QCOMPARE(row.siblingAtColumn(MappingModel::SwapColumn).data(ModelRoles::RawValueRole).toLongLong(), *mapping.counters.value(SmapsCounters::Swap));
        }
        // The vsyscall page lies above 2^48: its range is written in full, not cut to 12 digits.
        const QModelIndex vsyscall = group(model, QStringLiteral("[vsyscall]"));
        QCOMPARE(model.index(0, 0, vsyscall).data().toString(), QStringLiteral("ffffffffff600000–ffffffffff601000"));
        QCOMPARE(model.index(0, MappingModel::PermissionsColumn, vsyscall).data().toString(), QStringLiteral("--xp"));
    }

    // A file deleted (or replaced, as by a package upgrade) after it was mapped is its own group,
    // apart from the file now at that path.
    void deletedFileIsItsOwnGroup()
    {
        MappingSnapshot snapshot = m_base;
        Mapping old = at(mappingsOf(snapshot), bigAnonStart);
        old.start = 0x7fddc6000000;
        old.end = 0x7fddc6001000;
        old.path = libc();
        old.kind = Mapping::Kind::File;
        old.deleted = true;
        mappingsOf(snapshot).append(old);
        MappingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        QCOMPARE(model.rowCount(group(model, libc())), 5);
        const QModelIndex deleted = group(model, libc() + QStringLiteral(" (deleted)"));
        QCOMPARE(model.rowCount(deleted), 1);
        QCOMPARE(model.index(0, 0, deleted).data(Qt::ToolTipRole).toString(), libc());
        verifyGroupSums(model);
    }

    void namedAnonymousAndHeapGroups()
    {
        MappingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(named());
        const QModelIndex namedGroup = group(model, QStringLiteral("[anon:memlens test]"));
        QCOMPARE(model.rowCount(namedGroup), 2);
        QCOMPARE(namedGroup.siblingAtColumn(MappingModel::SizeColumn).data(ModelRoles::RawValueRole).toLongLong(), 8 * MiB + 4096);
        QCOMPARE(model.rowCount(group(model, QStringLiteral("[anonymous]"))), 3);
        QCOMPARE(model.rowCount(group(model, QStringLiteral("[heap]"))), 1);
        QCOMPARE(model.rowCount(group(model, QStringLiteral("[stack]"))), 1);
        QCOMPARE(model.rowCount(group(model, QStringLiteral("/tmp/cap/shared data.bin"))), 1);
        verifyGroupSums(model);
    }

    void followsSnapshotsByDiff()
    {
        MappingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setSnapshot(m_base);
        const int groups = model.rowCount();
        const QModelIndex libcGroup = group(model, libc());
        const QModelIndex lastLibc = model.index(model.rowCount(libcGroup) - 1, MappingModel::RssColumn, libcGroup);
        const QString lastLibcKey = lastLibc.data(ModelRoles::KeyRole).toString();
        const QPersistentModelIndex persistent(lastLibc);
        QCOMPARE(persistent.row(), 4);
        const quint64 firstLibcStart = [&] {
            for (const Mapping &m : *m_base.mappings.value) {
                if (m.path == libc())
                    return m.start;
            }
            return quint64(0);
        }();
        inserted.clear();
        removed.clear();

        // 2: the 8 MiB region gets its name (it moves group), a heap appears, libc's first range
        // gets a page more resident.
        MappingSnapshot second = named();
        Mapping &libcFirst = at(mappingsOf(second), firstLibcStart);
        libcFirst.counters.set(SmapsCounters::Rss, *libcFirst.counters.value(SmapsCounters::Rss) + 4096);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(second);
        QCOMPARE(model.rowCount(), groups + 2);
        QCOMPARE(removed.count(), 1); // the big range leaves [anonymous]
        QCOMPARE(removed.constFirst().at(0).value<QModelIndex>().data().toString(), QStringLiteral("[anonymous]"));
        QCOMPARE(inserted.count(), 1); // both new groups in one run at the end
        QVERIFY(!inserted.constFirst().at(0).value<QModelIndex>().isValid());
        QCOMPARE(inserted.constFirst().at(1).toInt(), groups);
        QCOMPARE(inserted.constFirst().at(2).toInt(), groups + 1);
        // dataChanged covers exactly: the libc group and its first range, the [anonymous] group.
        const std::set<QString> expected{QStringLiteral("group:") + libc(),
                                         QStringLiteral("group:[anonymous]"),
                                         QStringLiteral("map:") + QString::number(firstLibcStart, 16)};
        QCOMPARE(ModelSpy::changedRows(changed, ModelRoles::KeyRole), expected);
        verifyGroupSums(model);

        // 3: the shared file is unmapped, libc's first range vanishes (the others move up).
        MappingSnapshot third = named();
        mappingsOf(third).removeIf([&](const Mapping &m) {
            return m.path == u"/tmp/cap/shared data.bin" || m.start == firstLibcStart;
        });
        model.setSnapshot(third);
        QVERIFY(!group(model, QStringLiteral("/tmp/cap/shared data.bin")).isValid());
        QCOMPARE(model.rowCount(group(model, libc())), 4);
        QVERIFY(group(model, QStringLiteral("[heap]")).isValid());
        verifyGroupSums(model);

        QVERIFY(persistent.isValid());
        QCOMPARE(persistent.row(), 3);
        QCOMPARE(persistent.data(ModelRoles::KeyRole).toString(), lastLibcKey);
        QCOMPARE(persistent.parent().data().toString(), libc());
        QCOMPARE(resets.count(), 0);
    }

    void unavailableHasNoRows()
    {
        MappingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(m_base);
        QVERIFY(model.unavailableReason().isEmpty());
        // The pid with another start time: the process of that key ended (the pid may be reused).
        const MappingSnapshot ended = ProcessSampler(SysRoot(Fixtures::tree("linux-6.18"))).sampleMappings({23158, m_base.process.startTime + 1});
        QVERIFY(!ended.mappings.available());
        model.setSnapshot(ended);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.unavailableReason().isEmpty());
        QCOMPARE(model.unavailableReason(), ended.mappings.unavailableReason);
        QCOMPARE(model.unavailableReason(), QStringLiteral("process 23158 has ended"));

        MappingSnapshot denied = m_base;
        denied.mappings = Reading<QList<Mapping>>::missing(QStringLiteral("permission denied"));
        model.setSnapshot(denied);
        QCOMPARE(model.unavailableReason(), QStringLiteral("permission denied"));
        // Readable again: the reason goes, the rows come back.
        model.setSnapshot(m_base);
        QVERIFY(model.unavailableReason().isEmpty());
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(resets.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMappingModel)
#include "tst_mappingmodel.moc"
