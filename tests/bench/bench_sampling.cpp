// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// What sampling costs on a farm of processes like a browser's renderers (each maps the same
// shared file and has private memory of its own), on this machine's live /proc:
//   (a) one full sample against the kernel's bound (a loop that only reads the same files) and
//       against smem on the same farm;
//   (b) incremental sampling at 1 Hz: CPU per second, with the age bound met.
//
//   bench_sampling [processes=500] [seconds=60] [shared MiB=64] [private MiB=2]
// Prints figures; asserts nothing.
#include "processfarm.h"

#include "sample/processsampler.h"
#include "sample/systemsampler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <dirent.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace
{
double cpuMs(clockid_t clock = CLOCK_PROCESS_CPUTIME_ID)
{
    timespec now{};
    clock_gettime(clock, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double childrenCpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

struct Cost {
    double wallMs = 0;
    double cpuMs = 0;
};

template<typename F>
Cost measure(F &&run)
{
    QElapsedTimer wall;
    const double cpu = cpuMs();
    wall.start();
    run();
    return {double(wall.nsecsElapsed()) / 1e6, cpuMs() - cpu};
}

Cost median(QList<Cost> costs)
{
    const auto middle = [&](auto member) {
        std::sort(costs.begin(), costs.end(), [&](const Cost &a, const Cost &b) {
            return a.*member < b.*member;
        });
        return costs[costs.size() / 2].*member;
    };
    return {middle(&Cost::wallMs), middle(&Cost::cpuMs)};
}

// The kernel's bound: the files a full pass reads, each opened, read to the end into one buffer
// and closed, nothing parsed. Any sampler pays at least this.
int readOnlyPass()
{
    static char buffer[64 * 1024];
    static const char *const files[] = {"stat", "status", "cmdline", "smaps_rollup", "oom_score", "oom_score_adj", "cgroup"};
    int processes = 0;
    DIR *proc = opendir("/proc");
    while (const dirent *entry = readdir(proc)) {
        if (entry->d_name[0] < '1' || entry->d_name[0] > '9')
            continue;
        ++processes;
        for (const char *file : files) {
            char path[300];
            std::snprintf(path, sizeof path, "/proc/%s/%s", entry->d_name, file);
            const int fd = open(path, O_RDONLY | O_CLOEXEC);
            if (fd < 0)
                continue;
            while (read(fd, buffer, sizeof buffer) > 0) { }
            close(fd);
        }
    }
    closedir(proc);
    return processes;
}

void printCost(const char *what, const Cost &cost, const Cost &bound)
{
    std::printf("  %-40s %9.1f ms wall %9.1f ms CPU   %5.2f x the bound's CPU\n", what, cost.wallMs, cost.cpuMs, cost.cpuMs / bound.cpuMs);
}
}

int main(int argc, char **argv)
{
    const int processes = argc > 1 ? std::atoi(argv[1]) : 500;
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 60;
    const long sharedMiB = argc > 3 ? std::atol(argv[3]) : 64;
    const long privateMiB = argc > 4 ? std::atol(argv[4]) : 2;
    std::printf("Starting %d processes, each mapping the same %ld MiB file and %ld MiB of its own…\n", processes, sharedMiB, privateMiB);
    std::fflush(stdout);
    const ProcessFarm farm(processes, size_t(sharedMiB) << 20, size_t(privateMiB) << 20); // before any thread
    QCoreApplication app(argc, argv);
    const SysRoot root(QStringLiteral("/"));

    // (a) Alternate the runs so that neither profits from the other's warm caches.
    ProcessSampler sampler(root);
    QList<Cost> bound;
    QList<Cost> full;
    int seen = 0;
    qsizetype sampled = 0;
    for (int round = 0; round < 5; ++round) {
        bound.append(measure([&] {
            seen = readOnlyPass();
        }));
        full.append(measure([&] {
            sampled = sampler.sample().processes.size();
        }));
    }
    QList<Cost> smem;
    bool smemRan = true;
    for (int round = 0; round < 3 && smemRan; ++round) {
        QProcess process;
        const double before = childrenCpuMs();
        QElapsedTimer wall;
        wall.start();
        process.start(QStringLiteral("smem"), {QStringLiteral("-c"), QStringLiteral("pid pss")});
        smemRan = process.waitForFinished(600'000) && process.exitCode() == 0;
        smem.append({double(wall.nsecsElapsed()) / 1e6, childrenCpuMs() - before});
    }
    const Cost boundCost = median(bound);
    const Cost fullCost = median(full);
    std::printf("\n(a) one full sample, %d processes in /proc (%lld sampled), median of 5\n", seen, qlonglong(sampled));
    printCost("kernel's bound (read the same 7 files)", boundCost, boundCost);
    printCost("MemLens full pass", fullCost, boundCost);
    std::printf("      target: <= 1.15 x the bound\n");
    if (smemRan)
        printCost("smem -c \"pid pss\" (median of 3)", median(smem), boundCost);
    else
        std::printf("  smem: not installed or failed (apt-get install smem)\n");
    std::fflush(stdout);

    // (b) The window's ticks: system files and the incremental process pass, once a second; with
    // settled readings left until the longer bound (the default), and with every reading held to
    // the 10 s bound.
    const double perRead = fullCost.cpuMs / double(std::max<qsizetype>(sampled, 1));
    for (const bool strict : {false, true}) {
        SystemSampler system(root);
        ProcessSampler incremental(root);
        PssScheduler::Settings settings;
        if (strict)
            settings.tolerance = 0;
        incremental.setSchedulerSettings(settings);
        incremental.sampleIncremental(1000); // the first tick reads everything, as a full pass
        double tickCpuMs = 0;
        double worstTickMs = 0;
        qint64 oldestMs = 0;
        qint64 reads = 0;
        QElapsedTimer wall;
        wall.start();
        for (int tick = 1; tick <= seconds; ++tick) {
            QThread::msleep(ulong(std::max<qint64>(0, qint64(tick) * 1000 - wall.elapsed())));
            const double before = cpuMs(CLOCK_THREAD_CPUTIME_ID);
            system.sample();
            const ProcessSnapshot snapshot = incremental.sampleIncremental(1000);
            const double took = cpuMs(CLOCK_THREAD_CPUTIME_ID) - before;
            tickCpuMs += took;
            worstTickMs = std::max(worstTickMs, took);
            for (const ProcessRecord &process : snapshot.processes) {
                if (!process.smaps.available())
                    continue;
                oldestMs = std::max(oldestMs, snapshot.sampledAtMs - process.readAtMs);
                reads += process.readAtMs >= snapshot.sampledAtMs;
            }
        }
        const double share = tickCpuMs / double(wall.elapsed()) * 100;
        std::printf("\n(b) incremental sampling at 1 Hz for %d s, %s\n",
                    seconds,
                    strict ? "every reading at most 10 s old" : "default: 10 s bound, 120 s for readings that cannot have drifted 1 %");
        std::printf("  sampler CPU %.2f %% of one core (target <= 2 %%); %.1f ms a tick, worst %.1f ms\n", share, tickCpuMs / seconds, worstTickMs);
        std::printf("  smaps_rollup reads %.1f a tick of %lld processes; oldest reading shown %.1f s\n",
                    double(reads) / seconds,
                    qlonglong(sampled),
                    double(oldestMs) / 1000);
        std::fflush(stdout);
    }
    std::printf("\n  for reference, at %.2f ms a process: libksysguard's 50 reads/s (ages up to %.0f s) %.1f %%; htop's half each second %.1f %%\n",
                perRead,
                double(sampled) / 50,
                50 * perRead / 10,
                double(sampled) / 2 * perRead / 10);
    return 0;
}
