// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/proccgroupparser.h"
#include "parsetest.h"

#include <QTest>

// /proc/PID/cgroup: a v1 + v2 hybrid machine (one line per hierarchy, memory among them) and v2
// machines (one "0::/path" line); and damaged copies of a real one.
class TestProcCgroupParser : public QObject
{
    Q_OBJECT

    // "id [controller,controller] path" per line, so the split into three parts is visible.
    static QStringList describe(const QList<CgroupMembership> &memberships)
    {
        QStringList lines;
        for (const CgroupMembership &membership : memberships)
            lines.append(QStringLiteral("%1 [%2] %3")
                             .arg(membership.hierarchy)
                             .arg(QString::fromUtf8(membership.controllers.join(',')), QString::fromUtf8(membership.path)));
        return lines;
    }

    static QStringList v1Hybrid(const QString &memoryPath)
    {
        return {QStringLiteral("9 [name=systemd] /"),
                QStringLiteral("8 [pids] /"),
                QStringLiteral("7 [blkio] /"),
                QStringLiteral("6 [freezer] /"),
                QStringLiteral("5 [devices] /"),
                QStringLiteral("4 [memory] ") + memoryPath,
                QStringLiteral("3 [cpuset] /"),
                QStringLiteral("2 [cpuacct] /"),
                QStringLiteral("1 [cpu] /"),
                QStringLiteral("0 [] /")};
    }

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("memberships");
        QTest::addColumn<QByteArray>("memoryPath");
        QTest::addColumn<QString>("error"); // empty: parsed
        const QByteArray hybrid = Fixtures::file("linux-6.18", "proc/23158/cgroup");
        const QString group = QStringLiteral("/process_api/df4270beac341f7d3eea0b58c9ec3533");
        QTest::addRow("6.18 v1 memory hierarchy") << hybrid << v1Hybrid(group) << group.toUtf8() << QString();
        QTest::addRow("6.18 init, all at the root") << Fixtures::file("linux-6.18", "proc/1/cgroup") << v1Hybrid(QStringLiteral("/")) << QByteArrayLiteral("/")
                                                    << QString();
        QTest::addRow("6.18 v1 limit group") << Fixtures::file("linux-6.18-swap", "proc/31927/cgroup") << v1Hybrid(QStringLiteral("/memlens-swap"))
                                             << QByteArrayLiteral("/memlens-swap") << QString();
        QTest::addRow("6.1 v2 service") << Fixtures::file("linux-6.1-cgroup2", "proc/86/cgroup")
                                        << QStringList{QStringLiteral("0 [] /system.slice/foo.service")} << QByteArrayLiteral("/system.slice/foo.service")
                                        << QString();
        QTest::addRow("6.1 v2 three levels") << Fixtures::file("linux-6.1-swap", "proc/103/cgroup")
                                             << QStringList{QStringLiteral("0 [] /user.slice/user-1000.slice/session-1.scope")}
                                             << QByteArrayLiteral("/user.slice/user-1000.slice/session-1.scope") << QString();
        QTest::addRow("6.1 v2 root") << Fixtures::file("linux-6.1-swap", "proc/2/cgroup") << QStringList{QStringLiteral("0 [] /")} << QByteArrayLiteral("/")
                                     << QString();

        // Derived from the real hybrid file of 23158 (the memory line is line 6).
        QStringList withoutMemory = v1Hybrid(group);
        withoutMemory.removeAt(5);
        QTest::addRow("v1 without memory: the v2 line")
            << Fixtures::replaced(hybrid, QByteArray("4:memory:" + group.toUtf8() + '\n'), "") << withoutMemory << QByteArrayLiteral("/") << QString();
        QStringList joined = v1Hybrid(group);
        joined[8] = QStringLiteral("1 [cpu,cpuacct] /");
        joined.removeAt(7);
        QTest::addRow("joined controllers") << Fixtures::replaced(hybrid, "2:cpuacct:/\n1:cpu:/", "1:cpu,cpuacct:/") << joined << group.toUtf8() << QString();
        QTest::addRow("colon in a v2 path") << QByteArrayLiteral("0::/a:b\n") << QStringList{QStringLiteral("0 [] /a:b")} << QByteArrayLiteral("/a:b")
                                            << QString();
        QTest::addRow("empty") << QByteArray() << QStringList() << QByteArray() << QString();
        QTest::addRow("truncated inside the memory line")
            << hybrid.left(hybrid.indexOf(":/process_api")) << v1Hybrid(group).mid(0, 5) << QByteArray() << QStringLiteral("line 6:");
        QStringList all = v1Hybrid(group);
        QTest::addRow("garbage line, NUL and 0xff") << Fixtures::replaced(hybrid, "3:cpuset", QByteArrayLiteral("\xff\0:memory:/x\n3:cpuset")) << all
                                                    << group.toUtf8() << QStringLiteral("line 7:");
        QStringList withoutPids = v1Hybrid(group);
        withoutPids.removeAt(1);
        QTest::addRow("20-digit hierarchy") << Fixtures::replaced(hybrid, "8:pids", "99999999999999999999:pids") << withoutPids << group.toUtf8()
                                            << QStringLiteral("line 2:");
        QTest::addRow("hierarchy beyond int") << Fixtures::replaced(hybrid, "8:pids", "2147483648:pids") << withoutPids << group.toUtf8()
                                              << QStringLiteral("line 2:");
        QTest::addRow("negative hierarchy") << Fixtures::replaced(hybrid, "8:pids", "-8:pids") << withoutPids << group.toUtf8() << QStringLiteral("line 2:");
        QTest::addRow("relative path") << Fixtures::replaced(hybrid, "8:pids:/", "8:pids:x") << withoutPids << group.toUtf8() << QStringLiteral("line 2:");
        QTest::addRow("no second colon") << Fixtures::replaced(hybrid, "8:pids:/", "8:pids") << withoutPids << group.toUtf8() << QStringLiteral("line 2:");
    }
    void parse()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, memberships);
        QFETCH(QByteArray, memoryPath);
        QFETCH(QString, error);
        const auto cgroups = parseProcCgroup(text);
        QCOMPARE(describe(cgroups.value), memberships);
        QCOMPARE(memoryCgroupPath(cgroups.value), memoryPath);
        QCOMPARE(cgroups.ok(), error.isEmpty());
        QVERIFY2(cgroups.error.startsWith(error), qPrintable(cgroups.error));
    }

    void memoryPathChoice()
    {
        // The v1 memory line wins wherever it is; without one, the v2 line; a named v1 hierarchy
        // (no controllers, id > 0) is never taken for v2.
        const CgroupMembership unified{0, {}, "/unified"};
        const CgroupMembership memory{4, {"memory"}, "/memory"};
        const CgroupMembership named{9, {}, "/named"};
        QCOMPARE(memoryCgroupPath({unified, memory}), QByteArray("/memory"));
        QCOMPARE(memoryCgroupPath({memory, unified}), QByteArray("/memory"));
        QCOMPARE(memoryCgroupPath({named, unified}), QByteArray("/unified"));
        QCOMPARE(memoryCgroupPath({named}), QByteArray());
        QCOMPARE(memoryCgroupPath({}), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TestProcCgroupParser)
#include "tst_proccgroupparser.moc"
