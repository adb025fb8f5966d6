// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// memlens-sourcewatch: the window's sampling engine without the window, for the end-to-end
// scripts. It reads a source as the window does and prints one line per process snapshot, so a
// script can see what a user's window would get and when it stops:
//   processes COUNT PSS     COUNT processes; PSS of the --pss-of process in bytes, or "-"
//   all-processes started   the root agent's figures have replaced the user's
//   all-processes ended R   the root agent stopped, and why
//   ended R                 the source stopped, and why (exit 3)
//
//   memlens-sourcewatch [--connect [user@]host[:port]] [--all-processes] [--pss-of PID]
//                       [--interval MS] [--snapshots N]
// Exits 0 after N process snapshots (default: run until the source ends).
#include "sample/samplingengine.h"
#include "stream/remotehost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption connect(QStringLiteral("connect"), QStringLiteral("Another machine"), QStringLiteral("address"));
    const QCommandLineOption allProcesses(QStringLiteral("all-processes"), QStringLiteral("Read as root through the root agent"));
    const QCommandLineOption pssOf(QStringLiteral("pss-of"), QStringLiteral("A process whose PSS to print"), QStringLiteral("pid"));
    const QCommandLineOption interval(QStringLiteral("interval"), QStringLiteral("Refresh interval"), QStringLiteral("ms"), QStringLiteral("500"));
    const QCommandLineOption snapshots(QStringLiteral("snapshots"), QStringLiteral("Stop after this many"), QStringLiteral("n"));
    parser.addOptions({connect, allProcesses, pssOf, interval, snapshots});
    parser.process(app);

    SourceChoice source = SourceChoice::local(SysRoot());
    if (parser.isSet(connect)) {
        QString error;
        const auto address = RemoteHost::parseAddress(parser.value(connect), &error);
        if (!address) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 2;
        }
        source = SourceChoice::remoteAgent(RemoteHost::agentCommand(*address, parser.value(interval).toInt(), QProcessEnvironment::systemEnvironment(), false));
    }
    SamplingEngine engine(source);
    const qint64 watched = parser.value(pssOf).toLongLong();
    int left = parser.isSet(snapshots) ? parser.value(snapshots).toInt() : -1;
    QObject::connect(&engine, &SamplingEngine::processesSampled, &app, [&](const ProcessSnapshot &snapshot) {
        QByteArray pss = "-";
        for (const ProcessRecord &process : snapshot.processes) {
            if (process.key.pid == watched && process.smaps.value && process.smaps.value->value(SmapsCounters::Pss))
                pss = QByteArray::number(*process.smaps.value->value(SmapsCounters::Pss));
        }
        std::printf("processes %lld %s\n", qlonglong(snapshot.processes.size()), pss.constData());
        std::fflush(stdout);
        if (left > 0 && --left == 0)
            app.exit(0);
    });
    QObject::connect(&engine, &SamplingEngine::allProcessesStarted, &app, [] {
        std::printf("all-processes started\n");
        std::fflush(stdout);
    });
    QObject::connect(&engine, &SamplingEngine::allProcessesEnded, &app, [](const QString &reason) {
        std::printf("all-processes ended %s\n", qPrintable(reason));
        std::fflush(stdout);
    });
    QObject::connect(&engine, &SamplingEngine::sourceEnded, &app, [&](const QString &reason) {
        std::printf("ended %s\n", qPrintable(reason));
        std::fflush(stdout);
        app.exit(3);
    });
    engine.start(parser.value(interval).toInt());
    if (parser.isSet(allProcesses))
        engine.setAllProcesses(true);
    return app.exec();
}
