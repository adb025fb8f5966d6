// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The window's start and its memory over time, offscreen on this machine's live /proc:
//   (e) time from the start of the process to the first painted window, and to the first window
//       that shows the processes;
//   (d) MemLens's own PSS after start, and after an hour of history at 1 Hz (3600 refreshes
//       applied as fast as they go, each a second later than the last).
// Prints figures; asserts nothing. Run with QT_QPA_PLATFORM=offscreen.
#include "mainwindow.h"

#include "sample/processsampler.h"
#include "sample/systemsampler.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTimer>

#include <unistd.h>

#include <cstdio>
#include <ctime>

namespace
{
// Milliseconds since this process was started by the kernel (stat's start time, clock ticks
// after boot, against the boot-time clock): exec and dynamic linking count too.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double startedMs = fields.value(19).toDouble() * 1000.0 / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6 - startedMs;
}

double ownPssMiB()
{
    QFile rollup(QStringLiteral("/proc/self/smaps_rollup"));
    if (!rollup.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : rollup.readAll().split('\n')) {
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return -1;
}

// Stops the event loop at the window's first paint.
class FirstPaint : public QObject
{
public:
    double atMs = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && atMs < 0) {
            atMs = msSinceProcessStart();
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }
};
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // a first start: the developer's settings stay theirs
    const SysRoot root(QStringLiteral("/"));
    MainWindow window(SourceChoice::local(root), 1000);
    FirstPaint firstPaint;
    window.installEventFilter(&firstPaint);
    window.show();
    app.exec();
    window.removeEventFilter(&firstPaint);

    // The first window with the process count in its status bar: the first snapshot applied.
    QElapsedTimer waited;
    waited.start();
    while (!window.statusText().startsWith(u"Processes:") && waited.elapsed() < 10'000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    window.grab(); // paint it
    const double filledMs = msSinceProcessStart();
    std::printf("(e) first painted window %.0f ms after the process started; showing the processes after %.0f ms (target <= 400 ms)\n",
                firstPaint.atMs,
                filledMs);

    // (d) After a few live refreshes, then after an hour of them.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 3000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const double afterStart = ownPssMiB();
    window.setPaused(true);
    SystemSnapshot system = SystemSampler(root).sample();
    ProcessSnapshot processes = ProcessSampler(root).sample();
    for (int second = 0; second < 3600; ++second) {
        system.sampledAtMs += 1000;
        processes.sampledAtMs += 1000;
        window.applySystem(system);
        window.applyProcesses(processes);
        if (second % 100 == 0)
            QCoreApplication::processEvents();
    }
    for (int page = 0; page < MainWindow::PageCount; ++page) { // every page shown once, charts laid out
        window.showPage(MainWindow::Page(page));
        QCoreApplication::processEvents();
        window.grab();
    }
    std::printf("(d) own PSS %.1f MiB after start (target <= 60), %.1f MiB after an hour of history at 1 Hz (target <= 80)\n", afterStart, ownPssMiB());
    return 0;
}
