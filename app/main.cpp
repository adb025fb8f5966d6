// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"
#include "record/recordingmoment.h"
#include "report/snapshotreport.h"
#include "sample/processsampler.h"
#include "sample/systemsampler.h"
#include "source/agentsource.h"
#include "source/firstsnapshots.h"
#include "source/rootagent.h"
#include "stream/hostagent.h"
#include "stream/remotehost.h"
#include "translationloader.h"
#include "watch/watchersettings.h"
#include "watchcommand.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

#include <cstdio>
#include <cstring>
#include <memory>

#include <unistd.h>

namespace
{
bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// The report and the agent write to stdout, and the watcher runs in the background: no display.
bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--snapshot") == 0 || std::strcmp(argv[i], "--agent") == 0 || std::strcmp(argv[i], "--watch") == 0)
            return true;
    }
    return false;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "memlens: %s\n", qPrintable(message));
    return 2;
}

// What --snapshot was asked to print.
struct ReportChoice {
    SnapshotReport::Format format;
    SnapshotReport::SortKey sortKey;
    SnapshotReport::KernelThreads kernelThreads;
};

void print(const SystemSnapshot &system, const ProcessSnapshot &processes, const ReportChoice &choice)
{
    const QByteArray report = SnapshotReport(system, processes, choice.sortKey, choice.kernelThreads).render(choice.format);
    std::fwrite(report.constData(), 1, size_t(report.size()), stdout);
}

int printSnapshot(const SysRoot &root, const ReportChoice &choice)
{
    const SystemSnapshot system = SystemSampler(root).sample();
    print(system, ProcessSampler(root).sample(), choice);
    return system.meminfo.available() ? 0 : 1;
}

// The report of what an agent reads: as root through pkexec, or on another machine.
int printAgentSnapshot(const AgentCommand &command, const ReportChoice &choice)
{
    AgentSource source(command);
    QString error;
    const std::optional<FirstSnapshots> first = FirstSnapshots::of(source, &error);
    if (!first) {
        std::fprintf(stderr, "memlens: %s\n", qPrintable(error));
        return 1;
    }
    print(first->system, first->processes, choice);
    return first->system.meminfo.available() ? 0 : 1;
}

// `memlens --agent` is memlens-agent, installed beside it: the same program, whichever name.
int execAgent()
{
    const QByteArray agent = QFile::encodeName(QCoreApplication::applicationDirPath() + QStringLiteral("/memlens-agent"));
    QList<QByteArray> arguments{agent};
    for (const QString &argument : QCoreApplication::arguments().mid(1)) {
        if (argument != QStringLiteral("--agent"))
            arguments.append(argument.toLocal8Bit());
    }
    std::vector<char *> pointers;
    for (QByteArray &argument : arguments)
        pointers.push_back(argument.data());
    pointers.push_back(nullptr);
    execv(agent.constData(), pointers.data());
    std::fprintf(stderr, "memlens: cannot run %s: %s\n", agent.constData(), std::strerror(errno));
    return 2;
}
} // namespace

