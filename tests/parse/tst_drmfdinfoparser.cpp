// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// A GPU client's fdinfo, as each driver writes it (tests/fixtures/drm-fdinfo: written from the
// kernel's drm-usage-stats and the drivers' show_fdinfo, its README says why), and hostile text.
#include "parse/drmfdinfoparser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(MEMLENS_FIXTURES "/drm-fdinfo/") + QLatin1StringView(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

constexpr qint64 kib = 1024;
constexpr qint64 mib = 1024 * 1024;
}

class TestDrmFdinfoParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachDriversKeys_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QByteArray>("driver");
        QTest::addColumn<QByteArray>("pdev");
        QTest::addColumn<quint64>("clientId");
        QTest::addColumn<QByteArray>("region");
        QTest::addColumn<DrmRegionMemory>("memory");
        QTest::addColumn<int>("regions");
        QTest::addColumn<bool>("older");
        QTest::addRow("amdgpu, older keys") << fixture("amdgpu-older-keys.txt") << "amdgpu"_ba
                                            << "0000:03:00.0"_ba << quint64(63) << "vram"_ba
                                            << DrmRegionMemory{std::nullopt, std::nullopt, 245760 * kib, std::nullopt, std::nullopt} << 3 << true;
        QTest::addRow("amdgpu") << fixture("amdgpu.txt") << "amdgpu"_ba
                                << "0000:03:00.0"_ba << quint64(71) << "vram"_ba << DrmRegionMemory{512 * mib, 64 * mib, 480 * mib, 0, 128 * mib} << 3 << false;
        QTest::addRow("i915, a region with a dash") << fixture("i915.txt") << "i915"_ba
                                                    << "0000:00:02.0"_ba << quint64(12) << "stolen-system0"_ba << DrmRegionMemory{0, 0, 0, 0, 0} << 2 << false;
        QTest::addRow("i915, KiB and MiB") << fixture("i915.txt") << "i915"_ba
                                           << "0000:00:02.0"_ba << quint64(12) << "system0"_ba
                                           << DrmRegionMemory{32896 * kib, 16 * mib, 32896 * kib, 128 * kib, 0} << 2 << false;
        // drm-total-cycles-rcs counts clock cycles: no region called "cycles-rcs".
        QTest::addRow("xe, cycles are not memory") << fixture("xe.txt") << "xe"_ba
                                                   << "0000:03:00.0"_ba << quint64(19) << "vram0"_ba
                                                   << DrmRegionMemory{23992 * kib, 16 * mib, 23992 * kib, 0, 0} << 3 << false;
    }

    void eachDriversKeys()
    {
        QFETCH(QByteArray, text);
        QFETCH(QByteArray, driver);
        QFETCH(QByteArray, pdev);
        QFETCH(quint64, clientId);
        QFETCH(QByteArray, region);
        QFETCH(DrmRegionMemory, memory);
        QFETCH(int, regions);
        QFETCH(bool, older);
        QVERIFY(!text.isEmpty());
        const auto parsed = parseDrmFdinfo(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        QVERIFY(parsed.value);
        const DrmClientInfo &client = *parsed.value;
        QCOMPARE(client.driver, driver);
        QCOMPARE(client.pdev, pdev);
        QCOMPARE(client.clientId, clientId);
        QCOMPARE(client.regions.size(), regions);
        QVERIFY2(client.regions.contains(region), client.regions.keys().join(' ').constData());
        QCOMPARE(client.regions.value(region), memory);
        QCOMPARE(client.olderMemoryKeys, older);
    }

    void aDriverWithoutMemoryKeysIsAClientWithNoFigures()
    {
        const auto parsed = parseDrmFdinfo(fixture("no-memory-keys.txt"));
        QVERIFY(parsed.ok() && parsed.value);
        QCOMPARE(parsed.value->driver, "nvidia-drm"_ba);
        QVERIFY(parsed.value->regions.isEmpty());
    }

    void aDescriptorThatIsNoGpuClientIsNothing()
    {
        const auto file = parseDrmFdinfo(fixture("regular-file.txt"));
        QVERIFY(file.ok() && !file.value);
        QVERIFY(!parseDrmFdinfo({}).value);
        // Memory keys without drm-driver are not a client either.
        QVERIFY(!parseDrmFdinfo("drm-total-vram:\t4 MiB\n").value);
    }

    void hostileValuesAreLeftOutAndSaid()
    {
        const auto parsed = parseDrmFdinfo(fixture("hostile-values.txt"));
        QVERIFY(parsed.value);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error.startsWith(u"line 5: not an amount of memory"_s), qPrintable(parsed.error)); // the first one
        const DrmRegionMemory vram = parsed.value->regions.value("vram");
        QVERIFY(!vram.total); // 2^64 KiB overflows
        QVERIFY(!vram.resident); // trailing words
        QVERIFY(!parsed.value->regions.value("gtt").total); // negative
        QCOMPARE(parsed.value->regions.value("gtt").resident, 8 * mib);
        QVERIFY(!parsed.value->regions.value("cpu").total); // GiB is no unit of the format
        for (const QByteArray &name : parsed.value->regions.keys())
            QVERIFY2(!name.contains('\x1b'), name.constData());
    }

    void aHugeLineIsOneBadValue()
    {
        const QByteArray text = "drm-driver:\ti915\ndrm-total-system0:\t" + QByteArray(10 << 20, '9') + "\ndrm-resident-system0:\t4096\n";
        const auto parsed = parseDrmFdinfo(text);
        QVERIFY(parsed.value && !parsed.ok());
        QVERIFY(!parsed.value->regions.value("system0").total);
        QCOMPARE(parsed.value->regions.value("system0").resident, 4096);
        QVERIFY(parsed.error.size() < 300); // the message quotes a fragment, not ten megabytes
    }
};

QTEST_GUILESS_MAIN(TestDrmFdinfoParser)
#include "tst_drmfdinfoparser.moc"
