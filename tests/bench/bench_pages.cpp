// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// What a user pays for the page in front: the whole application's CPU (the sampling thread and
// the GUI thread together, painting included) at 1 Hz on a farm of processes like a browser's
// renderers, on this machine's live /proc, with each page in front in turn. With a source other
// than the window's own sampling, what the agent and the programs carrying its stream (pkexec,
// ssh, sshd) spend on this machine is added: the machine pays it all.
//
//   bench_pages [processes=500] [seconds a page=20] [shared MiB=64] [private MiB=2]
//               [source: local | agent | root | watcher | [user@]host[:port]] [descriptors a process=0]
//               [page: 1-8, or all=0]
//   agent: memlens-agent started directly, as the Flatpak host agent runs; root: "Show all
//   processes" (pkexec, which asks nothing of root); watcher: the window attached to a background
//   watcher (`memlens --watch`, started here), which then samples for both; a host: through ssh
//   (tests/bench/run.sh starts an sshd on 127.0.0.1 for it).
// Run offscreen (QT_QPA_PLATFORM=offscreen). Prints figures; asserts nothing.
#include "processfarm.h"

#include "mainwindow.h"
#include "stream/remotehost.h"
#include "watch/watchercontrol.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
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

// CPU ms spent so far by the processes that carry an agent's stream on this machine (or the
// watcher's, `memlens`), by pid and start time (a pid reused in between is another process).
QHash<QByteArray, double> agentSideCpuMs()
{
    static const QList<QByteArray> names{"memlens-agent", "pkexec", "ssh", "sshd", "memlens"};
    QHash<QByteArray, double> spent;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QByteArray name = text.mid(text.indexOf('(') + 1, text.lastIndexOf(')') - text.indexOf('(') - 1);
        if (!names.contains(name))
            continue;
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        spent.insert(pid.toLatin1() + ':' + fields.value(19),
                     (fields.value(11).toDouble() + fields.value(12).toDouble()) * 1000.0 / double(sysconf(_SC_CLK_TCK)));
    }
    return spent;
}

double spentBetween(const QHash<QByteArray, double> &before, const QHash<QByteArray, double> &after)
{
    double spent = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        spent += it.value() - before.value(it.key(), 0);
    return spent;
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
    const QString sourceName = argc > 5 ? QString::fromLocal8Bit(argv[5]) : QStringLiteral("local");
    const int descriptors = argc > 6 ? std::atoi(argv[6]) : 0;
    const int onlyPage = argc > 7 ? std::atoi(argv[7]) : 0;
    const ProcessFarm farm(processes, sharedMiB << 20, privateMiB << 20, descriptors); // before any thread

    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // a first start: the developer's settings stay theirs
    SourceChoice source = SourceChoice::local(SysRoot(QStringLiteral("/")));
    QTemporaryDir watcherDirectory;
    QProcess watcher;
    if (sourceName == u"watcher") {
        // Its socket and recording where this window, and nothing else, finds them.
        qputenv("XDG_RUNTIME_DIR", watcherDirectory.path().toUtf8());
        qputenv("XDG_STATE_HOME", watcherDirectory.path().toUtf8());
        watcher.setStandardErrorFile(QProcess::nullDevice());
        watcher.start(QCoreApplication::applicationDirPath() + QStringLiteral("/memlens"), {QStringLiteral("--watch")});
        QElapsedTimer started;
        started.start();
        while (!QFileInfo::exists(WatcherControl::socketPath(SysRoot())) && started.elapsed() < 60'000)
            QThread::msleep(50);
    } else if (sourceName == u"agent") {
        AgentCommand command;
        command.program = QCoreApplication::applicationDirPath() + QStringLiteral("/memlens-agent");
        source = SourceChoice::hostAgent(command);
    } else if (sourceName != u"local" && sourceName != u"root") {
        QString error;
        const auto address = RemoteHost::parseAddress(sourceName, &error);
        if (!address) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        source = SourceChoice::remoteAgent(RemoteHost::agentCommand(*address, 1000, QProcessEnvironment::systemEnvironment(), false));
    }
    MainWindow window(source, 1000);
    window.resize(1400, 900);
    window.show();
    if (sourceName == u"root")
        window.setAllProcesses(true);
    QElapsedTimer waited;
    waited.start();
    const QString ready = sourceName == u"watcher" ? QStringLiteral("background watcher") : QStringLiteral("rocesses:");
    while (!window.statusText().contains(ready) && waited.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);

    std::printf(
        "Whole application's CPU at 1 Hz, %d farm processes (%zu MiB shared, %zu MiB private, %d descriptors or more each), %d s a page "
        "after 5 s in front, release build, source: %s\n",
        processes,
        sharedMiB,
        privateMiB,
        descriptors,
        seconds,
        qPrintable(sourceName));
    double processesPage = 0;
    double librariesPage = 0;
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        if (onlyPage > 0 && page != onlyPage - 1)
            continue;
        window.showPage(MainWindow::Page(page));
        runEventLoop(5000); // what a page reads once when it comes to the front is not its steady cost
        const double before = processCpuMs();
        const double guiBefore = guiThreadCpuMs();
        const QHash<QByteArray, double> agentBefore = agentSideCpuMs();
        QElapsedTimer wall;
        wall.start();
        runEventLoop(seconds * 1000);
        const double agentShare = spentBetween(agentBefore, agentSideCpuMs()) / double(wall.elapsed()) * 100;
        const double share = (processCpuMs() - before) / double(wall.elapsed()) * 100 + agentShare;
        const double guiShare = (guiThreadCpuMs() - guiBefore) / double(wall.elapsed()) * 100;
        std::printf("  %-22s %6.2f %% of one core (GUI thread %.2f %%, sampling thread %.2f %%, agent side %.2f %%)\n",
                    pageName(MainWindow::Page(page)),
                    share,
                    guiShare,
                    share - guiShare - agentShare,
                    agentShare);
        std::fflush(stdout);
        if (page == MainWindow::ProcessesPageIndex)
            processesPage = share;
        if (page == MainWindow::LibrariesPageIndex)
            librariesPage = share;
    }
    if (onlyPage == 0)
        std::printf("  Libraries / Processes: %.1f× (target <= 2×)\n", processesPage > 0 ? librariesPage / processesPage : 0.0);
    return 0;
}
