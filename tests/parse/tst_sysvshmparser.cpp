// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "parse/sysvshmparser.h"
#include "parsetest.h"

#include <QTest>

// /proc/sysvipc/shm from 6.18 and 6.1, each with an attached and an unattached segment; the same
// text with its columns moved, cut or added; and damaged copies.
class TestSysVShmParser : public QObject
{
    Q_OBJECT

    // "key|shmid|perms|flags|size|cpid|lpid|nattch|uid:gid|cuid:cgid|atime|dtime|ctime|rss|swap"
    static QString describe(const SysVShmSegment &s)
    {
        const auto optional = [](const std::optional<qint64> &value) {
            return value ? QString::number(*value) : QStringLiteral("-");
        };
        return QString::number(s.key) + u'|' + QString::number(s.shmid) + u'|' + QString::number(s.permissions, 8) + u'|'
            + (s.destroyWhenDetached ? u'D' : u'-') + (s.locked ? u'L' : u'-') + u'|' + QString::number(s.sizeBytes) + u'|' + QString::number(s.creatorPid)
            + u'|' + QString::number(s.lastPid) + u'|' + QString::number(s.attachments) + u'|' + QString::number(s.uid) + u':' + QString::number(s.gid) + u'|'
            + QString::number(s.creatorUid) + u':' + QString::number(s.creatorGid) + u'|' + QString::number(s.attachTime) + u'|' + QString::number(s.detachTime)
            + u'|' + QString::number(s.changeTime) + u'|' + optional(s.rssBytes) + u'|' + optional(s.swapBytes);
    }
    static QStringList describe(const QList<SysVShmSegment> &segments)
    {
        QStringList rows;
        for (const SysVShmSegment &segment : segments)
            rows.append(describe(segment));
        return rows;
    }

    // Every line's columns rebuilt by f(list of columns), joined by single spaces.
    template<typename F>
    static QByteArray rebuilt(const QByteArray &text, F f)
    {
        QByteArray out;
        for (const QByteArray &line : text.split('\n')) {
            if (line.isEmpty())
                continue;
            QByteArrayList columns = line.simplified().split(' ');
            f(columns);
            out += columns.join(' ') + '\n';
        }
        return out;
    }

