// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// What a user pays for the page in front: the whole application's CPU (the sampling thread and
// the GUI thread together, painting included) at 1 Hz on a farm of processes like a browser's
// renderers, on this machine's live /proc, with each page in front in turn.
//
//   bench_pages [processes=500] [seconds a page=20] [shared MiB=64] [private MiB=2]
// Run offscreen (QT_QPA_PLATFORM=offscreen). Prints figures; asserts nothing.
#include "processfarm.h"

#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>

#include <unistd.h>

#include <cstdio>
#include <ctime>

namespace
{
double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// CPU ms of this process's main (GUI) thread, from its stat (clock ticks of user and system time).
double guiThreadCpuMs()
{
    QFile stat(QStringLiteral("/proc/self/task/%1/stat").arg(getpid()));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

void runEventLoop(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

const char *pageName(MainWindow::Page page)
{
    switch (page) {
    case MainWindow::OverviewPageIndex:
        return "Overview";
    case MainWindow::ProcessesPageIndex:
        return "Processes";
    case MainWindow::LibrariesPageIndex:
        return "Libraries";
    case MainWindow::CgroupsPageIndex:
        return "Control groups";
    case MainWindow::PressurePageIndex:
        return "Pressure, swap & OOM";
    case MainWindow::LeakWatchPageIndex:
        return "Leak watch";
    case MainWindow::KernelPageIndex:
        return "Kernel";
    case MainWindow::TuningPageIndex:
        return "Tuning";
    case MainWindow::PageCount:
        break;
    }
    return "?";
}
}

int main(int argc, char **argv)
{
    const int processes = argc > 1 ? std::atoi(argv[1]) : 500;
    const int seconds = argc > 2 ? std::atoi(argv[2]) : 20;
    const std::size_t sharedMiB = argc > 3 ? std::size_t(std::atoi(argv[3])) : 64;
    const std::size_t privateMiB = argc > 4 ? std::size_t(std::atoi(argv[4])) : 2;
    const ProcessFarm farm(processes, sharedMiB << 20, privateMiB << 20); // before any thread

    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // a first start: the developer's settings stay theirs
    MainWindow window(SourceChoice::local(SysRoot(QStringLiteral("/"))), 1000);
    window.resize(1400, 900);
    window.show();
    QElapsedTimer waited;
    waited.start();
    while (!window.statusText().startsWith(u"Processes:") && waited.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);

    std::printf(
        "Whole application's CPU at 1 Hz, %d farm processes (%zu MiB shared, %zu MiB private each), %d s a page "
        "after 5 s in front, release build\n",
        processes,
        sharedMiB,
        privateMiB,
        seconds);
    double processesPage = 0;
    double librariesPage = 0;
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        window.showPage(MainWindow::Page(page));
        runEventLoop(5000); // what a page reads once when it comes to the front is not its steady cost
        const double before = processCpuMs();
        const double guiBefore = guiThreadCpuMs();
        QElapsedTimer wall;
        wall.start();
        runEventLoop(seconds * 1000);
        const double share = (processCpuMs() - before) / double(wall.elapsed()) * 100;
        const double guiShare = (guiThreadCpuMs() - guiBefore) / double(wall.elapsed()) * 100;
        std::printf("  %-22s %6.2f %% of one core (GUI thread %.2f %%, sampling %.2f %%)\n",
                    pageName(MainWindow::Page(page)),
                    share,
                    guiShare,
                    share - guiShare);
        std::fflush(stdout);
        if (page == MainWindow::ProcessesPageIndex)
            processesPage = share;
        if (page == MainWindow::LibrariesPageIndex)
            librariesPage = share;
    }
    std::printf("  Libraries / Processes: %.1f× (target <= 2×)\n", processesPage > 0 ? librariesPage / processesPage : 0.0);
    return 0;
}
