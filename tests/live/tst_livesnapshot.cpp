// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <atomic>
#include <thread>

// `memlens --snapshot --format json` against the live kernel: its system figures are
// /proc/meminfo's, and each process's PSS is what its /proc/PID/smaps_rollup says.
//
// The machine does not stand still while memlens reads it, and the test does not ask it to: each
// figure is held to what the test itself measured in the same seconds — meminfo read again and
// again while memlens runs, each process's PSS read just before memlens starts and just after it
// ends — never to a single reading taken on a quiet machine.
class TestLiveSnapshot : public QObject
{
    Q_OBJECT

    using Fields = QMap<QString, qint64>;

    static Fields parseMeminfo(const QByteArray &text)
    {
        Fields fields;
        for (const QByteArray &line : text.split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() < 2)
                continue;
            const qint64 value = parts[1].toLongLong();
            fields.insert(QString::fromLatin1(parts[0].chopped(1)), parts.size() == 3 ? value * 1024 : value);
        }
        return fields;
    }

    // Every /proc/meminfo field's lowest and highest value over the time it is watched.
    class MeminfoRange
    {
    public:
        void watchWhile(const std::atomic<bool> &running)
        {
            QFile file(QStringLiteral("/proc/meminfo"));
            do {
                if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
                    continue;
                add(parseMeminfo(file.readAll()));
                file.close();
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            } while (running.load());
            file.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
            add(parseMeminfo(file.readAll())); // one more once memlens has ended
        }
        Fields low, high;
        int reads = 0;

    private:
        void add(const Fields &fields)
        {
            ++reads;
            for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
                low[it.key()] = low.contains(it.key()) ? std::min(low[it.key()], it.value()) : it.value();
                high[it.key()] = high.contains(it.key()) ? std::max(high[it.key()], it.value()) : it.value();
            }
        }
    };

    // A process as the kernel and the report name it: pid and start time (field 22 of stat).
    using Key = std::pair<qint64, qint64>;

    // Pss: of every process this user can read that has memory, by process.
    static QHash<Key, qint64> kernelPss()
    {
        QHash<Key, qint64> pss;
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &entry : entries) {
            bool isPid = false;
            const qint64 pid = entry.toLongLong(&isPid);
            if (!isPid)
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
            QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(entry));
            if (!stat.open(QIODevice::ReadOnly) || !rollup.open(QIODevice::ReadOnly))
                continue;
            const QByteArray statText = stat.readAll();
            const QList<QByteArray> fields = statText.mid(statText.lastIndexOf(')') + 2).split(' ');
            for (const QByteArray &line : rollup.readAll().split('\n')) {
                if (line.startsWith("Pss:") && fields.size() > 19)
                    pss.insert({pid, fields[19].toLongLong()}, line.simplified().split(' ').value(1).toLongLong() * 1024);
            }
        }
        return pss;
    }

