#include "model/librarymodel.h"
#include "model/modelroles.h"
#include "sample/libraryaggregator.h"
#include "support/fixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestLibraryModel : public QObject
{
    Q_OBJECT

    // Libraries of the captured processes, leaving out the pids given.
    static LibrarySnapshot libraries(const QList<qint64> &without = {})
    {
        ProcessSampler sampler{SysRoot(Fixtures::tree("linux-6.18"))};
        LibraryAggregator aggregator;
        for (const ProcessRecord &process : Fixtures::processes().processes) {
            if (process.kernelThread || without.contains(process.key.pid))
                continue;
            const MappingSnapshot mappings = sampler.sampleMappings(process.key);
            if (mappings.mappings.value)
                aggregator.add(process, *mappings.mappings.value);
            else
                aggregator.addUnreadable();
        }
        return aggregator.finish(0);
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

private Q_SLOTS:
    void aggregatesPerFile()
    {
        const LibrarySnapshot snapshot = libraries();
        QCOMPARE(snapshot.unreadableProcesses, 1); // pid 1: no smaps in the capture
        const LibraryUsage *shared = find(snapshot, u"/tmp/cap/shared data.bin");
        QVERIFY(shared);
        QCOMPARE(shared->users.size(), 2); // the parent and its child
        QCOMPARE(shared->rss, qint64(8) * 1024 * 1024); // 4 MiB resident in each
        QCOMPARE(shared->pss, qint64(4) * 1024 * 1024); // in RAM once
        QCOMPARE(shared->savedBySharing(), qint64(4) * 1024 * 1024);
        // libc is mapped in several ranges by each of three processes: listed once per process.
        const LibraryUsage *libc = find(snapshot, u"/usr/lib/x86_64-linux-gnu/libc.so.6");
        QCOMPARE(libc->users.size(), 3);
        QVERIFY(libc->pss <= libc->rss);
        QVERIFY(!find(snapshot, u"[stack]")); // only files are libraries
    }

    void followsSnapshotsByDiff()
    {
        LibraryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(libraries());
        const QModelIndex shared = row(model, QStringLiteral("/tmp/cap/shared data.bin"));
        QCOMPARE(shared.siblingAtColumn(LibraryModel::ProcessesColumn).data().toInt(), 2);
        QCOMPARE(shared.siblingAtColumn(LibraryModel::SavedBySharingColumn).data(ModelRoles::RawValueRole).toLongLong(), qint64(4) * 1024 * 1024);
        const QPersistentModelIndex libc(row(model, QStringLiteral("/usr/lib/x86_64-linux-gnu/libc.so.6")));

        // 2: the child ends; the file now has one user.
        model.setSnapshot(libraries({23160}));
        QCOMPARE(row(model, QStringLiteral("/tmp/cap/shared data.bin")).siblingAtColumn(LibraryModel::ProcessesColumn).data().toInt(), 1);
        QCOMPARE(model.rowCount(row(model, QStringLiteral("/tmp/cap/shared data.bin"))), 1);

        // 3: both end; the file and the test program leave the list, bash's files stay.
        model.setSnapshot(libraries({23158, 23160}));
        QVERIFY(!row(model, QStringLiteral("/tmp/cap/shared data.bin")).isValid());
        QVERIFY(!row(model, QStringLiteral("/tmp/cap/odd prog")).isValid());

        // 4: they come back.
        model.setSnapshot(libraries());
        QVERIFY(row(model, QStringLiteral("/tmp/cap/odd prog")).isValid());
        QVERIFY(libc.isValid());
        QCOMPARE(model.rowCount(libc), 3);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.unreadableProcesses(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLibraryModel)
#include "tst_librarymodel.moc"
