#include "parse/smapsparser.h"
#include "support/fixtures.h"

#include <QTest>

// smaps and smaps_rollup on captured processes. Summing smaps must give the rollup's page
// counts: that is how MemLens reads kernels before 4.14, which have no smaps_rollup.
class TestSmapsParser : public QObject
{
    Q_OBJECT

    static SmapsCounters summed(const QList<Mapping> &mappings)
    {
        SmapsCounters total;
        for (const Mapping &mapping : mappings)
            total.add(mapping.counters);
        return total;
    }

private Q_SLOTS:
    void rollup_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("rss");
        QTest::addColumn<qint64>("pss");
        QTest::addColumn<qint64>("uss");
        QTest::addColumn<qint64>("swap");
        QTest::addRow("shares a file and COW pages with its child")
            << Fixtures::file("linux-6.18", "proc/23158/smaps_rollup") << qint64(13432) << qint64(6368) << qint64(36) << qint64(0);
        QTest::addRow("mostly swapped out") << Fixtures::file("linux-6.18-swap", "proc/31927/smaps_rollup") << qint64(16924) << qint64(-1) << qint64(-1)
                                            << qint64(25152);
    }
    void rollup()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, rss);
        QFETCH(qint64, pss);
        QFETCH(qint64, uss);
        QFETCH(qint64, swap);
        const auto rollup = parseSmapsRollup(text);
        QVERIFY2(rollup.ok(), qPrintable(rollup.error));
        QCOMPARE(rollup.value.value(SmapsCounters::Rss), rss * 1024);
        QCOMPARE(rollup.value.value(SmapsCounters::Swap), swap * 1024);
        if (pss >= 0) {
            QCOMPARE(rollup.value.value(SmapsCounters::Pss), pss * 1024);
            QCOMPARE(rollup.value.uss(), uss * 1024);
        }
        QCOMPARE(rollup.value.uss(), *rollup.value.value(SmapsCounters::PrivateClean) + *rollup.value.value(SmapsCounters::PrivateDirty));
        QCOMPARE(rollup.value.shared(), *rollup.value.value(SmapsCounters::SharedClean) + *rollup.value.value(SmapsCounters::SharedDirty));
        QVERIFY(!rollup.value.has(SmapsCounters::Size)); // a rollup has no size: it spans the address space
        for (int field = SmapsCounters::Rss; field < SmapsCounters::FieldCount; ++field)
            QVERIFY2(rollup.value.has(SmapsCounters::Field(field)), qPrintable(QString::number(field))); // 6.18 writes every counter
        QVERIFY(*rollup.value.uss() <= *rollup.value.value(SmapsCounters::Pss));
        QVERIFY(*rollup.value.value(SmapsCounters::Pss) <= *rollup.value.value(SmapsCounters::Rss));
    }

    void mappings()
    {
        const auto smaps = parseSmaps(Fixtures::file("linux-6.18", "proc/23158/smaps"));
        QVERIFY2(smaps.ok(), qPrintable(smaps.error));
        QCOMPARE(smaps.value.size(), 25);
        const Mapping &executable = smaps.value.constFirst();
        QCOMPARE(executable.start, quint64(0x561d46034000));
        QCOMPARE(executable.end, quint64(0x561d46035000));
        QCOMPARE(executable.permissions, QByteArray("r--p"));
        QCOMPARE(executable.device, QByteArray("fe:00"));
        QCOMPARE(executable.inode, quint64(10962175));
        QCOMPARE(executable.path, QStringLiteral("/tmp/cap/odd prog"));
        QCOMPARE(executable.kind, Mapping::Kind::File);

        const Mapping &shared = smaps.value[5];
        QCOMPARE(shared.path, QStringLiteral("/tmp/cap/shared data.bin"));
        QCOMPARE(shared.permissions, QByteArray("rw-s"));
        QCOMPARE(shared.counters.value(SmapsCounters::Rss), qint64(4096) * 1024);
        QCOMPARE(shared.counters.value(SmapsCounters::Pss), qint64(2048) * 1024); // two processes map it
        const Mapping &anonymous = smaps.value[6];
        QCOMPARE(anonymous.kind, Mapping::Kind::Anonymous);
        QVERIFY(anonymous.path.isEmpty());
        QCOMPARE(anonymous.counters.value(SmapsCounters::Size), qint64(8) * 1024 * 1024);

        QHash<QString, Mapping::Kind> kinds;
        for (const Mapping &mapping : smaps.value)
            kinds.insert(mapping.path, mapping.kind);
        QCOMPARE(kinds.value(QStringLiteral("[stack]")), Mapping::Kind::Stack);
        QCOMPARE(kinds.value(QStringLiteral("[vdso]")), Mapping::Kind::Kernel);
        QCOMPARE(kinds.value(QStringLiteral("[vvar]")), Mapping::Kind::Kernel);
        QCOMPARE(kinds.value(QStringLiteral("[vsyscall]")), Mapping::Kind::Kernel);
        QCOMPARE(kinds.value(QStringLiteral("/usr/lib/x86_64-linux-gnu/libc.so.6")), Mapping::Kind::File);

        const auto heap = parseSmaps(Fixtures::file("linux-6.18", "proc/1170/smaps"));
        QVERIFY(std::any_of(heap.value.cbegin(), heap.value.cend(), [](const Mapping &m) {
            return m.kind == Mapping::Kind::Heap && m.path == u"[heap]";
        }));
    }

    void pseudoPaths_data()
    {
        // A real header with its device, inode and path replaced by what other kernels and
        // programs write (anonymous memory has device 00:00 and inode 0).
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<bool>("deleted");
        QTest::addRow("named anonymous") << QByteArray("00:00 0 [anon:memlens test]") << int(Mapping::Kind::NamedAnonymous)
                                         << QStringLiteral("[anon:memlens test]") << false;
        QTest::addRow("named shmem") << QByteArray("00:00 0 [anon_shmem:pool]") << int(Mapping::Kind::NamedAnonymous) << QStringLiteral("[anon_shmem:pool]")
                                     << false;
        QTest::addRow("thread stack of old kernels") << QByteArray("00:00 0 [stack:1234]") << int(Mapping::Kind::OtherPseudo) << QStringLiteral("[stack:1234]")
                                                     << false;
        QTest::addRow("deleted file") << QByteArray("fe:00 10962176 /tmp/cap/shared data.bin (deleted)") << int(Mapping::Kind::File)
                                      << QStringLiteral("/tmp/cap/shared data.bin") << true;
        QTest::addRow("newline in name") << QByteArray("fe:00 10962176 /tmp/a\\012b") << int(Mapping::Kind::File) << QStringLiteral("/tmp/a\nb") << false;
    }
    void pseudoPaths()
    {
        QFETCH(QByteArray, path);
        QFETCH(int, kind);
        QFETCH(QString, shown);
        QFETCH(bool, deleted);
        const QByteArray text =
            Fixtures::replaced(Fixtures::file("linux-6.18", "proc/23158/smaps"), "fe:00 10962176                   /tmp/cap/shared data.bin", path);
        const auto smaps = parseSmaps(text);
        QVERIFY(smaps.ok());
        QCOMPARE(int(smaps.value[5].kind), kind);
        QCOMPARE(smaps.value[5].path, shown);
        QCOMPARE(smaps.value[5].deleted, deleted);
    }

    void smapsSumToTheRollup_data()
    {
        QTest::addColumn<QByteArray>("tree");
        QTest::addColumn<QByteArray>("pid");
        QTest::addRow("23158") << QByteArray("linux-6.18") << QByteArray("23158");
        QTest::addRow("23160") << QByteArray("linux-6.18") << QByteArray("23160");
        QTest::addRow("1170") << QByteArray("linux-6.18") << QByteArray("1170");
        QTest::addRow("31927 in swap") << QByteArray("linux-6.18-swap") << QByteArray("31927");
    }
    void smapsSumToTheRollup()
    {
        QFETCH(QByteArray, tree);
        QFETCH(QByteArray, pid);
        const auto smaps = parseSmaps(Fixtures::file(tree.constData(), QByteArray("proc/" + pid + "/smaps").constData()));
        const auto rollup = parseSmapsRollup(Fixtures::file(tree.constData(), QByteArray("proc/" + pid + "/smaps_rollup").constData()));
        QVERIFY(smaps.ok() && rollup.ok());
        const SmapsCounters total = summed(smaps.value);
        // Page counts are exact (the files were read moments apart from an idle process). The
        // kernel sums PSS in finer units before rounding, so the rollup's PSS may differ by a
        // few KiB from the sum of rounded per-mapping values.
        for (const auto field : {SmapsCounters::Rss,
                                 SmapsCounters::SharedClean,
                                 SmapsCounters::SharedDirty,
                                 SmapsCounters::PrivateClean,
                                 SmapsCounters::PrivateDirty,
                                 SmapsCounters::Swap,
                                 SmapsCounters::Anonymous})
            QCOMPARE(total.value(field), rollup.value.value(field));
        QVERIFY(qAbs(*total.value(SmapsCounters::Pss) - *rollup.value.value(SmapsCounters::Pss)) <= qint64(smaps.value.size()) * 1024);
    }

    void damaged()
    {
        const QByteArray real = Fixtures::file("linux-6.18", "proc/23158/smaps");
        QCOMPARE(parseSmaps(QByteArray()).value.size(), 0);
        QVERIFY(parseSmaps(QByteArray()).ok());
        // Cut in the middle of the sixth mapping: five whole mappings and the part of the sixth.
        const auto truncated = parseSmaps(real.left(real.indexOf("Pss:", real.indexOf("shared data.bin"))));
        QCOMPARE(truncated.value.size(), 6);
        QVERIFY(truncated.value[5].counters.has(SmapsCounters::Rss));
        QVERIFY(!truncated.value[5].counters.has(SmapsCounters::Pss)); // unknown, not zero
        // A header that cannot be read stops the parse with an error; what came before is kept.
        const auto badHeader = parseSmaps(Fixtures::replaced(real, "7fddc5000000-7fddc5800000 rw-p", "7fddc5000000-zzzz rw-p"));
        QVERIFY(!badHeader.ok());
        QCOMPARE(badHeader.value.size(), 6);
        // An overflowing counter is reported and left out; the mapping stays.
        const auto overflow = parseSmaps(Fixtures::replaced(real, "Rss:                   4 kB", "Rss:   99999999999999999999 kB"));
        QVERIFY(!overflow.ok());
        QCOMPARE(overflow.value.size(), 25);
        QVERIFY(!overflow.value.constFirst().counters.has(SmapsCounters::Rss));
        // A kernel thread's rollup is empty: no counters and no error.
        const auto empty = parseSmapsRollup(QByteArray());
        QVERIFY(empty.ok() && empty.value.isEmpty());
        const auto garbageRollup = parseSmapsRollup(QByteArray("\xff\xfe\0Rss: 1 kB\n", 13));
        QVERIFY(!garbageRollup.ok());
    }
};

QTEST_GUILESS_MAIN(TestSmapsParser)
#include "tst_smapsparser.moc"
