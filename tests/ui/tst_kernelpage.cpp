// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The Kernel page's views, real widgets offscreen, on the capture of a 6.18 machine with slab
// caches, huge pages, KSM and shared memory in use: the numbers on screen are the fixture's.
#include "historychart.h"
#include "hugepagesview.h"
#include "kernelmemoryview.h"
#include "kernelpage.h"
#include "numaview.h"
#include "overcommitview.h"
#include "sharedmemoryview.h"
#include "writebackview.h"

#include "format/byteformat.h"
#include "model/historymodel.h"
#include "model/hugepagepoolmodel.h"
#include "model/kernelmemorymodel.h"
#include "model/modelroles.h"
#include "model/numanodemodel.h"
#include "model/slabcachemodel.h"
#include "model/systemhistory.h"
#include "model/sysvsegmentmodel.h"
#include "model/tmpfsmountmodel.h"
#include "parse/meminfoparser.h"
#include "parse/slabinfoparser.h"
#include "read/slabcachereader.h"
#include "sample/systemsampler.h"
#include "snapshot/slabcachesnapshot.h"
#include "support/fixtures.h"
#include "support/waits.h"

#include <QApplication>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace
{
constexpr const char *treeName = "linux-6.18-kernelmem";
constexpr const char *dirtyTree = "linux-6.18-dirty";
constexpr const char *numaTree = "linux-6.1-numa"; // a real two-node virtual machine

// A field of the fixture's meminfo in bytes; -1 where the kernel wrote no such line.
qint64 meminfo(QByteArrayView field)
{
    return parseMeminfo(Fixtures::file(treeName, "proc/meminfo")).value.value(field).value_or(-1);
}

// The same, for sums: a line this kernel does not write counts nothing.
qint64 present(QByteArrayView field)
{
    return std::max<qint64>(0, meminfo(field));
}

// The row of a part, by the meminfo field it shows (KeyRole), or by its title.
QModelIndex partRow(const QAbstractItemModel *model, KernelMemory::Part part)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, KernelMemoryModel::PartColumn);
        if (index.data().toString() == KernelMemory::title(part))
            return index;
    }
    return {};
}
}

class TestKernelPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kernelMemoryShowsTheFixturesFigures()
    {
        KernelPage page(&m_history);
        page.resize(1000, 800);
        page.show();
        page.applySystem(Fixtures::system(treeName));
        const QAbstractItemModel *parts = page.kernelMemory()->partsView()->model();
        QCOMPARE(parts->rowCount(), int(KernelMemory::PartCount));
        for (int p = KernelMemory::SlabReclaimable; p <= KernelMemory::HardwareCorrupted; ++p) {
            const QModelIndex row = partRow(parts, KernelMemory::Part(p));
            QVERIFY(row.isValid());
            const QModelIndex size = row.siblingAtColumn(KernelMemoryModel::SizeColumn);
            QVERIFY(!row.data(Qt::ToolTipRole).toString().isEmpty());
            const qint64 bytes = meminfo(KernelMemory::fieldOf(KernelMemory::Part(p)));
            if (bytes < 0) { // this kernel has no memory-failure handling: no HardwareCorrupted line
                QCOMPARE(p, int(KernelMemory::HardwareCorrupted));
                QCOMPARE(size.data().toString(), u"—"_s);
                QVERIFY(size.data(Qt::ToolTipRole).toString().contains(u"memory-failure"_s));
                continue;
            }
            QCOMPARE(size.data(ModelRoles::RawValueRole).toLongLong(), bytes);
            QCOMPARE(size.data().toString(), ByteFormat::human(bytes));
        }
        // The remainder of the accounting bar, and what is left of it once vmalloc, per-CPU data,
        // huge page pools and zswap are taken out.
        const qint64 remainder = meminfo("MemTotal")
            - (meminfo("AnonPages") + meminfo("Buffers") + meminfo("Cached") + meminfo("SwapCached") + meminfo("SReclaimable") + meminfo("SUnreclaim")
               + meminfo("KernelStack") + meminfo("PageTables") + meminfo("SecPageTables") + meminfo("MemFree"));
        // The kernel stacks are vmalloc'ed on this x86-64 kernel (CONFIG_VMAP_STACK): inside VmallocUsed too, counted once.
        QVERIFY(present("VmallocUsed") >= present("KernelStack"));
        const qint64 vmallocBeyondStacks = present("VmallocUsed") - present("KernelStack");
        const qint64 named = vmallocBeyondStacks + present("Percpu") + present("HardwareCorrupted") + present("Hugetlb") + present("Zswap")
            + present("KReclaimable") - present("SReclaimable");
        QCOMPARE(partRow(parts, KernelMemory::Remainder).siblingAtColumn(KernelMemoryModel::SizeColumn).data(ModelRoles::RawValueRole).toLongLong(), remainder);
        QCOMPARE(partRow(parts, KernelMemory::Unexplained).siblingAtColumn(KernelMemoryModel::SizeColumn).data(ModelRoles::RawValueRole).toLongLong(),
                 std::max<qint64>(0, remainder - named));
        const qint64 own = present("Slab") + present("KernelStack") + present("PageTables") + present("SecPageTables") + vmallocBeyondStacks + present("Percpu")
            + present("HardwareCorrupted");
        QVERIFY2(page.kernelMemory()->summary().contains(ByteFormat::human(own)), qPrintable(page.kernelMemory()->summary()));
    }

    // The caches are asked of the source each refresh while on screen (here the captured tree's
    // own, read as the in-process source reads it): no button, and ranked by the memory they hold.
    void slabCachesAreRankedBySize()
    {
        KernelPage page(&m_history);
        KernelMemoryView *view = page.kernelMemory();
        FileReader reader;
        int asked = 0;
        connect(view, &KernelMemoryView::slabCachesWanted, this, [&] {
            ++asked;
            view->applySlabCaches(SlabCacheSnapshot{1, readSlabCaches(reader, SysRoot(Fixtures::tree(treeName)))});
        });
        page.show();
        page.applySystem(Fixtures::system(treeName));
        QCOMPARE(asked, 1);
        QVERIFY(view->readCachesButton()->isHidden());
        const QAbstractItemModel *caches = view->cachesView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(caches->rowCount() > 0, Waits::patientMs);
        const auto slabinfo = parseSlabinfo(Fixtures::file(treeName, "proc/slabinfo"), 4096);
        QVERIFY(slabinfo.ok());
        QCOMPARE(caches->rowCount(), slabinfo.value.caches.size());
        const SlabCache largest = *std::max_element(slabinfo.value.caches.cbegin(), slabinfo.value.caches.cend(), [](const SlabCache &a, const SlabCache &b) {
            return a.totalBytes < b.totalBytes;
        });
        QCOMPARE(caches->index(0, SlabCacheModel::NameColumn).data().toString(), QString::fromLatin1(largest.name));
        QCOMPARE(caches->index(0, SlabCacheModel::SizeColumn).data().toString(), ByteFormat::human(largest.totalBytes));
        QCOMPARE(caches->index(0, SlabCacheModel::ObjectsColumn).data(ModelRoles::RawValueRole).toLongLong(), largest.objects);
        for (int row = 1; row < caches->rowCount(); ++row) {
            QVERIFY(caches->index(row - 1, SlabCacheModel::SizeColumn).data(ModelRoles::RawValueRole).toLongLong()
                    >= caches->index(row, SlabCacheModel::SizeColumn).data(ModelRoles::RawValueRole).toLongLong());
        }
        QVERIFY2(view->cachesNote().contains(QString::number(slabinfo.value.caches.size())), qPrintable(view->cachesNote()));
    }

    // As a user, the source answers that only root may read them: the page says so and offers to
    // read as administrator, which is the window's "Show all processes".
    void slabCachesForRootOnlyOfferAdministrator()
    {
        KernelPage page(&m_history);
        KernelMemoryView *view = page.kernelMemory();
        QSignalSpy administrator(view, &KernelMemoryView::administratorWanted);
        page.show();
        page.applySystem(Fixtures::system(treeName));
        view->applySlabCaches(SlabCacheSnapshot{1, Reading<QList<SlabCacheRecord>>::missing(u"permission denied: only root may read /proc/slabinfo"_s)});
        QVERIFY(view->cachesView()->isHidden());
        QVERIFY2(view->cachesNote().contains(u"permission denied"_s), qPrintable(view->cachesNote()));
        QVERIFY(!view->readCachesButton()->isHidden());
        view->readCachesButton()->click();
        QCOMPARE(administrator.size(), 1);
    }

    // Playing a recording, the caches would be this machine's, not the recorded one's: none shown.
    void aRecordingShowsNoSlabCaches()
    {
        KernelPage page(&m_history, true);
        QSignalSpy asked(page.kernelMemory(), &KernelMemoryView::slabCachesWanted);
        page.show();
        page.applySystem(Fixtures::system(treeName));
        KernelMemoryView *view = page.kernelMemory();
        QCOMPARE(view->cachesView()->model()->rowCount(), 0);
        QVERIFY(view->readCachesButton()->isHidden());
        QVERIFY2(view->cachesNote().contains(u"recording"_s), qPrintable(view->cachesNote()));
        QCOMPARE(asked.size(), 0);
    }

    // A kernel without SecPageTables (before 6.0) and a damaged meminfo: a dash with the reason,
    // never a zero.
    void missingFiguresSayWhy()
    {
        KernelPage page(&m_history);
        page.show();
        SystemSnapshot snapshot = Fixtures::system(treeName);
        NamedValues fields = *snapshot.meminfo.value;
        NamedValues without;
        for (NamedValue field : fields.list()) {
            if (field.name == "VmallocUsed")
                field.value = 0; // as kernels 4.4 to 5.2 write it
            if (field.name != "SecPageTables" && field.name != "SUnreclaim")
                without.append(field);
        }
        snapshot.meminfo.value = without;
        page.applySystem(snapshot);
        const QAbstractItemModel *parts = page.kernelMemory()->partsView()->model();
        const QModelIndex secondary = partRow(parts, KernelMemory::SecPageTables).siblingAtColumn(KernelMemoryModel::SizeColumn);
        QCOMPARE(secondary.data().toString(), u"—"_s);
        QVERIFY(secondary.data(Qt::ToolTipRole).toString().contains(u"6.0"_s));
        const QModelIndex vmalloc = partRow(parts, KernelMemory::Vmalloc).siblingAtColumn(KernelMemoryModel::SizeColumn);
        QCOMPARE(vmalloc.data().toString(), u"—"_s);
        QVERIFY(vmalloc.data(Qt::ToolTipRole).toString().contains(u"4.4 to 5.2"_s));
        const QModelIndex remainder = partRow(parts, KernelMemory::Remainder).siblingAtColumn(KernelMemoryModel::SizeColumn);
        QCOMPARE(remainder.data().toString(), u"—"_s);
        QVERIFY(!remainder.data(ModelRoles::UnavailableReasonRole).toString().isEmpty());

        snapshot.meminfo = Reading<NamedValues>::missing(u"permission denied reading /proc/meminfo"_s);
        page.applySystem(snapshot);
        QCOMPARE(partRow(parts, KernelMemory::PageTables).siblingAtColumn(KernelMemoryModel::SizeColumn).data(ModelRoles::UnavailableReasonRole).toString(),
                 u"permission denied reading /proc/meminfo"_s);
        QVERIFY(page.kernelMemory()->summary().contains(u"permission denied"_s));
    }

    // A capture of meminfo, vmstat, zoneinfo and the sysctls at one moment: the lines drawn are
    // the kernel's own thresholds (vmstat's nr_dirty_threshold and nr_dirty_background_threshold,
    // give or take the pages that moved between reading the files).
    void dirtyPagesAreDrawnAgainstTheKernelsThresholds()
    {
        KernelPage page(&m_history);
        page.showTab(KernelPage::WritebackTab);
        page.resize(1000, 800);
        page.show();
        const SystemSnapshot snapshot = Fixtures::system(dirtyTree);
        QVERIFY(snapshot.dirtyThresholds.value);
        m_history.append(snapshot);
        page.applySystem(snapshot);
        const HistoryModel *rows = page.writeback()->dirtyChart()->model();
        QCOMPARE(rows->rowCount(), 1);
        const auto column = [&](int c) {
            return rows->index(0, c).data(ModelRoles::RawValueRole).toDouble();
        };
        const NamedValues counters = *snapshot.vmstat.value;
        const double pages = 4096;
        QVERIFY(std::abs(column(SystemHistory::ThrottleThresholdColumn) - double(*counters.value("nr_dirty_threshold")) * pages) < 64 * pages);
        QVERIFY(std::abs(column(SystemHistory::BackgroundThresholdColumn) - double(*counters.value("nr_dirty_background_threshold")) * pages) < 64 * pages);
        QCOMPARE(column(SystemHistory::DirtyColumn), double(*snapshot.meminfo.value->value("Dirty")));
        // Throttling weighs the pages being written too.
        QCOMPARE(column(SystemHistory::DirtyAndWritebackColumn), double(*snapshot.meminfo.value->value("Dirty") + *snapshot.meminfo.value->value("Writeback")));
        QCOMPARE(page.writeback()->dirtyChart()->chartSeries().size(), 4);
        const QString text = page.writeback()->thresholdsText();
        QVERIFY2(text.contains(ByteFormat::human(snapshot.dirtyThresholds.value->throttleBytes)), qPrintable(text));
        QVERIFY2(text.contains(u"vm.dirty_ratio"_s) && text.contains(u"vm.dirty_background_ratio"_s), qPrintable(text));

        SystemSnapshot unknown = snapshot;
        unknown.dirtyThresholds = Reading<DirtyThresholds>::missing(u"/proc/zoneinfo could not be read"_s);
        page.applySystem(unknown);
        QVERIFY(page.writeback()->thresholdsText().contains(u"/proc/zoneinfo could not be read"_s));
    }

    void overcommitInWordsAndAgainstTheKernel()
    {
        KernelPage page(&m_history);
        page.show();
        page.showTab(KernelPage::OvercommitTab);
        SystemSnapshot snapshot = Fixtures::system(dirtyTree);
        page.applySystem(snapshot);
        OvercommitView *view = page.overcommit();
        QVERIFY2(view->modeText().contains(u"Heuristic"_s), qPrintable(view->modeText()));
        const NamedValues &meminfo = *snapshot.meminfo.value;
        QVERIFY(view->gauge()->text().contains(ByteFormat::human(*meminfo.value("Committed_AS"))));
        QVERIFY(view->gauge()->text().contains(ByteFormat::human(*meminfo.value("CommitLimit"))));
        QVERIFY2(view->limitText().contains(u"agrees"_s), qPrintable(view->limitText()));
        QVERIFY(view->headroomText().isEmpty()); // only strict mode refuses at the limit

        // Strict mode: how much more can be promised, root's reserve kept apart.
        for (VmTunable &tunable : snapshot.tunables) {
            if (tunable.name == "overcommit_memory")
                tunable.value.value = 2;
        }
        page.applySystem(snapshot);
        QVERIFY(view->modeText().contains(u"Strict"_s));
        const qint64 reserve = *snapshot.tunable("admin_reserve_kbytes").value * 1024;
        const qint64 headroom = *meminfo.value("CommitLimit") - reserve - *meminfo.value("Committed_AS");
        QVERIFY2(view->headroomText().contains(ByteFormat::human(headroom)), qPrintable(view->headroomText()));

        // A CommitLimit the recomputation cannot explain is said, not hidden.
        NamedValues changed;
        for (NamedValue field : meminfo.list()) {
            if (field.name == "CommitLimit")
                field.value += 1 << 20;
            changed.append(field);
        }
        snapshot.meminfo.value = changed;
        page.applySystem(snapshot);
        QVERIFY2(view->limitText().contains(ByteFormat::human(*meminfo.value("CommitLimit") + (1 << 20))), qPrintable(view->limitText()));
    }

    // The capture has a 2 MiB pool with one of its four pages reserved, an empty 1 GiB pool, file
    // pages in transparent huge pages, and KSM merging 1020 mappings onto 4 pages.
    void hugePagesShowPoolsAndKsm()
    {
        KernelPage page(&m_history);
        page.show();
        const SystemSnapshot snapshot = Fixtures::system(treeName);
        page.applySystem(snapshot);
        HugePagesView *view = page.hugePages();
        // Only the tab in front follows the refreshes; one brought forward catches up at once.
        const QAbstractItemModel *pools = table(view, u"hugePagePools"_s);
        QCOMPARE(pools->rowCount(), 0);
        page.showTab(KernelPage::HugePagesTab);
        const NamedValues &meminfo = *snapshot.meminfo.value;
        QVERIFY2(view->transparentText().contains(ByteFormat::human(*meminfo.value("FileHugePages"))), qPrintable(view->transparentText()));
        QCOMPARE(pools->rowCount(), 2);
        QCOMPARE(cell(pools, 0, HugePagePoolModel::SizeColumn), ByteFormat::human(2 << 20));
        QCOMPARE(cell(pools, 0, HugePagePoolModel::TotalColumn), u"4"_s);
        QCOMPARE(cell(pools, 0, HugePagePoolModel::FreeColumn), u"3"_s);
        QCOMPARE(cell(pools, 0, HugePagePoolModel::ReservedColumn), u"1"_s);
        QCOMPARE(cell(pools, 0, HugePagePoolModel::SetAsideColumn), ByteFormat::human(8 << 20));
        QCOMPARE(cell(pools, 1, HugePagePoolModel::SizeColumn), ByteFormat::human(1 << 30));
        QCOMPARE(cell(pools, 1, HugePagePoolModel::TotalColumn), u"0"_s);
        QVERIFY(view->poolsNote().contains(ByteFormat::human(*meminfo.value("Hugetlb"))));
        QVERIFY2(view->ksmText().contains(ByteFormat::human(1020 * 4096)), qPrintable(view->ksmText()));

        // A kernel without KSM or hugetlbfs says so instead of showing zeros.
        SystemSnapshot without = snapshot;
        without.ksm = Reading<NamedValues>::missing(u"this kernel has no KSM (/sys/kernel/mm/ksm does not exist)"_s);
        without.hugePagePools = Reading<QList<HugePagePool>>::missing(u"this kernel has no hugetlbfs"_s);
        page.applySystem(without);
        QCOMPARE(pools->rowCount(), 0);
        QVERIFY(view->poolsNote().contains(u"no hugetlbfs"_s));
        QVERIFY(view->ksmText().contains(u"has no KSM"_s));
    }

    // Two nodes: each one's memory and its allocation counters per second (the second refresh of
    // an unchanged tree: every rate is 0, not missing), and no difference from MemTotal.
    void numaShowsEachNode()
    {
        KernelPage page(&m_history);
        page.showTab(KernelPage::NumaTab);
        page.show();
        SystemSampler sampler{SysRoot(Fixtures::tree(numaTree))};
        sampler.sample();
        QTest::qWait(20);
        const SystemSnapshot snapshot = sampler.sample();
        page.applySystem(snapshot);
        NumaView *view = page.numa();
        QVERIFY(!view->findChild<QTreeView *>(u"numaNodes"_s)->isHidden());
        const QAbstractItemModel *nodes = table(view, u"numaNodes"_s);
        QCOMPARE(nodes->rowCount(), 2);
        const QList<NumaNode> &list = *snapshot.numaNodes.value;
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(cell(nodes, i, NumaNodeModel::NodeColumn), u"Node %1"_s.arg(i));
            QCOMPARE(cell(nodes, i, NumaNodeModel::TotalColumn), ByteFormat::human(*list[i].meminfo.value->value("MemTotal")));
            QCOMPARE(cell(nodes, i, NumaNodeModel::FreeColumn), ByteFormat::human(*list[i].meminfo.value->value("MemFree")));
            QCOMPARE(cell(nodes, i, NumaNodeModel::AnonColumn), ByteFormat::human(*list[i].meminfo.value->value("AnonPages")));
            QCOMPARE(cell(nodes, i, NumaNodeModel::MissColumn), u"0"_s);
        }
        QCOMPARE(ByteFormat::human(514636 * 1024LL), cell(nodes, 0, NumaNodeModel::TotalColumn)); // the capture's node 0
        QVERIFY2(view->summary().startsWith(u"2 NUMA nodes."_s) && !view->summary().contains(u"MemTotal"_s), qPrintable(view->summary()));

        // 64 MiB more in MemTotal than the nodes hold: said, with what it means.
        SystemSnapshot more = snapshot;
        NamedValues meminfo;
        for (NamedValue field : snapshot.meminfo.value->list()) {
            if (field.name == "MemTotal")
                field.value += 64 << 20;
            meminfo.append(field);
        }
        more.meminfo.value = meminfo;
        page.applySystem(more);
        QVERIFY2(view->summary().contains(ByteFormat::human(64 << 20)) && view->summary().contains(u"no node"_s), qPrintable(view->summary()));
    }

    void aSingleNodeIsOneLine()
    {
        KernelPage page(&m_history);
        page.showTab(KernelPage::NumaTab);
        page.show();
        page.applySystem(Fixtures::system(treeName));
        QVERIFY(page.numa()->findChild<QTreeView *>(u"numaNodes"_s)->isHidden());
        QVERIFY2(page.numa()->summary().contains(u"single NUMA node"_s), qPrintable(page.numa()->summary()));
        // This capture's virtual machine gives its one node less than MemTotal: the difference is said.
        const qint64 outside = *memoryOutsideNodes(Fixtures::system(treeName).meminfo, Fixtures::system(treeName).numaNodes).value;
        QVERIFY(outside > 0);
        QVERIFY2(page.numa()->summary().contains(ByteFormat::human(outside)), qPrintable(page.numa()->summary()));

        SystemSnapshot without = Fixtures::system(treeName);
        without.numaNodes = Reading<QList<NumaNode>>::missing(u"this kernel has no NUMA support: /sys/devices/system/node does not exist"_s);
        page.applySystem(without);
        QVERIFY(page.numa()->summary().contains(u"no NUMA support"_s));
    }

    // Two System V segments in the capture: one attached, one that no process has attached, which
    // is marked; POSIX files and tmpfs mounts cannot come from a capture, which is said.
    void sharedMemoryMarksUnattachedSegments()
    {
        KernelPage page(&m_history);
        page.show();
        page.showTab(KernelPage::SharedMemoryTab);
        const SystemSnapshot snapshot = Fixtures::system(treeName);
        page.applySystem(snapshot);
        SharedMemoryView *view = page.sharedMemory();
        const QAbstractItemModel *segments = table(view, u"sysvSegments"_s);
        QCOMPARE(segments->rowCount(), 2);
        QCOMPARE(cell(segments, 0, SysVSegmentModel::IdColumn), u"35"_s);
        QCOMPARE(cell(segments, 0, SysVSegmentModel::SizeColumn), ByteFormat::human(4 << 20));
        QCOMPARE(cell(segments, 0, SysVSegmentModel::ResidentColumn), ByteFormat::human(1 << 20));
        QCOMPARE(cell(segments, 0, SysVSegmentModel::AttachedColumn), u"1"_s);
        QVERIFY(!segments->index(0, 0).data(ModelRoles::EmphasisRole).toBool());
        QCOMPARE(cell(segments, 1, SysVSegmentModel::IdColumn), u"36"_s);
        QCOMPARE(cell(segments, 1, SysVSegmentModel::AttachedColumn), u"0"_s);
        QVERIFY(segments->index(1, 0).data(ModelRoles::EmphasisRole).toBool());
        QVERIFY(cell(segments, 1, SysVSegmentModel::KeyColumn, Qt::ToolTipRole).contains(u"ipcrm -m 36"_s));
        QVERIFY2(view->summary().contains(ByteFormat::human(*snapshot.meminfo.value->value("Shmem"))), qPrintable(view->summary()));
        QVERIFY2(view->summary().contains(u"no process has attached: 1."_s), qPrintable(view->summary()));
        // A capture's tmpfs mounts cannot be measured (statfs would ask this machine): a dash with
        // the reason in every row, and no sum in the box's title.
        const QAbstractItemModel *mounts = table(view, u"tmpfsMounts"_s);
        QVERIFY(mounts->rowCount() > 0);
        for (int i = 0; i < mounts->rowCount(); ++i) {
            QCOMPARE(cell(mounts, i, TmpfsMountModel::UsedColumn), u"—"_s);
            QVERIFY(!cell(mounts, i, TmpfsMountModel::UsedColumn, Qt::ToolTipRole).isEmpty());
        }
        QCOMPARE(view->findChild<QTreeView *>(u"tmpfsMounts"_s)->parentWidget()->property("title").toString(), u"tmpfs file systems"_s);
    }

    // The live machine's tmpfs mounts, each with its size and use as statfs gives them.
    void sharedMemoryOnThisMachine()
    {
        KernelPage page(&m_history);
        page.show();
        page.showTab(KernelPage::SharedMemoryTab);
        const SystemSnapshot snapshot = SystemSampler(SysRoot(u"/"_s)).sample();
        page.applySystem(snapshot);
        QVERIFY(snapshot.sharedMemory.tmpfs.value);
        const QList<TmpfsMount> &expected = *snapshot.sharedMemory.tmpfs.value;
        const QAbstractItemModel *mounts = table(page.sharedMemory(), u"tmpfsMounts"_s);
        QCOMPARE(mounts->rowCount(), expected.size());
        for (int i = 0; i < mounts->rowCount(); ++i) {
            QCOMPARE(cell(mounts, i, TmpfsMountModel::MountPointColumn), expected[i].mountPoint);
            QCOMPARE(cell(mounts, i, TmpfsMountModel::UsedColumn), ByteFormat::humanOrDash(expected[i].usedBytes.value));
        }
    }

private:
    // The model a table of the page shows, found as a screen reader finds the table.
    static const QAbstractItemModel *table(const QWidget *view, const QString &objectName)
    {
        const auto *tree = view->findChild<QTreeView *>(objectName);
        return tree ? tree->model() : nullptr;
    }
    static QString cell(const QAbstractItemModel *model, int row, int column, int role = Qt::DisplayRole)
    {
        return model->index(row, column).data(role).toString();
    }

    SystemHistory m_history;
};

QTEST_MAIN(TestKernelPage)
#include "tst_kernelpage.moc"
