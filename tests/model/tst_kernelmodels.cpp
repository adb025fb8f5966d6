// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The Kernel page's tables as models, on captured trees: keyed rows that a refresh changes in
// place (a row that goes is removed, one that comes is inserted, the rest only change), values
// to sort on, and a reason where a value is missing.
#include "format/byteformat.h"
#include "model/hugepagepoolmodel.h"
#include "model/modelroles.h"
#include "model/numanodemodel.h"
#include "model/posixsharedmemorymodel.h"
#include "model/sysvsegmentmodel.h"
#include "model/tmpfsmountmodel.h"
#include "support/fixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
constexpr const char *treeName = "linux-6.18-kernelmem";
constexpr const char *numaTree = "linux-6.1-numa"; // a real two-node virtual machine

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}
}

class TestKernelModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void segmentsChangeInPlace()
    {
        SysVSegmentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<SharedMemorySegment> segments = *Fixtures::system(treeName).sharedMemory.sysV.value;
        QCOMPARE(segments.size(), 2);
        model.setSegments(segments);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 1, SysVSegmentModel::IdColumn), u"36"_s);
        QVERIFY(model.index(1, 0).data(ModelRoles::EmphasisRole).toBool()); // nobody attached
        QCOMPARE(model.index(0, SysVSegmentModel::SizeColumn).data(ModelRoles::RawValueRole).toLongLong(), 4 << 20);

        // Segment 36 is removed, 37 is made, 35 gets a second process attached.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        SharedMemorySegment created = segments[1];
        created.segment.shmid = 37;
        created.segment.attachments = 3;
        segments[0].segment.attachments = 2;
        model.setSegments({segments[0], created});
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(cell(model, 0, SysVSegmentModel::AttachedColumn), u"2"_s);
        QCOMPARE(cell(model, 1, SysVSegmentModel::IdColumn), u"37"_s);
        QVERIFY(!model.index(1, 0).data(ModelRoles::EmphasisRole).toBool());

        // An older kernel's /proc/sysvipc/shm has no rss column: a dash with why, not a zero.
        segments[0].segment.rssBytes = std::nullopt;
        model.setSegments({segments[0]});
        QVERIFY(!model.index(0, SysVSegmentModel::ResidentColumn).data(ModelRoles::RawValueRole).isValid());
        QVERIFY(cell(model, 0, SysVSegmentModel::ResidentColumn, Qt::ToolTipRole).contains(u"no rss and swap columns"_s));
    }

    void posixFilesSortBySizeAndShowNamesEscaped()
    {
        PosixSharedMemoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFiles(
            {{u"small"_s, 4096, 4096, 1000, u"me"_s}, {u"evil\u202E\x1b[2J"_s, 1 << 20, 8192, 0, u"root"_s}, {u"big"_s, 64 << 20, 32 << 20, 1000, u"me"_s}});
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&model);
        sorted.setSortRole(ModelRoles::RawValueRole);
        sorted.sort(PosixSharedMemoryModel::UsedColumn, Qt::DescendingOrder);
        QCOMPARE(cell(sorted, 0, PosixSharedMemoryModel::NameColumn), u"big"_s);
        QCOMPARE(cell(sorted, 2, PosixSharedMemoryModel::NameColumn), u"small"_s);
        const QString hostile = cell(sorted, 1, PosixSharedMemoryModel::NameColumn);
        QVERIFY2(!hostile.contains(QChar(0x202E)) && !hostile.contains(QChar(0x1b)), qPrintable(hostile));
    }

    void tmpfsMountsOneOverAnotherAreRowsOfTheirOwn()
    {
        TmpfsMountModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        TmpfsMount lower;
        lower.mountPoint = u"/run/user/1000"_s;
        lower.source = u"tmpfs"_s;
        lower.options = "rw,size=100k";
        lower.sizeBytes.value = 100 << 10;
        lower.usedBytes.value = 10 << 10;
        TmpfsMount upper = lower;
        upper.usedBytes = Reading<qint64>::missing(u"hidden under a later mount"_s);
        model.setMounts({lower, upper});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, TmpfsMountModel::UsedColumn), ByteFormat::human(10 << 10));
        QCOMPARE(cell(model, 1, TmpfsMountModel::UsedColumn), u"—"_s);
        QCOMPARE(cell(model, 1, TmpfsMountModel::UsedColumn, ModelRoles::UnavailableReasonRole), u"hidden under a later mount"_s);
        QCOMPARE(cell(model, 0, TmpfsMountModel::OptionsColumn), u"rw,size=100k"_s);
    }

    void hugePagePoolsSetAside()
    {
        HugePagePoolModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<HugePagePool> pools = *Fixtures::system(treeName).hugePagePools.value;
        model.setPools(pools);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, HugePagePoolModel::TotalColumn), u"4"_s);
        QCOMPARE(model.index(0, HugePagePoolModel::SetAsideColumn).data(ModelRoles::RawValueRole).toLongLong(), 8 << 20);
        QList<HugePagePool> unreadable = pools;
        unreadable[0].reservedPages = Reading<qint64>::missing(u"a node's pools have no resv_hugepages"_s);
        model.setPools(unreadable);
        QCOMPARE(cell(model, 0, HugePagePoolModel::ReservedColumn), u"—"_s);
        QVERIFY(cell(model, 0, HugePagePoolModel::ReservedColumn, Qt::ToolTipRole).contains(u"resv_hugepages"_s));
        model.setPools({});
        QCOMPARE(model.rowCount(), 0);
    }

    void numaNodesWithTheirRates()
    {
        NumaNodeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<NumaNode> nodes = *Fixtures::system(numaTree).numaNodes.value;
        QCOMPARE(nodes.size(), 2);
        model.setNodes(nodes);
        QCOMPARE(cell(model, 1, NumaNodeModel::NodeColumn), u"Node 1"_s);
        QCOMPARE(cell(model, 0, NumaNodeModel::TotalColumn), ByteFormat::human(514636 * 1024LL));
        // The first sample has no rates yet: a dash saying so.
        QCOMPARE(cell(model, 0, NumaNodeModel::MissColumn), u"—"_s);
        QVERIFY(cell(model, 0, NumaNodeModel::MissColumn, Qt::ToolTipRole).contains(u"two refreshes"_s));
        nodes[0].numastatRates = {{"numa_miss", 12.4}};
        model.setNodes(nodes);
        QCOMPARE(cell(model, 0, NumaNodeModel::MissColumn), u"12"_s);
        QCOMPARE(model.index(0, NumaNodeModel::MissColumn).data(ModelRoles::RawValueRole).toDouble(), 12.4);
    }
};

QTEST_GUILESS_MAIN(TestKernelModels)
#include "tst_kernelmodels.moc"
