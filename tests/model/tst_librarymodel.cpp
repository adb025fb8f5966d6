// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/librarymodel.h"
#include "model/modelroles.h"
#include "sample/libraryaggregator.h"
#include "support/fixtures.h"
#include "support/modelspy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <set>

// LibraryAggregator over the captured processes' smaps, and LibraryModel following the per-file
// totals through scripted snapshots (processes leave, a new file is mapped).
class TestLibraryModel : public QObject
{
    Q_OBJECT

    static constexpr qint64 MiB = 1024 * 1024;

    static QString sharedFile()
    {
        return QStringLiteral("/tmp/cap/shared data.bin");
    }

    // Libraries of the captured processes, leaving out the pids given; `extra` is mapped by bash.
    static LibrarySnapshot libraries(const QList<qint64> &without = {}, const QList<Mapping> &extra = {})
    {
        ProcessSampler sampler{SysRoot(Fixtures::tree("linux-6.18"))};
        LibraryAggregator aggregator;
        for (const ProcessRecord &process : Fixtures::processes().processes) {
            if (process.kernelThread || without.contains(process.key.pid))
                continue;
            const MappingSnapshot mappings = sampler.sampleMappings(process.key);
            if (mappings.mappings.value)
                aggregator.add(process,
                               LibraryAggregator::perFile(*mappings.mappings.value + (process.key.pid == 1170 ? extra : QList<Mapping>())),
                               mappings.sampledAtMs);
            else
                aggregator.addUnreadable();
        }
        return aggregator.finish(0);
    }

    static Mapping fileMapping(const QString &path, qint64 rss, qint64 pss)
    {
        Mapping m;
        m.start = 0x7f0000000000;
        m.end = m.start + quint64(rss);
        m.permissions = "r--p";
        m.path = path;
        m.kind = Mapping::Kind::File;
        m.counters.set(SmapsCounters::Size, rss);
        m.counters.set(SmapsCounters::Rss, rss);
        m.counters.set(SmapsCounters::Pss, pss);
        return m;
    }

    static const LibraryUsage *find(const LibrarySnapshot &snapshot, QStringView path)
    {
        for (const LibraryUsage &library : snapshot.libraries) {
            if (library.path == path)
                return &library;
        }
        return nullptr;
    }

    static QModelIndex row(const LibraryModel &model, const QString &path)
    {
        for (int i = 0; i < model.rowCount(); ++i) {
            if (model.index(i, 0).data(ModelRoles::RawValueRole).toString() == path)
                return model.index(i, 0);
        }
        return {};
    }

