#include "model/mappingmodel.h"
#include "model/modelroles.h"
#include "support/fixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestMappingModel : public QObject
{
    Q_OBJECT

    MappingSnapshot m_base;

    static QModelIndex group(const MappingModel &model, const QString &label)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data().toString() == label)
                return model.index(row, 0);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const ProcessRecord odd = *Fixtures::find(Fixtures::processes(), 23158);
        m_base = ProcessSampler(SysRoot(Fixtures::tree("linux-6.18"))).sampleMappings(odd.key);
        QVERIFY(m_base.mappings.available());
    }

    void groupsByBackingFile()
    {
        MappingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(m_base);
        const QModelIndex executable = group(model, QStringLiteral("/tmp/cap/odd prog"));
        QCOMPARE(model.rowCount(executable), 5); // five ranges of one file, one group
        const QModelIndex libc = group(model, QStringLiteral("/usr/lib/x86_64-linux-gnu/libc.so.6"));
        QVERIFY(model.rowCount(libc) >= 4);
        QVERIFY(group(model, QStringLiteral("[stack]")).isValid());
        QVERIFY(group(model, QStringLiteral("[vdso]")).isValid());
        QVERIFY(group(model, QStringLiteral("[anonymous]")).isValid());
        QCOMPARE(model.rowCount(group(model, QStringLiteral("/tmp/cap/shared data.bin"))), 1);

        // A group's figures are the sums of its mappings'.
        for (const int column :
             {MappingModel::SizeColumn, MappingModel::RssColumn, MappingModel::PssColumn, MappingModel::PrivateColumn, MappingModel::DirtyColumn}) {
            qint64 sum = 0;
            for (int row = 0; row < model.rowCount(libc); ++row)
                sum += model.index(row, column, libc).data(ModelRoles::RawValueRole).toLongLong();
            QCOMPARE(libc.siblingAtColumn(column).data(ModelRoles::RawValueRole).toLongLong(), sum);
        }
        const QModelIndex firstRange = model.index(0, 0, executable);
        QCOMPARE(firstRange.data().toString(), QStringLiteral("561d46034000–561d46035000"));
        QCOMPARE(firstRange.siblingAtColumn(MappingModel::PermissionsColumn).data().toString(), QStringLiteral("r--p"));
    }

    void followsSnapshotsByDiff()
    {
        MappingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(m_base);
        const QModelIndex libc = group(model, QStringLiteral("/usr/lib/x86_64-linux-gnu/libc.so.6"));
        const QPersistentModelIndex lastLibcRange(model.index(model.rowCount(libc) - 1, MappingModel::RssColumn, libc));

        // 2: the shared file is unmapped, the heap grows into existence, libc's first range changes.
        MappingSnapshot next = m_base;
        QList<Mapping> &mappings = *next.mappings.value;
        mappings.removeIf([](const Mapping &m) {
            return m.path == u"/tmp/cap/shared data.bin";
        });
        Mapping heap = mappings.first();
        heap.start = 0x561d46100000;
        heap.end = 0x561d46200000;
        heap.path = QStringLiteral("[heap]");
        heap.kind = Mapping::Kind::Heap;
        mappings.append(heap);
        for (Mapping &m : mappings) {
            if (m.path.endsWith(u"libc.so.6")) {
                m.counters.set(SmapsCounters::Rss, *m.counters.value(SmapsCounters::Rss) + 4096);
                break;
            }
        }
        model.setSnapshot(next);
        QVERIFY(!group(model, QStringLiteral("/tmp/cap/shared data.bin")).isValid());
        QVERIFY(group(model, QStringLiteral("[heap]")).isValid());

        // 3: the original again.
        model.setSnapshot(m_base);
        QVERIFY(group(model, QStringLiteral("/tmp/cap/shared data.bin")).isValid());
        QVERIFY(!group(model, QStringLiteral("[heap]")).isValid());
        QVERIFY(lastLibcRange.isValid());
        QCOMPARE(lastLibcRange.parent().data().toString(), QStringLiteral("/usr/lib/x86_64-linux-gnu/libc.so.6"));
        QCOMPARE(resets.count(), 0);
    }

    void endedProcessHasNoRows()
    {
        MappingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(m_base);
        const MappingSnapshot ended = ProcessSampler(SysRoot(Fixtures::tree("linux-6.18"))).sampleMappings({23158, m_base.process.startTime + 1});
        model.setSnapshot(ended);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.unavailableReason().contains(QStringLiteral("ended")));
    }
};

QTEST_GUILESS_MAIN(TestMappingModel)
#include "tst_mappingmodel.moc"
