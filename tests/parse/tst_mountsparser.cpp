// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/mountsparser.h"
#include "parsetest.h"

#include <QTest>

// /proc/self/mounts of the build machine, with tmpfs mounts whose names the kernel escapes; and
// damaged copies of it.
class TestMountsParser : public QObject
{
    Q_OBJECT

    // "source|mount point|type|options" per mount.
    static QStringList describe(const QList<MountEntry> &mounts)
    {
        QStringList rows;
        for (const MountEntry &mount : mounts)
            rows.append(mount.source + u'|' + mount.mountPoint + u'|' + QString::fromLatin1(mount.type) + u'|' + QString::fromLatin1(mount.options));
        return rows;
    }
    static QStringList tmpfsOnly(const QList<MountEntry> &mounts)
    {
        QList<MountEntry> tmpfs;
        for (const MountEntry &mount : mounts) {
            if (mount.type == "tmpfs")
                tmpfs.append(mount);
        }
        return describe(tmpfs);
    }
    static QByteArray captured()
    {
        return Fixtures::file("linux-6.18-kernelmem", "proc/self/mounts");
    }

private Q_SLOTS:
    void capture()
    {
        const auto mounts = parseMounts(captured());
        QVERIFY2(mounts.ok(), qPrintable(mounts.error));
        QCOMPARE(mounts.value.size(), 22);
        QCOMPARE(describe({mounts.value.constFirst()}),
                 QStringList{QStringLiteral("/dev/vda|/|ext4|rw,relatime,discard,resv_strict,resuid=65534,resgid=65534")});
        // /dev/shm twice: mounted on top of itself, as /proc/self/mounts lists every layer.
        QCOMPARE(tmpfsOnly(mounts.value),
                 (QStringList{QStringLiteral("tmpfs|/sys/fs/cgroup|tmpfs|rw,relatime,mode=755"),
                              QStringLiteral("tmpfs|/dev/shm|tmpfs|rw,relatime,size=24684084k"),
                              QStringLiteral("tmpfs|/dev/shm|tmpfs|rw,relatime,size=24684084k"),
                              QStringLiteral("tmpfs one|/tmp/tmp.7xnel6hTE0/shm data=1|tmpfs|rw,relatime,size=1024k"),
                              QStringLiteral("memlens|/tmp/tmp.7xnel6hTE0/back\\slash|tmpfs|rw,relatime,size=64k"),
                              QStringLiteral("memlens|/tmp/tmp.7xnel6hTE0/unlimited|tmpfs|rw,relatime,size=0k")}));
    }

    void malformed_data()
    {
        // Each row damages the capture's last three lines (20, 21, 22), the escaped tmpfs mounts.
        const QByteArray real = captured();
        const QByteArray tail = real.sliced(real.indexOf("tmpfs\\040one"));
        const QString one = QStringLiteral("tmpfs one|/tmp/tmp.7xnel6hTE0/shm data=1|tmpfs|rw,relatime,size=1024k");
        const QString back = QStringLiteral("memlens|/tmp/tmp.7xnel6hTE0/back\\slash|tmpfs|rw,relatime,size=64k");
        const QString unlimited = QStringLiteral("memlens|/tmp/tmp.7xnel6hTE0/unlimited|tmpfs|rw,relatime,size=0k");
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("mounts");
        QTest::addColumn<QString>("error");
        QTest::addRow("empty") << QByteArray() << QStringList() << QString();
        QTest::addRow("no final newline") << tail.chopped(1) << QStringList{one, back, unlimited} << QString();
        QTest::addRow("cut inside the options") << tail.left(tail.indexOf("size=0k")) << QStringList{one, back} << QStringLiteral("line 3:");
        QTest::addRow("cut after the mount point") << tail.left(tail.indexOf("/unlimited") + 10) << QStringList{one, back} << QStringLiteral("line 3:");
        QTest::addRow("space not escaped") << Fixtures::replaced(tail, "tmpfs\\040one", "tmpfs one") << QStringList{back, unlimited}
                                           << QStringLiteral("line 1:");
        QTest::addRow("relative mount point") << Fixtures::replaced(tail, " /tmp/tmp.7xnel6hTE0/back", " tmp/back") << QStringList{one, unlimited}
                                              << QStringLiteral("line 2:");
        QTest::addRow("dump not a number") << Fixtures::replaced(tail, "size=64k 0 0", "size=64k x 0") << QStringList{one, unlimited}
                                           << QStringLiteral("line 2:");
        QTest::addRow("extra field") << Fixtures::replaced(tail, "size=64k 0 0", "size=64k 0 0 0") << QStringList{one, unlimited} << QStringLiteral("line 2:");
        QTest::addRow("garbage line between, NUL and 0xff") << Fixtures::replaced(tail, "memlens", QByteArrayLiteral("\xff\0garbage\nmemlens"))
                                                            << QStringList{one, back, unlimited} << QStringLiteral("line 2:");
        QTest::addRow("incomplete escape kept as written")
            << Fixtures::replaced(tail, "back\\134slash", "back\\13slash")
            << QStringList{one, QString(back).replace(QStringLiteral("back\\slash"), QStringLiteral("back\\13slash")), unlimited} << QString();
        QTest::addRow("escaped invalid UTF-8") << Fixtures::replaced(tail, "back\\134slash", "back\\377slash")
                                               << QStringList{one,
                                                              QString(back).replace(QStringLiteral("back\\slash"), QStringLiteral("back\uFFFDslash")),
                                                              unlimited}
                                               << QString();
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, mounts);
        QFETCH(QString, error);
        const auto parsed = parseMounts(text);
        QCOMPARE(describe(parsed.value), mounts);
        QCOMPARE(parsed.ok(), error.isEmpty());
        QVERIFY2(parsed.error.startsWith(error), qPrintable(parsed.error));
    }
};

QTEST_GUILESS_MAIN(TestMountsParser)
#include "tst_mountsparser.moc"
