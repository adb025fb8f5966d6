#include "parse/flatkeyedparser.h"
#include "support/fixtures.h"

#include <QTest>

// The "name value" format: /proc/vmstat and cgroup memory.stat / memory.events.
class TestFlatKeyedParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vmstat()
    {
        const QByteArray text = Fixtures::file("linux-6.18-swap", "proc/vmstat");
        const auto vmstat = parseFlatKeyed(text);
        QVERIFY2(vmstat.ok(), qPrintable(vmstat.error));
        QCOMPARE(vmstat.value.list().size(), text.count('\n'));
        QCOMPARE(vmstat.value.value("pswpin"), qint64(23));
        QCOMPARE(vmstat.value.value("pswpout"), qint64(6385));
        QCOMPARE(vmstat.value.value("pgfault"), qint64(107194978));
        QCOMPARE(vmstat.value.value("pgmajfault"), qint64(7620));
        QCOMPARE(vmstat.value.value("oom_kill"), qint64(0));
        QCOMPARE(vmstat.value.value("thp_fault_alloc"), qint64(0));
        int scanAndSteal = 0;
        for (const NamedValue &counter : vmstat.value.list())
            scanAndSteal += counter.name.startsWith("pgscan") || counter.name.startsWith("pgsteal");
        QVERIFY(scanAndSteal >= 8);
    }

    void cgroupV1Stat()
    {
        const auto stat = parseFlatKeyed(Fixtures::file("linux-6.18-swap", "sys/fs/cgroup/memory/memlens-swap/memory.stat"));
        QVERIFY(stat.ok());
        QCOMPARE(stat.value.value("rss"), qint64(16285696));
        QCOMPARE(stat.value.value("swap"), qint64(25432064));
        QCOMPARE(stat.value.list().constFirst().name, QByteArray("cache"));
    }

    void cgroupV2StatAndEvents()
    {
        const auto stat = parseFlatKeyed(Fixtures::file("linux-6.1-cgroup2", "sys/fs/cgroup/system.slice/foo.service/memory.stat"));
        QVERIFY2(stat.ok(), qPrintable(stat.error));
        QCOMPARE(stat.value.list().constFirst().name, QByteArray("anon"));
        QVERIFY(*stat.value.value("anon") > 20 * 1024 * 1024);
        QVERIFY(stat.value.contains("workingset_refault_anon"));
        const auto events = parseFlatKeyed(Fixtures::file("linux-6.1-cgroup2", "sys/fs/cgroup/system.slice/foo.service/memory.events"));
        QVERIFY(events.ok());
        QCOMPARE(events.value.value("high"), qint64(171));
        QCOMPARE(events.value.list().size(), 6);
    }

    void damaged_data()
    {
        const QByteArray real = Fixtures::file("linux-6.18", "proc/vmstat");
        const int all = int(real.count('\n'));
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("counters");
        QTest::addColumn<bool>("ok");
        QTest::addRow("empty") << QByteArray() << 0 << true;
        const int before = int(real.left(real.indexOf("nr_inactive_anon")).count('\n'));
        QTest::addRow("truncated after the name") << real.left(real.indexOf("nr_inactive_anon") + 16) << before << false;
        // A NUL and bytes above 0x7f glued to a real name make that line unreadable; not a new counter.
        QTest::addRow("garbage bytes") << Fixtures::replaced(real, "nr_inactive_anon", QByteArray(QByteArray("\x80\xfe\n\0", 4) + "nr_inactive_anon"))
                                       << all - 1 << false;
        QTest::addRow("overflow") << Fixtures::replaced(real, "pgfault ", "pgfault 99999999999999999999\npgfault_was ") << all << false;
        QTest::addRow("duplicate, first kept") << Fixtures::replaced(real, "pgmajfault ", "pgfault 1\npgmajfault ") << all << false;
        QTest::addRow("name without value") << Fixtures::replaced(real, "pgfault ", "lonely\npgfault ") << all << false;
    }
    void damaged()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, counters);
        QFETCH(bool, ok);
        const auto vmstat = parseFlatKeyed(text);
        QCOMPARE(vmstat.ok(), ok);
        QCOMPARE(vmstat.value.list().size(), counters);
        if (!ok)
            QVERIFY(vmstat.error.startsWith(QStringLiteral("line ")));
        if (counters > 100) // the real pgmajfault survives the bad line next to it
            QCOMPARE(vmstat.value.value("pgmajfault"), parseFlatKeyed(Fixtures::file("linux-6.18", "proc/vmstat")).value.value("pgmajfault"));
    }
};

QTEST_GUILESS_MAIN(TestFlatKeyedParser)
#include "tst_flatkeyedparser.moc"