private Q_SLOTS:
    void matchesTheKernel()
    {
        if (!QFile::exists(QStringLiteral("/proc/self/smaps_rollup")))
            QSKIP("this kernel has no smaps_rollup (before 4.14): nothing to compare the PSS sum against");
        kernelPss(); // warms up the code that reads /proc, so that the test's own PSS moves less
        const QHash<Key, qint64> before = kernelPss();
        MeminfoRange meminfo;
        std::atomic<bool> running = true;
        std::thread watcher([&] {
            meminfo.watchWhile(running);
        });
        QProcess memlens;
        memlens.setReadChannel(QProcess::StandardOutput);
        memlens.start(QStringLiteral(MEMLENS_BINARY), {QStringLiteral("--snapshot"), QStringLiteral("--format"), QStringLiteral("json")});
        const bool started = memlens.waitForStarted();
        const qint64 memlensPid = memlens.processId(); // known only while it runs
        const bool finished = started && memlens.waitForFinished(120'000);
        running = false;
        watcher.join();
        const QHash<Key, qint64> after = kernelPss();
        QVERIFY(started && finished);
        QCOMPARE(memlens.exitCode(), 0);

        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(memlens.readAllStandardOutput(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);

        // System figures: every meminfo field, under its name, in bytes. A capacity that did not
        // change is reported exactly. Any other figure must lie within what meminfo said while
        // memlens ran, give or take 64 MiB: far less than any unit mistake (a kB read as bytes is
        // off by a factor of 1024), far more than what moves between two reads a millisecond apart.
        qInfo("meminfo read %d times while memlens ran", meminfo.reads);
        const QStringList capacities{QStringLiteral("MemTotal"),
                                     QStringLiteral("SwapTotal"),
                                     QStringLiteral("CommitLimit"),
                                     QStringLiteral("VmallocTotal"),
                                     QStringLiteral("Hugepagesize"),
                                     QStringLiteral("HugePages_Total"),
                                     QStringLiteral("CmaTotal")};
        constexpr qint64 slack = 64 * 1024 * 1024;
        const QJsonObject system = report.value(QStringLiteral("system")).toObject();
        for (auto it = meminfo.low.cbegin(); it != meminfo.low.cend(); ++it) {
            QVERIFY2(system.contains(it.key()), qPrintable(it.key()));
            const qint64 reported = system.value(it.key()).toInteger();
            const qint64 high = meminfo.high.value(it.key());
            if (capacities.contains(it.key()) || it.key().startsWith(QStringLiteral("DirectMap"))) {
                if (it.value() == high)
                    QCOMPARE(reported, it.value());
                continue;
            }
            const qint64 margin = it.key().startsWith(QStringLiteral("HugePages_")) ? 0 : slack;
            QVERIFY2(reported >= it.value() - margin && reported <= high + margin,
                     qPrintable(QStringLiteral("%1: reported %2, /proc/meminfo %3 … %4").arg(it.key()).arg(reported).arg(it.value()).arg(high)));
        }
        // Besides meminfo's fields, only the report's groups of other figures.
        const QStringList groups{QStringLiteral("vmstat"),
                                 QStringLiteral("pressure"),
                                 QStringLiteral("swaps"),
                                 QStringLiteral("transparentHugepage"),
                                 QStringLiteral("vm"),
                                 QStringLiteral("kernelMemory"),
                                 QStringLiteral("hugePages"),
                                 QStringLiteral("ksm"),
                                 QStringLiteral("dirty"),
                                 QStringLiteral("overcommit"),
                                 QStringLiteral("numaNodes"),
                                 QStringLiteral("sharedMemory"),
                                 QStringLiteral("gpu")};
        for (const QString &key : system.keys())
            QVERIFY2(meminfo.low.contains(key) || groups.contains(key), qPrintable(key));
        QCOMPARE(system.size(), meminfo.low.size() + groups.size());

        // Processes: each one, once, under its pid and start time.
        QHash<Key, QJsonObject> reported;
        for (const QJsonValue &value : report.value(QStringLiteral("processes")).toArray()) {
            const QJsonObject process = value.toObject();
            const Key key{process.value(QStringLiteral("pid")).toInteger(), process.value(QStringLiteral("startTime")).toInteger()};
            QVERIFY2(!reported.contains(key), qPrintable(QStringLiteral("process %1 is listed twice").arg(key.first)));
            reported.insert(key, process);
        }

        // Every process with memory that lived from before memlens started until after it ended is
        // in the report, with a PSS between the kernel's two readings of it. Processes that came
        // or went meanwhile are left out: the test has no reading of them to compare with.
        //
        // One thing moves every such PSS outside its two readings: memlens itself. While it runs,
        // each page it shares (libc, Qt) is divided among one more process, so the others' PSS
        // drops by as much as memlens's shared pages count in its own PSS, and goes back when it
        // ends. That much, and 2 % of the whole for what reshuffles while it reads, may lie outside.
        qint64 memlensShared = -1;
        for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
            if (it.key().first == memlensPid)
                memlensShared = it->value(QStringLiteral("pss")).toInteger() - it->value(QStringLiteral("uss")).toInteger();
        }
        QVERIFY2(memlensShared >= 0, "memlens does not list itself with its PSS and USS");

        qint64 compared = 0, whole = 0, outside = 0;
        bool sawThisTest = false;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const auto later = after.constFind(it.key());
            if (later == after.cend())
                continue;
            const QJsonObject process = reported.value(it.key());
            QVERIFY2(!process.isEmpty(), qPrintable(QStringLiteral("process %1 ran throughout but is not in the report").arg(it.key().first)));
            const QJsonValue pss = process.value(QStringLiteral("pss"));
            QVERIFY2(pss.isDouble(),
                     qPrintable(QStringLiteral("process %1 (%2): no PSS in the report, the kernel gave %3 and %4 bytes")
                                    .arg(it.key().first)
                                    .arg(process.value(QStringLiteral("name")).toString())
                                    .arg(*it)
                                    .arg(*later)));
            const qint64 value = pss.toInteger(), low = std::min(*it, *later), high = std::max(*it, *later);
            outside += value < low ? low - value : value > high ? value - high : 0;
            whole += high;
            ++compared;
            sawThisTest |= it.key().first == QCoreApplication::applicationPid();
        }
        const qint64 allowed = memlensShared + whole / 50;
        qInfo(
            "PSS of %lld processes that ran throughout: %lld bytes outside the kernel's readings before and after, of %lld; "
            "allowed %lld (memlens's shared pages %lld and 2 %%)",
            compared,
            outside,
            whole,
            allowed,
            memlensShared);
        QVERIFY2(sawThisTest, "the test's own process is not among those compared");
        QVERIFY2(outside <= allowed, qPrintable(QStringLiteral("%1 bytes outside the kernel's readings, %2 allowed").arg(outside).arg(allowed)));
    }
};

QTEST_GUILESS_MAIN(TestLiveSnapshot)
#include "tst_livesnapshot.moc"
