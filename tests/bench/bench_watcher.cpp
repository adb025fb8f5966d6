// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// What the background watcher costs while the user works: `memlens --watch` at its normal pace
// (a sample every 10 s, no pressure) on a farm of processes, its CPU as a share of one core and
// the disk its recording takes per hour, measured after it settled.
//
//   bench_watcher MEMLENS [processes=500] [seconds=180] [settle seconds=30]
// Prints figures; asserts nothing.
#include "processfarm.h"
#include "record/recordingsegments.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <unistd.h>

namespace
{
// utime + stime of a process, in ms, from /proc/PID/stat.
double cpuMsOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

qint64 recordedBytes(const QString &directory)
{
    qint64 bytes = 0;
    for (const RecordingSegments::Segment &segment : RecordingSegments::list(directory))
        bytes += segment.bytes;
    return bytes;
}
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_watcher MEMLENS [processes] [seconds] [settle seconds]\n");
        return 2;
    }
    const QString memlens = QString::fromLocal8Bit(argv[1]);
    const int processes = argc > 2 ? std::atoi(argv[2]) : 500;
    const int seconds = argc > 3 ? std::atoi(argv[3]) : 180;
    const int settle = argc > 4 ? std::atoi(argv[4]) : 30;

    ProcessFarm farm(processes, 64u << 20, 2u << 20);
    QTemporaryDir dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path());
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no notifications here
    const QString recording = dir.filePath(QStringLiteral("recording"));
    QProcess watcher;
    watcher.setProcessEnvironment(environment);
    watcher.setStandardErrorFile(QProcess::nullDevice());
    watcher.start(memlens, {QStringLiteral("--watch"), QStringLiteral("--recording"), recording});
    if (!watcher.waitForStarted())
        return 1;
    QThread::sleep(settle);
    const double cpuBefore = cpuMsOf(watcher.processId());
    const qint64 bytesBefore = recordedBytes(recording);
    QElapsedTimer wall;
    wall.start();
    QThread::sleep(seconds);
    const double cpu = cpuMsOf(watcher.processId()) - cpuBefore;
    const qint64 bytes = recordedBytes(recording) - bytesBefore;
    const double elapsedMs = double(wall.elapsed());
    watcher.kill();
    watcher.waitForFinished();
    std::printf("  %d processes, %d s after %d s to settle: %.3f %% of a core (target <= 0.5 %%)\n", processes, seconds, settle, cpu / elapsedMs * 100);
    std::printf("  recording: %.1f MiB an hour (%.0f KiB a sample at 10 s); %.0f KiB in the first %d s, the first sample whole\n",
                double(bytes) / (elapsedMs / 3.6e6) / (1 << 20),
                double(bytes) / (elapsedMs / 10'000) / 1024,
                double(bytesBefore) / 1024,
                settle);
    return 0;
}
