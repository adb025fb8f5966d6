// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// MemoryForecast on snapshots whose MemAvailable and SwapFree move as a runaway program or an idle
// machine moves them, a second apart.
#include "model/memoryforecast.h"
#include "parse/meminfoparser.h"
#include "snapshot/systemsnapshot.h"

#include <QTest>

namespace
{
constexpr qint64 MiB = 1024 * 1024;

SystemSnapshot snapshotAt(qint64 timeMs, qint64 availableBytes, std::optional<qint64> swapFreeBytes = 0)
{
    QByteArray text = "MemTotal:       16000000 kB\nMemFree:          100000 kB\n";
    text += "MemAvailable:   " + QByteArray::number(availableBytes / 1024) + " kB\n";
    if (swapFreeBytes)
        text += "SwapFree:       " + QByteArray::number(*swapFreeBytes / 1024) + " kB\n";
    SystemSnapshot snapshot;
    snapshot.sampledAtMs = timeMs;
    snapshot.meminfo = {parseMeminfo(text).value, {}, {}};
    return snapshot;
}
}

class TestMemoryForecast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 100 MiB a second going, 3120 MiB of RAM and 1 GiB of swap left: about 41 s.
    void runsOutAtTheRate()
    {
        MemoryForecast forecast;
        for (int second = 0; second <= 20; ++second)
            forecast.append(snapshotAt(1'000'000 + second * 1000, 5 * 1024 * MiB - second * 100 * MiB, 1024 * MiB));
        const auto now = forecast.forecast();
        QVERIFY(now && now->secondsLeft);
        QCOMPARE(now->headroomBytes, (5 * 1024 - 2000 + 1024) * MiB);
        QVERIFY(qAbs(now->bytesPerSecond + 100.0 * MiB) < 1024);
        QVERIFY(qAbs(*now->secondsLeft - 41.44) < 0.01);
    }

    void steadyMemoryHasNoEnd()
    {
        MemoryForecast forecast;
        for (int second = 0; second <= 20; ++second)
            forecast.append(snapshotAt(second * 1000, 2 * 1024 * MiB + (second % 2) * MiB));
        const auto now = forecast.forecast();
        QVERIFY(now);
        QVERIFY(!now->secondsLeft);
    }

    // Less than 10 s of samples is no trend; a minute-old decline leaves the fit.
    void windowAndMinimum()
    {
        MemoryForecast forecast;
        for (int second = 0; second < 10; ++second)
            forecast.append(snapshotAt(second * 1000, 4 * 1024 * MiB - second * 200 * MiB));
        QVERIFY(!forecast.forecast());
        for (int second = 10; second < 100; ++second)
            forecast.append(snapshotAt(second * 1000, 2 * 1024 * MiB));
        QVERIFY(!forecast.forecast()->secondsLeft);
    }

    // A clock that goes back starts over; a kernel without MemAvailable adds nothing; no swap
    // line counts as no swap.
    void oddInputs()
    {
        MemoryForecast forecast;
        for (int second = 0; second <= 20; ++second)
            forecast.append(snapshotAt(100'000 + second * 1000, 4 * 1024 * MiB - second * 100 * MiB, std::nullopt));
        QVERIFY(forecast.forecast()->secondsLeft);
        forecast.append(snapshotAt(5000, 4 * 1024 * MiB));
        QVERIFY(!forecast.forecast());
        SystemSnapshot old = snapshotAt(6000, 0);
        old.meminfo.value = parseMeminfo("MemTotal:       16000000 kB\nMemFree:          100000 kB\n").value;
        forecast.append(old);
        QVERIFY(!forecast.forecast());
    }
};

QTEST_GUILESS_MAIN(TestMemoryForecast)
#include "tst_memoryforecast.moc"