    static QByteArray v618()
    {
        return Fixtures::file("linux-6.18-kernelmem", "proc/sysvipc/shm");
    }
    static QString attached618()
    {
        return QStringLiteral("1296387404|35|600|--|4194304|21739|21739|1|0:0|0:0|1795422117|0|1795422117|1048576|0");
    }
    static QString unattached618()
    {
        return QStringLiteral("1296387378|36|640|--|4194304|21739|0|0|0:0|0:0|0|0|1795422117|0|0");
    }

private Q_SLOTS:
    void captures_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("segments");
        // Keys "MEML" and "MEM2"; the attached one has 1 MiB of its 4 MiB touched.
        QTest::addRow("6.18") << v618() << QStringList{attached618(), unattached618()};
        // An IPC_PRIVATE segment (key 0), attached on node 1 with half of it touched.
        QTest::addRow("6.1, two nodes") << Fixtures::file("linux-6.1-numa", "proc/sysvipc/shm")
                                        << QStringList{QStringLiteral("0|0|600|--|2097152|111|111|1|0:0|0:0|1795422091|0|1795422091|1048576|0"),
                                                       QStringLiteral("1296387404|1|640|--|2097152|111|0|0|0:0|0:0|0|0|1795422091|0|0")};
        QTest::addRow("no segments") << v618().left(v618().indexOf('\n') + 1) << QStringList();
        QTest::addRow("header only, no newline") << v618().left(v618().indexOf('\n')) << QStringList();
    }
    void captures()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, segments);
        const auto shm = parseSysVShm(text);
        QVERIFY2(shm.ok(), qPrintable(shm.error));
        QCOMPARE(describe(shm.value), segments);
    }

    void layouts_data()
    {
        // The header says where each column is: the same segments however the columns are laid out.
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("segments");
        const QStringList both{attached618(), unattached618()};
        QTest::addRow("single spaces") << rebuilt(v618(), [](QByteArrayList &) {}) << both;
        QTest::addRow("size and rss swapped") << rebuilt(v618(), [](QByteArrayList &c) {
            c.swapItemsAt(3, 14);
        }) << both;
        QTest::addRow("reversed") << rebuilt(v618(), [](QByteArrayList &c) {
            std::reverse(c.begin(), c.end());
        }) << both;
        QTest::addRow("unknown column added") << rebuilt(v618(), [](QByteArrayList &c) {
            c.insert(5, c.constFirst() == "key" ? QByteArrayLiteral("numa") : QByteArrayLiteral("x"));
        }) << both;
        QStringList withoutRss = both;
        for (QString &row : withoutRss)
            row = row.section(u'|', 0, 12) + QStringLiteral("|-|-");
        QTest::addRow("older kernel: no rss, no swap") << rebuilt(v618(), [](QByteArrayList &c) {
            c.resize(14);
        }) << withoutRss;
        QTest::addRow("marked for destruction, locked")
            << Fixtures::replaced(v618(), "   600 ", "  3600 ")
            << QStringList{QString(attached618()).replace(QStringLiteral("|600|--|"), QStringLiteral("|600|DL|")), unattached618()};
        QTest::addRow("key above 0x7fffffff, negative")
            << Fixtures::replaced(v618(), "1296387378", "-1")
            << QStringList{attached618(), QString(unattached618()).replace(QStringLiteral("1296387378|"), QStringLiteral("-1|"))};
    }
    void layouts()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, segments);
        const auto shm = parseSysVShm(text);
        QVERIFY2(shm.ok(), qPrintable(shm.error));
        QCOMPARE(describe(shm.value), segments);
    }

    void malformed_data()
    {
        // Each row damages the 6.18 file: the header, the attached segment on line 2, the other on 3.
        const QByteArray real = v618();
        const QString attached = attached618();
        const QString unattached = unattached618();
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("segments");
        QTest::addColumn<QString>("error");
        QTest::addRow("empty") << QByteArray() << QStringList() << QString();
        QTest::addRow("no header") << real.mid(real.indexOf('\n') + 1) << QStringList() << QStringLiteral("line 1: the header has no \"key\" column");
        QTest::addRow("header without nattch") << Fixtures::replaced(real, "nattch", "natt") << QStringList()
                                               << QStringLiteral("line 1: the header has no \"nattch\" column");
        QTest::addRow("header with size twice") << Fixtures::replaced(real, "rss", "size") << QStringList()
                                                << QStringLiteral("line 1: column \"size\" appears twice");
        QTest::addRow("truncated inside a line") << real.left(real.indexOf("1795422117", real.indexOf("\n1296387378"))) << QStringList{attached}
                                                 << QStringLiteral("line 3:");
        QTest::addRow("garbage line, NUL and 0xff") << Fixtures::replaced(real, "\n1296387378", QByteArrayLiteral("\n\xff\0garbage\n1296387378"))
                                                    << QStringList{attached, unattached} << QStringLiteral("line 3:");
        QTest::addRow("duplicated shmid, first kept") << Fixtures::replaced(real, "        36   640", "        35   640") << QStringList{attached}
                                                      << QStringLiteral("line 3: shmid 35 appears twice");
        QTest::addRow("20-digit size") << Fixtures::replaced(real, "4194304", "99999999999999999999") << QStringList{unattached} << QStringLiteral("line 2:");
        QTest::addRow("key beyond int") << Fixtures::replaced(real, "1296387404", "4294967296") << QStringList{unattached} << QStringLiteral("line 2:");
        QTest::addRow("uid beyond 32 bits") << Fixtures::replaced(real, "     1     0     0", "     1 4294967296     0") << QStringList{unattached}
                                            << QStringLiteral("line 2:");
        QTest::addRow("perms not octal") << Fixtures::replaced(real, "   600 ", "   680 ") << QStringList{unattached} << QStringLiteral("line 2:");
        QTest::addRow("negative rss") << Fixtures::replaced(real, "1048576", "-1048576") << QStringList{unattached} << QStringLiteral("line 2:");
        QTest::addRow("a column short") << Fixtures::replaced(real, "               1048576 ", " ") << QStringList{unattached} << QStringLiteral("line 2:");
        QTest::addRow("a column over") << Fixtures::replaced(real, "               1048576 ", " 1 1048576 ") << QStringList{unattached}
                                       << QStringLiteral("line 2:");
        QTest::addRow("no final newline") << real.chopped(1) << QStringList{attached, unattached} << QString();
    }
    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, segments);
        QFETCH(QString, error);
        const auto shm = parseSysVShm(text);
        QCOMPARE(describe(shm.value), segments);
        QCOMPARE(shm.ok(), error.isEmpty());
        QVERIFY2(shm.error.startsWith(error), qPrintable(shm.error));
    }
};

QTEST_GUILESS_MAIN(TestSysVShmParser)
#include "tst_sysvshmparser.moc"
