// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "read/zramreader.h"
#include "support/fixtures.h"

#include <QFile>
#include <QTest>

#include <sys/fsuid.h>

// ZramReader on the captured zram devices (one in use, one never set up), on trees without zram,
// and on a copy with an unreadable file.
class TestZramReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capturedDevices()
    {
        const auto zram = ZramReader(SysRoot(Fixtures::tree("linux-6.18-zram"))).read();
        QVERIFY(zram.available());
        QCOMPARE(zram.value->size(), 2);

        const ZramDevice &used = zram.value->at(0);
        QCOMPARE(used.name, QStringLiteral("zram0"));
        QCOMPARE(used.disksizeBytes.value, std::optional<qint64>(64 * 1024 * 1024));
        QCOMPARE(used.compAlgorithm.value, std::optional<QString>(QStringLiteral("lz4")));
        QVERIFY(used.stats.available());
        QCOMPARE(used.stats.value->origDataBytes, qint64(28) * 1024 * 1024);
        QVERIFY(*used.stats.value->compressionRatio() > 6);

        const ZramDevice &spare = zram.value->at(1);
        QCOMPARE(spare.name, QStringLiteral("zram1"));
        QCOMPARE(spare.disksizeBytes.value, std::optional<qint64>(0));
        QCOMPARE(spare.compAlgorithm.value, std::optional<QString>(QStringLiteral("lzo-rle")));
        QVERIFY(!spare.stats.value->compressionRatio());
    }

    void noZramIsAnEmptyList()
    {
        const auto zram = ZramReader(SysRoot(Fixtures::tree("linux-6.18"))).read();
        QVERIFY(zram.available());
        QVERIFY(zram.value->isEmpty());
        QVERIFY(zram.problem.isEmpty());
    }

    void numberOrder()
    {
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.18-zram", dir));
        const QString block = dir.path() + QStringLiteral("/sys/block/");
        QVERIFY(QDir().rename(block + QStringLiteral("zram1"), block + QStringLiteral("zram10")));
        QVERIFY(QDir().mkpath(block + QStringLiteral("zram2")));
        QVERIFY(QDir().mkpath(block + QStringLiteral("vda"))); // not zram
        const auto zram = ZramReader(SysRoot(dir.path())).read();
        QStringList names;
        for (const ZramDevice &device : *zram.value)
            names.append(device.name);
        QCOMPARE(names, (QStringList{QStringLiteral("zram0"), QStringLiteral("zram2"), QStringLiteral("zram10")}));
        // zram2's files are missing: each says so, none is a zero.
        QVERIFY(!zram.value->at(1).stats.available());
        QVERIFY(zram.value->at(1).stats.unavailableReason.contains(QStringLiteral("/sys/block/zram2/mm_stat does not exist")));
        QVERIFY(!zram.value->at(1).disksizeBytes.available());
    }

    void unreadableAndMalformedFiles()
    {
        QTemporaryDir dir;
        QVERIFY(Fixtures::copyTree("linux-6.18-zram", dir));
        const QString zram0 = dir.path() + QStringLiteral("/sys/block/zram0/");
        QVERIFY(QFile::setPermissions(zram0 + QStringLiteral("mm_stat"), QFileDevice::Permissions()));
        QFile algorithm(zram0 + QStringLiteral("comp_algorithm"));
        QVERIFY(algorithm.open(QIODevice::WriteOnly | QIODevice::Truncate));
        algorithm.write("lzo-rle lzo lz4\n"); // none active
        algorithm.close();

        ZramReader reader{SysRoot(dir.path())};
        const uid_t previous = uid_t(setfsuid(65534)); // so that root meets the mode 000 too
        const auto zram = reader.read();
        setfsuid(previous);
        const ZramDevice &device = zram.value->at(0);
        QVERIFY(device.disksizeBytes.available());
        QVERIFY(!device.stats.available());
        QVERIFY2(device.stats.unavailableReason.contains(QStringLiteral("permission denied reading /sys/block/zram0/mm_stat")),
                 qPrintable(device.stats.unavailableReason));
        QVERIFY(!device.compAlgorithm.available());
        QVERIFY(device.compAlgorithm.unavailableReason.contains(QStringLiteral("malformed")));
    }

    void systemSnapshotCarriesThem()
    {
        QCOMPARE(Fixtures::system("linux-6.18-zram").zram.value->size(), 2);
        QVERIFY(Fixtures::system("linux-6.18").zram.value->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestZramReader)
#include "tst_zramreader.moc"
