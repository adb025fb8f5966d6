#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// `memlens --snapshot --format json` against the live kernel: its system figures are
// /proc/meminfo's, and its summed PSS is what summing Pss: over /proc/*/smaps_rollup gives.
class TestLiveSnapshot : public QObject
{
    Q_OBJECT

    static QMap<QString, qint64> meminfoBytes()
    {
        QFile file(QStringLiteral("/proc/meminfo"));
        [&] {
            QVERIFY(file.open(QIODevice::ReadOnly));
        }();
        QMap<QString, qint64> fields;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            if (parts.size() < 2)
                continue;
            const qint64 value = parts[1].toLongLong();
            fields.insert(QString::fromLatin1(parts[0].chopped(1)), parts.size() == 3 ? value * 1024 : value);
        }
        return fields;
    }

    // Sum of a smaps_rollup field over every process this user can read, but for the given pids.
    static qint64 kernelSum(QByteArrayView field, const QList<qint64> &skipPids = {})
    {
        qint64 sum = 0;
        const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
        for (const QString &entry : entries) {
            bool isPid = false;
            if (skipPids.contains(entry.toLongLong(&isPid)) || !isPid)
                continue;
            QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(entry));
            if (!rollup.open(QIODevice::ReadOnly))
                continue;
            for (const QByteArray &line : rollup.readAll().split('\n')) {
                if (line.startsWith(field))
                    sum += line.simplified().split(' ').value(1).toLongLong() * 1024;
            }
        }
        return sum;
    }

private Q_SLOTS:
    void matchesTheKernel()
    {
        if (!QFile::exists(QStringLiteral("/proc/self/smaps_rollup")))
            QSKIP("this kernel has no smaps_rollup (before 4.14): nothing to compare the PSS sum against");
        // The kernel's sum just before memlens starts and just after it ends: memlens reads
        // between the two, and this test's own heap (reading memlens's output) moves in between,
        // most under AddressSanitizer. The first call also warms up the code that reads /proc.
        kernelSum("Pss:");
        const qint64 pssBefore = kernelSum("Pss:");
        const QMap<QString, qint64> before = meminfoBytes();
        QProcess memlens;
        memlens.setReadChannel(QProcess::StandardOutput);
        memlens.start(QStringLiteral(MEMLENS_BINARY), {QStringLiteral("--snapshot"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(memlens.waitForStarted());
        const qint64 memlensPid = memlens.processId(); // known only while it runs
        QVERIFY(memlens.waitForFinished(60000));
        const qint64 pssAfter = kernelSum("Pss:", {memlensPid});
        const QMap<QString, qint64> after = meminfoBytes();
        QCOMPARE(memlens.exitCode(), 0);

        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(memlens.readAllStandardOutput(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);

        // System figures: every meminfo field, under its name, in bytes. Capacities must be
        // equal. Everything else moves while memlens runs, and memlens itself moves it (its own
        // pages, page tables and commitments are in the figures it reads), so a moving figure
        // must lie between the reads taken just before and just after, give or take 64 MiB:
        // far less than any unit mistake (a kB read as bytes is off by a factor of 1024).
        const QStringList capacities{QStringLiteral("MemTotal"),
                                     QStringLiteral("SwapTotal"),
                                     QStringLiteral("CommitLimit"),
                                     QStringLiteral("VmallocTotal"),
                                     QStringLiteral("Hugepagesize"),
                                     QStringLiteral("HugePages_Total"),
                                     QStringLiteral("CmaTotal")};
        constexpr qint64 slack = 64 * 1024 * 1024;
        const QJsonObject system = report.value(QStringLiteral("system")).toObject();
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QVERIFY2(system.contains(it.key()), qPrintable(it.key()));
            const qint64 reported = system.value(it.key()).toInteger();
            if (capacities.contains(it.key()) || it.key().startsWith(QStringLiteral("DirectMap"))) {
                if (it.value() == after.value(it.key()))
                    QCOMPARE(reported, it.value());
                continue;
            }
            const bool isCount = it.key().startsWith(QStringLiteral("HugePages_"));
            const qint64 low = std::min(it.value(), after.value(it.key())) - (isCount ? 0 : slack);
            const qint64 high = std::max(it.value(), after.value(it.key())) + (isCount ? 0 : slack);
            QVERIFY2(reported >= low && reported <= high,
                     qPrintable(QStringLiteral("%1: reported %2, /proc/meminfo %3 … %4").arg(it.key()).arg(reported).arg(low).arg(high)));
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
                                 QStringLiteral("sharedMemory")};
        for (const QString &key : system.keys())
            QVERIFY2(before.contains(key) || groups.contains(key), qPrintable(key));
        QCOMPARE(system.size(), before.size() + groups.size());

        // PSS: memlens counts itself, which is gone by the time the kernel sum is taken. Its
        // private pages leave with it; its share of pages it shared moves to the processes that
        // still map them. So the report's sum minus memlens's own USS is the sum without it.
        qint64 reportedPss = 0, memlensUss = 0;
        for (const QJsonValue &value : report.value(QStringLiteral("processes")).toArray()) {
            const QJsonObject process = value.toObject();
            reportedPss += process.value(QStringLiteral("pss")).toInteger(0);
            if (process.value(QStringLiteral("pid")).toInteger() == memlensPid)
                memlensUss = process.value(QStringLiteral("uss")).toInteger();
        }
        QVERIFY(memlensUss > 0);
        // Distance from the report (less memlens's own USS) to the nearer of the two kernel sums,
        // or zero when it lies between them.
        const qint64 withoutMemlens = reportedPss - memlensUss;
        const qint64 low = std::min(pssBefore, pssAfter), high = std::max(pssBefore, pssAfter);
        const qint64 outside = withoutMemlens < low ? low - withoutMemlens : withoutMemlens > high ? withoutMemlens - high : 0;
        const double difference = double(outside) / double(high);
        qInfo("summed PSS: report %lld − own USS %lld = %lld; kernel %lld before, %lld after (%.3f %% outside)",
              reportedPss,
              memlensUss,
              withoutMemlens,
              pssBefore,
              pssAfter,
              100 * difference);
        QVERIFY2(difference <= 0.02, qPrintable(QStringLiteral("%1 % outside the kernel's sums").arg(100 * difference)));
    }
};

QTEST_GUILESS_MAIN(TestLiveSnapshot)
#include "tst_livesnapshot.moc"