    static qint64 raw(const QModelIndex &index, int column)
    {
        return index.siblingAtColumn(column).data(ModelRoles::RawValueRole).toLongLong();
    }

private Q_SLOTS:
    void aggregatesPerFile()
    {
        const LibrarySnapshot snapshot = libraries();
        QCOMPARE(snapshot.unreadableProcesses, 1); // pid 1: no smaps in the capture
        const LibraryUsage *shared = find(snapshot, sharedFile());
        QVERIFY(shared);
        QCOMPARE(shared->users.size(), 2); // the parent and its child
        QCOMPARE(shared->users.at(0).process.pid, 23158);
        QCOMPARE(shared->users.at(1).process.pid, 23160);
        QCOMPARE(shared->rss, shared->users.at(0).rss + shared->users.at(1).rss);
        QCOMPARE(shared->rss, 8 * MiB); // 4 MiB resident in each
        QCOMPARE(shared->pss, 4 * MiB); // in RAM once
        QVERIFY(shared->pss <= shared->rss);
        QCOMPARE(shared->savedBySharing(), shared->rss - shared->pss);
        QCOMPARE(shared->savedBySharing(), 4 * MiB);
        // libc is mapped in several ranges by each of three processes: listed once per process.
        const LibraryUsage *libc = find(snapshot, u"/usr/lib/x86_64-linux-gnu/libc.so.6");
        QVERIFY(libc);
        QCOMPARE(libc->users.size(), 3);
        // ... each with the sum of its ranges of the file.
        const ProcessRecord odd = *Fixtures::find(Fixtures::processes(), 23158);
        const MappingSnapshot oddMappings = ProcessSampler(SysRoot(Fixtures::tree("linux-6.18"))).sampleMappings(odd.key);
        qint64 oddRss = 0;
        qint64 oddPss = 0;
        int oddRanges = 0;
        for (const Mapping &m : *oddMappings.mappings.value) {
            if (m.path == libc->path) {
                oddRss += *m.counters.value(SmapsCounters::Rss);
                oddPss += *m.counters.value(SmapsCounters::Pss);
                ++oddRanges;
            }
        }
        QCOMPARE(oddRanges, 5);
        const auto oddUser = std::find_if(libc->users.cbegin(), libc->users.cend(), [](const LibraryUser &user) {
            return user.process.pid == 23158;
        });
        QVERIFY(oddUser != libc->users.cend());
        QCOMPARE(oddUser->rss, oddRss);
        QCOMPARE(oddUser->pss, oddPss);
        QCOMPARE(oddUser->processName, QStringLiteral("odd) (name x"));
        QVERIFY(!find(snapshot, u"[stack]")); // only files are libraries
        QVERIFY(!find(snapshot, u"")); // nor unnamed memory
        for (const LibraryUsage &library : snapshot.libraries) {
            qint64 rss = 0;
            qint64 pss = 0;
            std::set<qint64> pids;
            for (const LibraryUser &user : library.users) {
                QVERIFY2(pids.insert(user.process.pid).second, qPrintable(library.path)); // once per file
                rss += user.rss;
                pss += user.pss;
            }
            QCOMPARE(library.rss, rss);
            QCOMPARE(library.pss, pss);
            QVERIFY2(library.pss <= library.rss, qPrintable(library.path));
        }
    }

    void modelShowsTheTotals()
    {
        const LibrarySnapshot snapshot = libraries();
        LibraryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(snapshot);
        QCOMPARE(model.rowCount(), snapshot.libraries.size());
        for (const LibraryUsage &library : snapshot.libraries) {
            const QModelIndex file = row(model, library.path);
            QVERIFY(file.isValid());
            QCOMPARE(model.rowCount(file), library.users.size());
            QCOMPARE(file.siblingAtColumn(LibraryModel::ProcessesColumn).data(ModelRoles::RawValueRole).toInt(), library.users.size());
            QCOMPARE(raw(file, LibraryModel::RssColumn), library.rss);
            QCOMPARE(raw(file, LibraryModel::PssColumn), library.pss);
            QCOMPARE(raw(file, LibraryModel::SavedBySharingColumn), library.rss - library.pss);
            QVERIFY(!file.data(ModelRoles::PidRole).isValid());
            qint64 childRss = 0;
            for (int i = 0; i < model.rowCount(file); ++i) {
                const QModelIndex user = model.index(i, 0, file);
                QCOMPARE(user.data(ModelRoles::PidRole).toLongLong(), library.users.at(i).process.pid);
                QVERIFY(!user.siblingAtColumn(LibraryModel::SavedBySharingColumn).data(ModelRoles::RawValueRole).isValid());
                childRss += raw(user, LibraryModel::RssColumn);
            }
            QCOMPARE(childRss, library.rss);
        }
        const QModelIndex shared = row(model, sharedFile());
        QCOMPARE(model.index(1, 0, shared).data().toString(), QStringLiteral("odd) (name x (23160)"));
    }

