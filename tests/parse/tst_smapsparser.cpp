// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/smapsparser.h"
#include "parsetest.h"
#include "smapstext.h"

#include <QTest>

using ParseTest::absent;
using ParseTest::kib;
using ParseTest::OptionalBytes;

// /proc/PID/smaps of captured processes: executables and shared files whose paths hold spaces
// and ')', anonymous memory with and without huge pages, swap, pseudo paths; summed against
// smaps_rollup; and damaged copies of a real one.
class TestSmapsParser : public QObject
{
    Q_OBJECT

    // "start-end perms offset device inode", numbers as parsed (hex without padding).
    static QString header(const Mapping &mapping)
    {
        return QStringLiteral("%1-%2 %3 %4 %5 %6")
            .arg(mapping.start, 0, 16)
            .arg(mapping.end, 0, 16)
            .arg(QString::fromLatin1(mapping.permissions))
            .arg(mapping.offset, 0, 16)
            .arg(QString::fromLatin1(mapping.device))
            .arg(mapping.inode);
    }

    static QString someCounters(const SmapsCounters &counters)
    {
        using F = SmapsCounters;
        return SmapsText::describe(
            counters,
            {F::Size, F::Rss, F::Pss, F::SharedClean, F::SharedDirty, F::PrivateClean, F::PrivateDirty, F::Anonymous, F::AnonHugePages, F::Swap});
    }

