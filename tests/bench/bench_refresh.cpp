// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The GUI thread's cost of one refresh with thousands of processes: the window applies a system
// and a process snapshot to every model, view and chart, as it does once per interval. The
// processes are a captured tree's, multiplied to the count asked for, with a tenth of them
// changing each refresh and a few starting and ending, as on a busy desktop.
//
//   bench_refresh [processes=2000] [refreshes=200]
// Prints, for each page in front, the time to apply one refresh (median, 90th percentile, worst)
// and the time of the repaint that follows it.
#include "mainwindow.h"
#include "processdetailspanel.h"
#include "processespage.h"

#include "sample/processsampler.h"
#include "sample/systemsampler.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

namespace
{
ProcessSnapshot manyProcesses(const ProcessSnapshot &captured, int count)
{
    ProcessSnapshot snapshot = captured;
    snapshot.processes.clear();
    QList<ProcessRecord> sources;
    for (const ProcessRecord &p : captured.processes) {
        if (!p.kernelThread)
            sources.append(p);
    }
    for (int i = 0; i < count; ++i) {
        ProcessRecord p = sources[i % sources.size()];
        p.key.pid = 1000 + i;
        p.ppid = i < 10 ? 1 : 1000 + i / 10; // a tree a few levels deep
        // A few dozen applications and users, like a desktop session with its services.
        p.name = QStringLiteral("app%1").arg(i % 60);
        p.commandLine = {QStringLiteral("/usr/bin/app%1").arg(i % 60), QStringLiteral("--instance=%1").arg(i)};
        p.uid = 1000 + uint(i % 7);
        p.user = QStringLiteral("user%1").arg(i % 7);
        snapshot.processes.append(p);
    }
    return snapshot;
}

// The next refresh: every tenth process (a different tenth each time) grew, one ended, one started.
void advance(ProcessSnapshot &snapshot, int round)
{
    snapshot.sampledAtMs += 1000;
    for (qsizetype i = round % 10; i < snapshot.processes.size(); i += 10) {
        ProcessRecord &p = snapshot.processes[i];
        if (p.rss.value)
            *p.rss.value += 4096;
        if (p.smaps.value)
            p.smaps.value->set(SmapsCounters::Pss, p.smaps.value->value(SmapsCounters::Pss).value_or(0) + 4096);
    }
    ProcessRecord started = snapshot.processes.takeAt(round % snapshot.processes.size());
    started.key.startTime += 1000 + quint64(round); // the same pid, a new process
    snapshot.processes.append(started);
}

struct Figures {
    double median, p90, worst, paintMedian;
};

double percentile(QList<double> times, int percent)
{
    std::sort(times.begin(), times.end());
    return times[std::min(times.size() - 1, times.size() * percent / 100)];
}

Figures measure(MainWindow &window, SystemSnapshot system, ProcessSnapshot processes, int refreshes)
{
    QList<double> applying;
    QList<double> painting;
    for (int round = 0; round < refreshes; ++round) {
        advance(processes, round);
        system.sampledAtMs = processes.sampledAtMs;
        QElapsedTimer timer;
        timer.start();
        // Applying: models diffed, proxies re-sorted, views told, chart series extended.
        window.applySystem(system);
        window.applyProcesses(processes);
        applying.append(double(timer.nsecsElapsed()) / 1e6);
        // Then what the applies scheduled: the bar chart's coalesced refresh, layouts, painting.
        timer.restart();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        painting.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return {percentile(applying, 50), percentile(applying, 90), percentile(applying, 100), percentile(painting, 50)};
}
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int count = argc > 1 ? std::max(1, atoi(argv[1])) : 2000;
    const int refreshes = argc > 2 ? std::max(10, atoi(argv[2])) : 200;
    const SysRoot root(QStringLiteral(MEMLENS_FIXTURES "/linux-6.1-swap"));
    const SystemSnapshot system = SystemSampler(root).sample();
    const ProcessSnapshot processes = manyProcesses(ProcessSampler(root).sample(), count);

    QCoreApplication::setOrganizationName(QStringLiteral("memlens-bench")); // not the user's settings
    MainWindow window(SourceChoice::local(root), 10'000);
    window.setPaused(true); // only the benchmark's snapshots reach the window
    window.resize(1400, 900);
    window.show();
    window.applyProcesses(processes); // the first refresh inserts every row; not measured
    QCoreApplication::processEvents();

    std::printf("GUI-thread cost of one refresh, %d processes, %d refreshes (ms)\n", count, refreshes);
    std::printf("%-34s %21s %20s\n", "", "applying the refresh", "then repainting");
    std::printf("%-34s %8s %6s %6s %20s\n", "page in front", "median", "p90", "worst", "median");
    const auto report = [&](const char *label) {
        const Figures f = measure(window, system, processes, refreshes);
        std::printf("%-34s %8.2f %6.2f %6.2f %20.2f\n", label, f.median, f.p90, f.worst, f.paintMedian);
    };
    window.showPage(MainWindow::OverviewPageIndex);
    report("Overview");
    window.showPage(MainWindow::ProcessesPageIndex);
    report("Processes (list)");
    QTreeView *view = window.processesPage()->view();
    view->setCurrentIndex(view->model()->index(0, 0));
    report("Processes (list, details open)");
    window.processesPage()->setLayoutMode(ProcessModel::Layout::TreeByParent);
    report("Processes (tree by parent)");
    window.processesPage()->setLayoutMode(ProcessModel::Layout::ByApplication);
    report("Processes (by application)");
    window.processesPage()->setLayoutMode(ProcessModel::Layout::Flat);
    window.showPage(MainWindow::PressurePageIndex);
    report("Pressure, swap & OOM");
    return 0;
}
