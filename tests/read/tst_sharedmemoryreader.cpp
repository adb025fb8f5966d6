// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "read/sharedmemoryreader.h"
#include "support/fixtures.h"

#include <QFile>
#include <QTest>

#include <unistd.h>

// Where Shmem goes: SysV segments from two captures, POSIX shared memory listed in a made-up
// /dev/shm under a temporary root, the tmpfs mounts of a captured mount table, and live, the
// usage of this machine's tmpfs mounts. A part that cannot be read leaves the others whole.
class TestSharedMemoryReader : public QObject
{
    Q_OBJECT

    // "key|shmid|owner|size|rss|swap|nattch|cpid|lpid|orphaned"
    static QStringList describe(const QList<SharedMemorySegment> &segments)
    {
        QStringList rows;
        for (const SharedMemorySegment &s : segments) {
            const SysVShmSegment &v = s.segment;
            rows.append(QStringLiteral("%1|%2|%3|%4|%5|%6|%7|%8|%9|%10")
                            .arg(v.key)
                            .arg(v.shmid)
                            .arg(s.owner)
                            .arg(v.sizeBytes)
                            .arg(v.rssBytes.value_or(-1))
                            .arg(v.swapBytes.value_or(-1))
                            .arg(v.attachments)
                            .arg(v.creatorPid)
                            .arg(v.lastPid)
                            .arg(s.orphaned() ? QStringLiteral("orphaned") : QStringLiteral("attached")));
        }
        return rows;
    }
    static bool writeFile(const QString &path, const QByteArray &text)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
    }