    static QByteArray smaps(const char *tree, const char *pid, const char *file = "smaps")
    {
        return Fixtures::file(tree, QByteArray(QByteArray("proc/") + pid + '/' + file).constData());
    }

private Q_SLOTS:
    void wholeFile_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("mappings");
        QTest::addRow("6.18 kernel thread, empty") << smaps("linux-6.18", "2") << 0;
        QTest::addRow("6.18 odd") << smaps("linux-6.18", "23158") << 25;
        QTest::addRow("6.18 odd's child") << smaps("linux-6.18", "23160") << 25;
        QTest::addRow("6.18 bash") << smaps("linux-6.18", "1170") << 44;
        QTest::addRow("6.18 swap hog") << smaps("linux-6.18-swap", "31927") << 24;
        QTest::addRow("6.1 kernel thread, empty") << smaps("linux-6.1-swap", "2") << 0;
        QTest::addRow("6.1 odd") << smaps("linux-6.1-swap", "101") << 12;
        QTest::addRow("6.1 odd's child") << smaps("linux-6.1-swap", "108") << 13;
        QTest::addRow("6.1 swap hog") << smaps("linux-6.1-swap", "102") << 11;
        QTest::addRow("6.1 cgroup2 toucher") << smaps("linux-6.1-cgroup2", "86") << 11;
    }
    void wholeFile()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, mappings);
        const auto parsed = parseSmaps(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.size(), mappings);
        for (const Mapping &mapping : parsed.value) {
            // Size is the address range; a 6.x kernel writes every per-mapping counter but the
            // Pss_Anon/File/Shmem split, which only smaps_rollup has.
            QCOMPARE(mapping.counters.value(SmapsCounters::Size), OptionalBytes(qint64(mapping.end - mapping.start)));
            for (int field = 0; field < SmapsCounters::FieldCount; ++field) {
                const bool rollupOnly = field == SmapsCounters::PssAnon || field == SmapsCounters::PssFile || field == SmapsCounters::PssShmem;
                QCOMPARE(mapping.counters.has(SmapsCounters::Field(field)), !rollupOnly);
            }
            QVERIFY(!mapping.deleted);
        }
    }

    void mapping_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("path");
        QTest::addColumn<Mapping::Kind>("kind");
        QTest::addColumn<QString>("counters"); // KiB
        using K = Mapping::Kind;
        const QByteArray odd = smaps("linux-6.18", "23158");
        const QByteArray odd61 = smaps("linux-6.1-swap", "101");
        const QString none =
            QStringLiteral("Size=%1 Rss=0 Pss=0 Shared_Clean=0 Shared_Dirty=0 Private_Clean=0 Private_Dirty=0 Anonymous=0 AnonHugePages=0 Swap=0");
        QTest::addRow("6.18 executable, space in path")
            << odd << 0 << QStringLiteral("561d46034000-561d46035000 r--p 0 fe:00 10962175") << QStringLiteral("/tmp/cap/odd prog") << K::File
            << QStringLiteral("Size=4 Rss=4 Pss=2 Shared_Clean=4 Shared_Dirty=0 Private_Clean=0 Private_Dirty=0 Anonymous=0 AnonHugePages=0 Swap=0");
        QTest::addRow("6.18 executable text, offset") << odd << 1 << QStringLiteral("561d46035000-561d46036000 r-xp 1000 fe:00 10962175")
                                                      << QStringLiteral("/tmp/cap/odd prog") << K::File
                                                      << QStringLiteral(
                                                             "Size=4 Rss=4 Pss=2 Shared_Clean=4 Shared_Dirty=0 Private_Clean=0 Private_Dirty=0 "
                                                             "Anonymous=0 AnonHugePages=0 Swap=0");
        QTest::addRow("6.18 MAP_SHARED file, PSS halved")
            << odd << 5 << QStringLiteral("7fddc4c00000-7fddc5000000 rw-s 0 fe:00 10962176") << QStringLiteral("/tmp/cap/shared data.bin") << K::File
            << QStringLiteral(
                   "Size=4096 Rss=4096 Pss=2048 Shared_Clean=4096 Shared_Dirty=0 Private_Clean=0 "
                   "Private_Dirty=0 Anonymous=0 AnonHugePages=0 Swap=0");
        // The program named it with prctl(PR_SET_VMA); this kernel lacks CONFIG_ANON_VMA_NAME.
        QTest::addRow("6.18 8 MiB anonymous, COW-shared") << odd << 6 << QStringLiteral("7fddc5000000-7fddc5800000 rw-p 0 00:00 0") << QString() << K::Anonymous
                                                          << QStringLiteral(
                                                                 "Size=8192 Rss=8192 Pss=4096 Shared_Clean=0 Shared_Dirty=8192 Private_Clean=0 "
                                                                 "Private_Dirty=0 Anonymous=8192 AnonHugePages=0 Swap=0");
        QTest::addRow("6.18 libc text") << odd << 9 << QStringLiteral("7fddc5874000-7fddc59ca000 r-xp 26000 fe:00 332835")
                                        << QStringLiteral("/usr/lib/x86_64-linux-gnu/libc.so.6") << K::File
                                        << QStringLiteral(
                                               "Size=1368 Rss=688 Pss=109 Shared_Clean=688 Shared_Dirty=0 Private_Clean=0 Private_Dirty=0 Anonymous=0 "
                                               "AnonHugePages=0 Swap=0");
        QTest::addRow("6.18 [vvar]") << odd << 15 << QStringLiteral("7fddc5a3e000-7fddc5a42000 r--p 0 00:00 0") << QStringLiteral("[vvar]") << K::Kernel
                                     << none.arg(16);
        QTest::addRow("6.18 [vvar_vclock]") << odd << 16 << QStringLiteral("7fddc5a42000-7fddc5a44000 r--p 0 00:00 0") << QStringLiteral("[vvar_vclock]")
                                            << K::Kernel << none.arg(8);
        QTest::addRow("6.18 [vdso]") << odd << 17 << QStringLiteral("7fddc5a44000-7fddc5a46000 r-xp 0 00:00 0") << QStringLiteral("[vdso]") << K::Kernel
                                     << QStringLiteral(
                                            "Size=8 Rss=4 Pss=0 Shared_Clean=4 Shared_Dirty=0 Private_Clean=0 Private_Dirty=0 Anonymous=0 "
                                            "AnonHugePages=0 Swap=0");
        QTest::addRow("6.18 [stack]") << odd << 23 << QStringLiteral("7ffd3bbcb000-7ffd3bbec000 rw-p 0 00:00 0") << QStringLiteral("[stack]") << K::Stack
                                      << QStringLiteral(
                                             "Size=132 Rss=12 Pss=10 Shared_Clean=0 Shared_Dirty=4 Private_Clean=0 Private_Dirty=8 Anonymous=12 "
                                             "AnonHugePages=0 Swap=0");
        QTest::addRow("6.18 [vsyscall], top of the address space")
            << odd << 24 << QStringLiteral("ffffffffff600000-ffffffffff601000 --xp 0 00:00 0") << QStringLiteral("[vsyscall]") << K::Kernel << none.arg(4);
        QTest::addRow("6.18 [heap]") << smaps("linux-6.18", "1170") << 6 << QStringLiteral("55b41d3b0000-55b41d412000 rw-p 0 00:00 0")
                                     << QStringLiteral("[heap]") << K::Heap
                                     << QStringLiteral(
                                            "Size=392 Rss=276 Pss=227 Shared_Clean=0 Shared_Dirty=72 Private_Clean=0 Private_Dirty=204 Anonymous=276 "
                                            "AnonHugePages=0 Swap=0");
        QTest::addRow("6.18 anonymous, mostly in swap")
            << smaps("linux-6.18-swap", "31927") << 6 << QStringLiteral("7fe063ec1000-7fe0666c5000 rw-p 0 00:00 0") << QString() << K::Anonymous
            << QStringLiteral(
                   "Size=40976 Rss=15860 Pss=15860 Shared_Clean=0 Shared_Dirty=0 Private_Clean=0 Private_Dirty=15860 Anonymous=15860 "
                   "AnonHugePages=0 Swap=25108");
        QTest::addRow("6.1 executable, )) and space in path")
            << odd61 << 0 << QStringLiteral("400000-401000 r--p 0 00:15 2") << QStringLiteral("/tmp/my (odd)) prog") << K::File
            << QStringLiteral("Size=4 Rss=4 Pss=4 Shared_Clean=0 Shared_Dirty=0 Private_Clean=0 Private_Dirty=4 Anonymous=0 AnonHugePages=0 Swap=0");
        QTest::addRow("6.1 MAP_SHARED tmpfs file") << odd61 << 7 << QStringLiteral("7f21570c0000-7f21574c0000 rw-s 0 00:15 3")
                                                   << QStringLiteral("/tmp/shared data.bin") << K::File
                                                   << QStringLiteral(
                                                          "Size=4096 Rss=4096 Pss=2048 Shared_Clean=0 Shared_Dirty=4096 Private_Clean=0 "
                                                          "Private_Dirty=0 Anonymous=0 AnonHugePages=0 Swap=0");
        QTest::addRow("6.1 anonymous in huge pages") << odd61 << 8 << QStringLiteral("7f21574c0000-7f21584c1000 rw-p 0 00:00 0") << QString() << K::Anonymous
                                                     << QStringLiteral(
                                                            "Size=16388 Rss=16384 Pss=8192 Shared_Clean=0 Shared_Dirty=16384 Private_Clean=0 "
                                                            "Private_Dirty=0 Anonymous=16384 AnonHugePages=14336 Swap=0");
    }
    void mapping()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, index);
        QFETCH(QString, header);
        QFETCH(QString, path);
        QFETCH(Mapping::Kind, kind);
        QFETCH(QString, counters);
        const auto parsed = parseSmaps(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const Mapping &mapping = parsed.value.at(index);
        QCOMPARE(TestSmapsParser::header(mapping), header);
        QCOMPARE(mapping.path, path);
        QCOMPARE(mapping.kind, kind);
        QCOMPARE(someCounters(mapping.counters), counters);
    }

    void derivedPaths_data()
    {
        // Real headers of 23158 with the name replaced by what other kernels and programs write.
        const QByteArray real = smaps("linux-6.18", "23158");
        const QByteArray anonymous = QByteArrayLiteral("7fddc5000000-7fddc5800000 rw-p 00000000 00:00 0 \n");
        const QByteArray sharedPath = QByteArrayLiteral("/tmp/cap/shared data.bin\n");
        const auto named = [&](QByteArrayView name) {
            return Fixtures::replaced(real, anonymous, QByteArray(anonymous.chopped(2) + "                          " + name.toByteArray() + '\n'));
        };
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("deleted");
        QTest::addColumn<Mapping::Kind>("kind");
        using K = Mapping::Kind;
        QTest::addRow("[anon:memlens test]") << named("[anon:memlens test]") << 6 << QStringLiteral("[anon:memlens test]") << false << K::NamedAnonymous;
        QTest::addRow("[stack:1234] of old kernels") << named("[stack:1234]") << 6 << QStringLiteral("[stack:1234]") << false << K::OtherPseudo;
        QTest::addRow("[uprobes]") << named("[uprobes]") << 6 << QStringLiteral("[uprobes]") << false << K::OtherPseudo;
        // A named MAP_SHARED|MAP_ANONYMOUS mapping keeps its shmem file's device and inode.
        QTest::addRow("[anon_shmem:pool], with an inode")
            << Fixtures::replaced(real, sharedPath, "[anon_shmem:pool]\n") << 5 << QStringLiteral("[anon_shmem:pool]") << false << K::NamedAnonymous;
        QTest::addRow("deleted file") << Fixtures::replaced(real, sharedPath, "/tmp/cap/shared data.bin (deleted)\n") << 5
                                      << QStringLiteral("/tmp/cap/shared data.bin") << true << K::File;
        QTest::addRow("memfd") << Fixtures::replaced(real, sharedPath, "/memfd:pool (deleted)\n") << 5 << QStringLiteral("/memfd:pool") << true << K::File;
        QTest::addRow("newline in a file name") << Fixtures::replaced(real, sharedPath, "/tmp/a\\012b\n") << 5 << QStringLiteral("/tmp/a\nb") << false
                                                << K::File;
        QTest::addRow("\"(deleted)\" inside a name") << Fixtures::replaced(real, sharedPath, "/tmp/x (deleted) y\n") << 5
                                                     << QStringLiteral("/tmp/x (deleted) y") << false << K::File;
    }
    void derivedPaths()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, index);
        QFETCH(QString, path);
        QFETCH(bool, deleted);
        QFETCH(Mapping::Kind, kind);
        const auto parsed = parseSmaps(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QCOMPARE(parsed.value.size(), 25);
        QCOMPARE(parsed.value.at(index).path, path);
        QCOMPARE(parsed.value.at(index).deleted, deleted);
        QCOMPARE(parsed.value.at(index).kind, kind);
    }

    void sumsMatchRollup_data()
    {
        QTest::addColumn<QByteArray>("smaps");
        QTest::addColumn<QByteArray>("rollup");
        const std::pair<const char *, const char *> processes[] = {
            {"linux-6.18", "23158"},
            {"linux-6.18", "23160"},
            {"linux-6.18", "1170"},
            {"linux-6.18-swap", "31927"},
            {"linux-6.1-cgroup2", "1"},
            {"linux-6.1-cgroup2", "86"},
            {"linux-6.1-cgroup2", "87"},
            {"linux-6.1-swap", "1"},
            {"linux-6.1-swap", "101"},
            {"linux-6.1-swap", "102"},
            {"linux-6.1-swap", "103"},
            {"linux-6.1-swap", "108"},
        };
        for (const auto &[tree, pid] : processes)
            QTest::addRow("%s %s", tree, pid) << smaps(tree, pid) << smaps(tree, pid, "smaps_rollup");
    }
    void sumsMatchRollup()
    {
        // Kernels before 4.14 have no smaps_rollup; MemLens then sums smaps, so the two must agree.
        QFETCH(QByteArray, smaps);
        QFETCH(QByteArray, rollup);
        const auto mappings = parseSmaps(smaps);
        const auto rolledUp = parseSmapsRollup(rollup);
        QVERIFY(mappings.ok() && rolledUp.ok());
        SmapsCounters total;
        for (const Mapping &mapping : mappings.value)
            total.add(mapping.counters);
        // Page counts are exact: each capture read smaps and smaps_rollup of a process that was
        // not touching the counted pages in between (checked against these files: they agree).
        using F = SmapsCounters;
        for (const auto field : {F::Rss, F::SharedClean, F::SharedDirty, F::PrivateClean, F::PrivateDirty, F::Anonymous, F::AnonHugePages, F::Swap, F::Locked})
            QCOMPARE(total.value(field), rolledUp.value.value(field));
        QCOMPARE(total.uss(), rolledUp.value.uss());
        // PSS is not exact: the kernel keeps it in fractions of a page, truncates each mapping's
        // to whole KiB, and totals the fractions for the rollup, in a separate read. Allow 1 KiB
        // per mapping either way.
        const qint64 slack = qint64(mappings.value.size()) * 1024;
        for (const auto field : {F::Pss, F::PssDirty, F::SwapPss})
            QVERIFY2(qAbs(*total.value(field) - *rolledUp.value.value(field)) <= slack, SmapsText::names[size_t(field)]);
        // Pss_Anon/File/Shmem are per-mapping in no 6.x smaps: the sum cannot invent them.
        QCOMPARE(total.value(F::PssAnon), absent);
    }

    void malformed_data()
    {
        // Each row damages the real 6.18 smaps of 23158: 25 lines per mapping, so mapping 5 (the
        // shared file) has its header on line 126, Rss on 130, Pss on 131; mapping 6 starts on 151.
        const QByteArray real = smaps("linux-6.18", "23158");
        const qsizetype shared = real.indexOf("7fddc4c00000-");
        const QByteArray rss = QByteArrayLiteral("Rss:                4096 kB\n");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("mappings");
        QTest::addColumn<int>("index"); // the mapping whose Rss and Pss are checked
        QTest::addColumn<OptionalBytes>("rss");
        QTest::addColumn<OptionalBytes>("pss");
        QTest::addColumn<QString>("error"); // empty: parsed
        QTest::addRow("empty") << QByteArray() << 0 << -1 << absent << absent << QString();
        // A process that exits mid-read leaves whole lines; what was not read is unknown.
        QTest::addRow("truncated at a line end") << real.left(real.indexOf("Pss:", shared)) << 6 << 5 << kib(4096) << absent << QString();
        QTest::addRow("truncated inside a value") << real.left(real.indexOf("Pss:", shared) + 10) << 6 << 5 << kib(4096) << absent
                                                  << QStringLiteral("line 131:");
        QTest::addRow("truncated inside a header") << real.left(real.indexOf("7fddc5000000-") + 16) << 6 << 5 << kib(4096) << kib(2048)
                                                   << QStringLiteral("line 151:");
        QTest::addRow("garbage line, NUL and 0xff") << Fixtures::replaced(real,
                                                                          QByteArray(rss + "Pss:"),
                                                                          QByteArray(rss + QByteArrayLiteral("\xff\0: 1 kB\nPss:")))
                                                    << 25 << 5 << kib(4096) << kib(2048) << QStringLiteral("line 131:");
        QTest::addRow("garbage header stops the parse") << Fixtures::replaced(real, "7fddc5000000-7fddc5800000 rw-p", "7fddc5000000-zzzz rw-p") << 6 << 5
                                                        << kib(4096) << kib(2048) << QStringLiteral("line 151:");
        QTest::addRow("end before start") << Fixtures::replaced(real, "7fddc4c00000-7fddc5000000", "7fddc5000000-7fddc4c00000") << 5 << 4 << kib(4) << kib(4)
                                          << QStringLiteral("line 126:");
        QTest::addRow("20-digit inode") << Fixtures::replaced(real, "fe:00 10962176", "fe:00 99999999999999999999") << 5 << 4 << kib(4) << kib(4)
                                        << QStringLiteral("line 126:");
        QTest::addRow("three permission letters") << Fixtures::replaced(real, "rw-s", "rws") << 5 << 4 << kib(4) << kib(4) << QStringLiteral("line 126:");
        QTest::addRow("device without colon") << Fixtures::replaced(real, "fe:00 10962176", "fe00 10962176") << 5 << 4 << kib(4) << kib(4)
                                              << QStringLiteral("line 126:");
        QTest::addRow("duplicated Rss, first kept") << Fixtures::replaced(real, QByteArray(rss + "Pss:"), QByteArray(rss + "Rss: 1 kB\nPss:")) << 25 << 5
                                                    << kib(4096) << kib(2048) << QStringLiteral("line 131:");
        QTest::addRow("20-digit Rss") << Fixtures::replaced(real, rss, "Rss: 99999999999999999999 kB\n") << 25 << 5 << absent << kib(2048)
                                      << QStringLiteral("line 130:");
        QTest::addRow("counter before any header") << QByteArray("Rss: 4 kB\n" + real) << 25 << 0 << kib(4) << kib(2) << QStringLiteral("line 1:");
        QTest::addRow("mapping without counters") << QByteArray(real.left(real.indexOf('\n') + 1) + real.mid(real.indexOf("561d46035000-"))) << 25 << 0
                                                  << absent << absent << QString();
        QTest::addRow("unknown counter skipped") << Fixtures::replaced(real, rss, QByteArray(rss + "Future_Counter: 5 kB\n")) << 25 << 5 << kib(4096)
                                                 << kib(2048) << QString();
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, mappings);
        QFETCH(int, index);
        QFETCH(OptionalBytes, rss);
        QFETCH(OptionalBytes, pss);
        QFETCH(QString, error);
        const auto parsed = parseSmaps(text);
        QCOMPARE(parsed.value.size(), mappings);
        if (index >= 0) {
            QCOMPARE(parsed.value.at(index).counters.value(SmapsCounters::Rss), rss);
            QCOMPARE(parsed.value.at(index).counters.value(SmapsCounters::Pss), pss);
        }
        QCOMPARE(parsed.ok(), error.isEmpty());
        QVERIFY2(parsed.error.startsWith(error), qPrintable(parsed.error));
        // Whatever came before the damage is intact.
        if (mappings > 0)
            QCOMPARE(parsed.value.constFirst().path, QStringLiteral("/tmp/cap/odd prog"));
    }
};

QTEST_GUILESS_MAIN(TestSmapsParser)
#include "tst_smapsparser.moc"