    void followsSnapshotsByDiff()
    {
        LibraryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setSnapshot(libraries());
        const int files = model.rowCount();
        const QModelIndex shared = row(model, sharedFile());
        QCOMPARE(shared.siblingAtColumn(LibraryModel::ProcessesColumn).data().toInt(), 2);
        QCOMPARE(raw(shared, LibraryModel::SavedBySharingColumn), 4 * MiB);
        const QPersistentModelIndex persistentShared(shared);
        const QPersistentModelIndex libc(row(model, QStringLiteral("/usr/lib/x86_64-linux-gnu/libc.so.6")));
        inserted.clear();
        removed.clear();

        // 2: the child ends; each file it mapped loses its child row and a process.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSnapshot(libraries({23160}));
        QCOMPARE(model.rowCount(), files); // the parent still maps all the same files
        QCOMPARE(inserted.count(), 0);
        QVERIFY(removed.count() > 0);
        for (const QList<QVariant> &args : std::as_const(removed)) {
            const auto parent = args.at(0).value<QModelIndex>();
            QVERIFY(parent.isValid()); // only child rows go
            QCOMPARE(args.at(1).toInt(), args.at(2).toInt());
        }
        QVERIFY(persistentShared.isValid());
        QCOMPARE(QModelIndex(persistentShared).siblingAtColumn(LibraryModel::ProcessesColumn).data().toInt(), 1);
        QCOMPARE(model.rowCount(persistentShared), 1);
        QCOMPARE(model.index(0, 0, persistentShared).data(ModelRoles::PidRole).toLongLong(), 23158);
        QCOMPARE(raw(persistentShared, LibraryModel::RssColumn), 4 * MiB);
        // The captured PSS still counts the child's share: saved is RSS minus PSS, whatever they are.
        QCOMPARE(raw(persistentShared, LibraryModel::PssColumn), 2 * MiB);
        QCOMPARE(raw(persistentShared, LibraryModel::SavedBySharingColumn), 2 * MiB);
        QCOMPARE(model.rowCount(libc), 2);
        // dataChanged covers exactly the files the child mapped (their count and sums dropped);
        // the rows of files only others map, and the parent's child rows, did not change.
        std::set<QString> childFiles;
        for (const LibraryUsage &library : libraries().libraries) {
            for (const LibraryUser &user : library.users) {
                if (user.process.pid == 23160)
                    childFiles.insert(library.path);
            }
        }
        QVERIFY(childFiles.contains(sharedFile()));
        QVERIFY(childFiles.size() < size_t(model.rowCount())); // bash maps files the child does not
        // (A child row would show up here by its process name, which is no file's path.)
        QCOMPARE(ModelSpy::changedRows(changed, ModelRoles::RawValueRole), childFiles);

        // 3: the parent ends too and bash maps a new file: the test program's files leave the
        // list, the new file comes at the end.
        const QString newFile = QStringLiteral("/usr/share/fonts/new font.ttf");
        inserted.clear();
        removed.clear();
        model.setSnapshot(libraries({23158, 23160}, {fileMapping(newFile, 64 * 1024, 32 * 1024)}));
        QVERIFY(!persistentShared.isValid());
        QVERIFY(!row(model, sharedFile()).isValid());
        QVERIFY(!row(model, QStringLiteral("/tmp/cap/odd prog")).isValid());
        const QModelIndex font = row(model, newFile);
        QVERIFY(font.isValid());
        QCOMPARE(font.row(), model.rowCount() - 1);
        QCOMPARE(font.siblingAtColumn(LibraryModel::ProcessesColumn).data().toInt(), 1);
        QCOMPARE(raw(font, LibraryModel::SavedBySharingColumn), 32 * 1024);
        QCOMPARE(model.index(0, 0, font).data(ModelRoles::PidRole).toLongLong(), 1170);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(!inserted.constFirst().at(0).value<QModelIndex>().isValid());
        QCOMPARE(model.rowCount(libc), 1);

        // 4: back to the capture.
        model.setSnapshot(libraries());
        QVERIFY(row(model, QStringLiteral("/tmp/cap/odd prog")).isValid());
        QVERIFY(!row(model, newFile).isValid());
        QCOMPARE(model.rowCount(), files);
        QVERIFY(libc.isValid());
        QCOMPARE(model.rowCount(libc), 3);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.unreadableProcesses(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLibraryModel)
#include "tst_librarymodel.moc"