int main(int argc, char **argv)
{
    // A QApplication needs a display; the report does not. Decide before creating either.
    const bool headless = wantsHeadless(argc, argv) || !hasDisplay();
    std::unique_ptr<QCoreApplication> app = headless ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("memlens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MEMLENS_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("memlens.github.io"));
    TranslationLoader::install(app.get());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Shows where memory goes: the system, every process, every mapping."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption snapshotOption(QStringLiteral("snapshot"),
                                            QCoreApplication::translate("main", "Print a report of system memory and every process, and exit."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QCoreApplication::translate("main", "Report format: table, json or csv."),
                                          QStringLiteral("format"),
                                          QStringLiteral("table"));
    const QCommandLineOption sortOption(QStringLiteral("sort"),
                                        QCoreApplication::translate("main", "Sort the report by pss, rss, uss or swap."),
                                        QStringLiteral("key"),
                                        QStringLiteral("pss"));
    const QCommandLineOption rootOption(QStringLiteral("root"),
                                        QCoreApplication::translate("main", "Read /proc and /sys under DIR (a captured tree) instead of /."),
                                        QStringLiteral("DIR"),
                                        QStringLiteral("/"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"),
                                            QCoreApplication::translate("main", "Refresh every MS milliseconds (500 to 10000; default: as last time)."),
                                            QStringLiteral("MS"));
    const QCommandLineOption pssMaxAgeOption(
        QStringLiteral("pss-max-age"),
        QCoreApplication::translate(
            "main",
            "Read each process's PSS again at least every S seconds, even if its memory did not move (1 to 600; default: as last time, at first 10)."),
        QStringLiteral("S"));
    const QCommandLineOption agentOption(
        QStringLiteral("agent"),
        QCoreApplication::translate("main", "Run memlens-agent: write a snapshot stream on standard output every interval (a recording for --replay)."));
    const QCommandLineOption countOption(QStringLiteral("count"),
                                         QCoreApplication::translate("main", "With --agent: stop after N snapshots."),
                                         QStringLiteral("N"));
    const QCommandLineOption connectOption(QStringLiteral("connect"),
                                           QCoreApplication::translate("main", "Show another machine, through ssh: memlens-agent must be installed there."),
                                           QStringLiteral("[user@]host[:port]"));
    const QCommandLineOption allProcessesOption(
        QStringLiteral("all-processes"),
        QCoreApplication::translate("main", "With --snapshot: read every process as root, through pkexec (asks for the administrator password)."));
    const QCommandLineOption kernelThreadsOption(
        QStringLiteral("kernel-threads"),
        QCoreApplication::translate("main", "With --snapshot: list kernel threads too (they have no user-space memory)."));
    const QCommandLineOption replayOption(QStringLiteral("replay"),
                                          QCoreApplication::translate("main", "Play a recording made with --agent instead of reading /proc."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption watchOption(
        QStringLiteral("watch"),
        QCoreApplication::translate("main", "Watch in the background: record memory and mark pressure, warnings and kills (one watcher per user)."));
    const QCommandLineOption recordingOption(
        QStringLiteral("recording"),
        QCoreApplication::translate("main", "With --watch: record into DIR (default: %1).").arg(WatcherSettings::recordingDirectory()),
        QStringLiteral("DIR"));
    const QCommandLineOption recordingSizeOption(QStringLiteral("recording-size"),
                                                 QCoreApplication::translate("main", "With --watch: keep at most MIB mebibytes of recording (default: 200)."),
                                                 QStringLiteral("MIB"));
    const QCommandLineOption recordingHoursOption(QStringLiteral("recording-hours"),
                                                  QCoreApplication::translate("main", "With --watch: keep the last HOURS hours of recording (default: 24)."),
                                                  QStringLiteral("HOURS"));
    const QCommandLineOption atOption(QStringLiteral("at"),
                                      QCoreApplication::translate("main",
                                                                  "With --replay: open the recording at TIME (2026-12-06T18:40:05, or a time of day "
                                                                  "such as 18:40 for the last one)."),
                                      QStringLiteral("TIME"));
    parser.addOptions({watchOption, recordingOption, recordingSizeOption, recordingHoursOption, atOption});
    parser.addOptions({snapshotOption,
                       formatOption,
                       sortOption,
                       rootOption,
                       intervalOption,
                       pssMaxAgeOption,
                       agentOption,
                       countOption,
                       replayOption,
                       connectOption,
                       allProcessesOption,
                       kernelThreadsOption});
    parser.process(*app);

    const auto format = SnapshotReport::formatFromName(parser.value(formatOption));
    if (!format)
        return fail(QCoreApplication::translate("main", "unknown format \"%1\"; use table, json or csv").arg(parser.value(formatOption)));
    const auto sortKey = SnapshotReport::sortKeyFromName(parser.value(sortOption));
    if (!sortKey)
        return fail(QCoreApplication::translate("main", "unknown sort key \"%1\"; use pss, rss, uss or swap").arg(parser.value(sortOption)));
    const QString rootDirectory = parser.value(rootOption);
    if (!QDir(rootDirectory).exists())
        return fail(QCoreApplication::translate("main", "the root directory \"%1\" does not exist").arg(rootDirectory));
    std::optional<int> intervalMs;
    if (parser.isSet(intervalOption)) {
        bool intervalOk = false;
        intervalMs = parser.value(intervalOption).toInt(&intervalOk);
        if (!intervalOk || *intervalMs < 500 || *intervalMs > 10'000)
            return fail(QCoreApplication::translate("main", "the interval must be between 500 and 10000 milliseconds"));
    }
    std::optional<int> pssMaxAgeS;
    if (parser.isSet(pssMaxAgeOption)) {
        bool ok = false;
        pssMaxAgeS = parser.value(pssMaxAgeOption).toInt(&ok);
        if (!ok || *pssMaxAgeS < 1 || *pssMaxAgeS > 600)
            return fail(QCoreApplication::translate("main", "--pss-max-age must be between 1 and 600 seconds"));
    }
    const SysRoot root(rootDirectory);

    if (parser.isSet(agentOption))
        return execAgent();
    if (parser.isSet(watchOption)) {
        WatchCommand::Options watch;
        watch.recordingDirectory = parser.value(recordingOption);
        watch.calmIntervalMs = intervalMs.value_or(watch.calmIntervalMs);
        bool ok = true;
        if (parser.isSet(recordingSizeOption)) {
            watch.recordingMiB = parser.value(recordingSizeOption).toInt(&ok);
            if (!ok || *watch.recordingMiB < 1 || *watch.recordingMiB > WatcherSettings::maxRecordingMiB)
                return fail(QCoreApplication::translate("main", "--recording-size must be between 1 and 100000 MiB"));
        }
        if (parser.isSet(recordingHoursOption)) {
            watch.recordingHours = parser.value(recordingHoursOption).toInt(&ok);
            if (!ok || *watch.recordingHours < 1 || *watch.recordingHours > WatcherSettings::maxRecordingHours)
                return fail(QCoreApplication::translate("main", "--recording-hours must be between 1 and 8784"));
        }
        return WatchCommand::run(root, watch);
    }
    std::optional<RemoteHost::Address> remote;
    if (parser.isSet(connectOption)) {
        QString error;
        remote = RemoteHost::parseAddress(parser.value(connectOption), &error);
        if (!remote)
            return fail(error);
    }
    // The command that runs memlens-agent on the remote host through the user's ssh.
    const auto remoteCommand = [&] {
        return RemoteHost::agentCommand(*remote, intervalMs.value_or(1000), QProcessEnvironment::systemEnvironment(), !headless);
    };
    const QString replay = parser.value(replayOption);
    if (!replay.isEmpty() && !QFileInfo(replay).isReadable())
        return fail(QCoreApplication::translate("main", "the recording \"%1\" cannot be read").arg(replay));
    std::optional<qint64> replayAtMs;
    if (parser.isSet(atOption)) {
        replayAtMs = RecordingMoment::parse(parser.value(atOption), QDateTime::currentDateTime());
        if (!replayAtMs || replay.isEmpty())
            return fail(QCoreApplication::translate("main", "--at needs --replay and a time such as 2026-12-06T18:40:05 or 18:40"));
    }

    if (headless && !parser.isSet(snapshotOption)) {
        std::fprintf(stderr,
                     "%s\n",
                     qPrintable(QCoreApplication::translate("main",
                                                            "memlens: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the window "
                                                            "cannot open. Printing the snapshot report instead.\n")));
    }
    // The source is chosen before anything is sampled, the same for the report and the window: in
    // a Flatpak, the host's processes are read by our agent running on the host, from the first
    // refresh on.
    SourceChoice source = SourceChoice::local(root);
    QFile flatpakInfo(QLatin1StringView(HostAgent::flatpakInfoPath));
    if (!replay.isEmpty()) {
        source = SourceChoice::replay(replay, replayAtMs);
    } else if (remote) {
        source = SourceChoice::remoteAgent(remoteCommand());
    } else if (root.isLive() && flatpakInfo.open(QIODevice::ReadOnly)) {
        if (const auto agent = HostAgent::fromFlatpakInfo(flatpakInfo.readAll(), QSysInfo::currentCpuArchitecture()))
            source = SourceChoice::hostAgent(*agent);
    }

    if (headless) {
        const ReportChoice choice{*format,
                                  *sortKey,
                                  parser.isSet(kernelThreadsOption) ? SnapshotReport::KernelThreads::Listed : SnapshotReport::KernelThreads::LeftOut};
        if (parser.isSet(allProcessesOption) && source.kind == SourceChoice::Kind::Local)
            return printAgentSnapshot(RootAgent::command(RootAgent::installedPath(), RootAgent::Asking::Terminal), choice);
        if (source.kind == SourceChoice::Kind::HostAgent || source.kind == SourceChoice::Kind::RemoteAgent)
            return printAgentSnapshot(source.agent, choice);
        return printSnapshot(root, choice);
    }

    QApplication::setApplicationDisplayName(QStringLiteral("MemLens"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.memlens.MemLens"));
    MainWindow window(source, intervalMs);
    if (pssMaxAgeS)
        window.setPssMaxAge(*pssMaxAgeS);
    window.show();
    return app->exec();
}