private Q_SLOTS:
    void sysVSegments_data()
    {
        QTest::addColumn<QString>("tree");
        QTest::addColumn<QStringList>("segments");
        QTest::addRow("6.18") << QStringLiteral("linux-6.18-kernelmem")
                              << QStringList{QStringLiteral("1296387404|35|0|4194304|1048576|0|1|21739|21739|attached"),
                                             QStringLiteral("1296387378|36|0|4194304|0|0|0|21739|0|orphaned")};
        QTest::addRow("6.1, two nodes") << QStringLiteral("linux-6.1-numa")
                                        << QStringList{QStringLiteral("0|0|0|2097152|1048576|0|1|111|111|attached"),
                                                       QStringLiteral("1296387404|1|0|2097152|0|0|0|111|0|orphaned")};
    }
    void sysVSegments()
    {
        QFETCH(QString, tree);
        QFETCH(QStringList, segments);
        const SharedMemorySnapshot shared = Fixtures::system(qPrintable(tree)).sharedMemory;
        QVERIFY(shared.sysV.available());
        QVERIFY(shared.sysV.problem.isEmpty());
        QCOMPARE(describe(*shared.sysV.value), segments);
        // Neither capture has a /dev/shm; the mount table is this machine's only.
        QVERIFY(shared.posix.unavailableReason.startsWith(QStringLiteral("/dev/shm could not be listed: ")));
    }

    void ownerNamesFromTheTree()
    {
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.18-kernelmem", dir));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("etc")));
        QVERIFY(writeFile(dir.path() + QStringLiteral("/etc/passwd"), "root:x:0:0:root:/root:/bin/sh\n"));
        const SharedMemorySnapshot shared = SharedMemoryReader(SysRoot(dir.path())).read();
        QCOMPARE(shared.sysV.value->constFirst().owner, QStringLiteral("root"));
    }

    void withoutSysV()
    {
        // A kernel without System V IPC: the other parts are still read.
        const SharedMemorySnapshot shared = Fixtures::system("linux-6.18").sharedMemory;
        QVERIFY(!shared.sysV.available());
        QVERIFY(shared.sysV.unavailableReason.contains(QStringLiteral("/proc/sysvipc/shm does not exist")));
        QVERIFY(!shared.tmpfs.available());
        QVERIFY(shared.tmpfs.unavailableReason.contains(QStringLiteral("/proc/self/mounts does not exist")));
    }

    void damagedSysV()
    {
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.18-kernelmem", dir));
        const QByteArray shm = Fixtures::file("linux-6.18-kernelmem", "proc/sysvipc/shm");
        QVERIFY(writeFile(dir.path() + QStringLiteral("/proc/sysvipc/shm"), shm.left(shm.lastIndexOf("21739"))));
        const SharedMemorySnapshot shared = SharedMemoryReader(SysRoot(dir.path())).read();
        QCOMPARE(shared.sysV.value->size(), 1); // the whole line kept, the cut one left out
        QVERIFY(shared.sysV.problem.contains(QStringLiteral("the last line is cut short")));
        QVERIFY(shared.tmpfs.available());
    }

    void posixFiles()
    {
        QTemporaryDir root;
        const QString shm = root.path() + QStringLiteral("/dev/shm");
        QVERIFY(QDir().mkpath(shm));
        // A 1 MiB object with 8 KiB written, an empty semaphore-named file, a directory and a
        // symbolic link: only the regular files are shared memory objects.
        QFile object(shm + QStringLiteral("/object with space"));
        QVERIFY(object.open(QIODevice::WriteOnly));
        QVERIFY(object.write(QByteArray(8192, 'x')) == 8192);
        QVERIFY(object.resize(1024 * 1024));
        object.close();
        QVERIFY(writeFile(shm + QStringLiteral("/sem.lock"), QByteArray()));
        QVERIFY(QDir(shm).mkdir(QStringLiteral("directory")));
        QVERIFY(QFile::link(shm + QStringLiteral("/sem.lock"), shm + QStringLiteral("/link")));
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("etc")));
        QVERIFY(writeFile(root.path() + QStringLiteral("/etc/passwd"), "me:x:" + QByteArray::number(getuid()) + ":0::/:/bin/sh\n"));

        const SharedMemorySnapshot shared = SharedMemoryReader(SysRoot(root.path())).read();
        QVERIFY(shared.posix.available());
        const QList<PosixSharedMemoryFile> &files = *shared.posix.value;
        QCOMPARE(files.size(), 2);
        QCOMPARE(files[0].name, QStringLiteral("object with space"));
        QCOMPARE(files[0].sizeBytes, 1024 * 1024);
        // The written pages take blocks, the rest of the size is a hole.
        QVERIFY2(files[0].usedBytes >= 8192 && files[0].usedBytes < 1024 * 1024, qPrintable(QString::number(files[0].usedBytes)));
        QCOMPARE(files[0].uid, uint(getuid()));
        QCOMPARE(files[0].owner, QStringLiteral("me"));
        QCOMPARE(files[1].name, QStringLiteral("sem.lock"));
        QCOMPARE(files[1].sizeBytes, 0);
        QCOMPARE(files[1].usedBytes, 0);
        // No proc/ in this root: those parts are missing, this one is not.
        QVERIFY(!shared.sysV.available());
        QVERIFY(!shared.tmpfs.available());
    }

    void tmpfsOfARecording()
    {
        const SharedMemorySnapshot shared = Fixtures::system("linux-6.18-kernelmem").sharedMemory;
        QVERIFY(shared.tmpfs.available());
        QStringList mountPoints;
        for (const TmpfsMount &mount : *shared.tmpfs.value) {
            mountPoints.append(mount.mountPoint);
            // The mount table is recorded, the file systems it names are not here to measure.
            QVERIFY(!mount.sizeBytes.available());
            QVERIFY(mount.usedBytes.unavailableReason.startsWith(QStringLiteral("not measured: ")));
        }
        QCOMPARE(mountPoints,
                 (QStringList{QStringLiteral("/sys/fs/cgroup"),
                              QStringLiteral("/dev/shm"),
                              QStringLiteral("/dev/shm"),
                              QStringLiteral("/tmp/tmp.7xnel6hTE0/shm data=1"),
                              QStringLiteral("/tmp/tmp.7xnel6hTE0/back\\slash"),
                              QStringLiteral("/tmp/tmp.7xnel6hTE0/unlimited")}));
        QCOMPARE(shared.tmpfs.value->at(3).source, QStringLiteral("tmpfs one"));
        QCOMPARE(shared.tmpfs.value->at(3).options, QByteArray("rw,relatime,size=1024k"));
    }

    void liveTmpfsAndDevShm()
    {
        // This machine's own tmpfs mounts, measured: whatever else runs, used never passes size.
        // A file of 1 MiB written to /dev/shm shows in the POSIX list and in /dev/shm's usage.
        const QString path = QStringLiteral("/dev/shm/memlens-test-%1").arg(QCoreApplication::applicationPid());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            QSKIP("no writable /dev/shm here");
        const bool written = file.write(QByteArray(1024 * 1024, 'm')) == 1024 * 1024;
        file.close();
        const SharedMemorySnapshot shared = SystemSampler(SysRoot()).sample().sharedMemory;
        QFile::remove(path);
        QVERIFY(written);

        QVERIFY(shared.posix.available());
        bool listed = false;
        for (const PosixSharedMemoryFile &posix : *shared.posix.value) {
            if (u"/dev/shm/" + posix.name == path) {
                listed = true;
                QCOMPARE(posix.sizeBytes, 1024 * 1024);
                QCOMPARE(posix.usedBytes, 1024 * 1024);
            }
        }
        QVERIFY(listed);

        QVERIFY(shared.tmpfs.available());
        int measured = 0;
        for (const TmpfsMount &mount : *shared.tmpfs.value) {
            QCOMPARE(mount.sizeBytes.available(), mount.usedBytes.available());
            if (!mount.sizeBytes.available()) {
                QVERIFY(!mount.sizeBytes.unavailableReason.isEmpty());
                continue;
            }
            ++measured;
            QVERIFY2(*mount.sizeBytes.value > 0 && *mount.usedBytes.value >= 0 && *mount.usedBytes.value <= *mount.sizeBytes.value,
                     qPrintable(mount.mountPoint));
            if (mount.mountPoint == u"/dev/shm")
                QVERIFY(*mount.usedBytes.value >= 1024 * 1024);
        }
        QVERIFY(measured > 0);
    }
};

QTEST_GUILESS_MAIN(TestSharedMemoryReader)
#include "tst_sharedmemoryreader.moc"
