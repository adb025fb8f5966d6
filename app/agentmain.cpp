// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// memlens-agent: samples memory where it runs and writes the snapshot stream on stdout, taking
// requests on stdin (see AgentSession). MemLens runs it as root through pkexec ("Show all
// processes"), on the Flatpak host, and on other machines through ssh; redirected to a file, it
// makes a recording for `memlens --replay`. Qt Core and core/ only: no widgets, no display.
#include "agentprivileges.h"
#include "source/agentsession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace
{
int fail(const QString &message)
{
    std::fprintf(stderr, "memlens-agent: %s\n", qPrintable(message));
    return 2;
}

// A whole number in [low, high] from option, or the fallback when the option is not given.
std::optional<int> number(const QCommandLineParser &parser, const QCommandLineOption &option, int low, int high, int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}
}

int main(int argc, char **argv)
{
    // Before anything else runs as root.
    if (const QString refusal = AgentPrivileges::dropAllButReading(); !refusal.isEmpty())
        return fail(refusal);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("memlens-agent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MEMLENS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes MemLens's snapshot stream on standard output and takes its requests on standard input."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption intervalOption(QStringLiteral("interval"), QStringLiteral("Sample every MS milliseconds (500 to 10000)."), QStringLiteral("MS"));
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("Stop after N process snapshots."), QStringLiteral("N"));
    const QCommandLineOption pssMaxAgeOption(QStringLiteral("pss-max-age"),
                                             QStringLiteral("Read each process's PSS again at least every S seconds (1 to 600)."),
                                             QStringLiteral("S"));
    const QCommandLineOption rootOption(QStringLiteral("root"), QStringLiteral("Read /proc and /sys under DIR instead of /."), QStringLiteral("DIR"));
    parser.addOptions({intervalOption, countOption, pssMaxAgeOption, rootOption});
    parser.process(app);

    const auto intervalMs = number(parser, intervalOption, 500, 10'000, 1000);
    if (!intervalMs)
        return fail(QStringLiteral("the interval must be between 500 and 10000 milliseconds"));
    const auto pssMaxAgeS = number(parser, pssMaxAgeOption, 1, 600, 10);
    if (!pssMaxAgeS)
        return fail(QStringLiteral("--pss-max-age must be between 1 and 600 seconds"));
    std::optional<int> count;
    if (parser.isSet(countOption)) {
        count = number(parser, countOption, 1, std::numeric_limits<int>::max(), 1);
        if (!count)
            return fail(QStringLiteral("--count needs a whole number above 0"));
    }
    // Started through pkexec, the agent reads the live system and nothing its caller names.
    if (parser.isSet(rootOption) && qEnvironmentVariableIsSet("PKEXEC_UID"))
        return fail(QStringLiteral("--root is not taken from a caller of pkexec"));
    const QString rootDirectory = parser.isSet(rootOption) ? parser.value(rootOption) : QStringLiteral("/");
    if (!QDir(rootDirectory).exists())
        return fail(QStringLiteral("the root directory \"%1\" does not exist").arg(rootDirectory));

    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fail(QStringLiteral("cannot write to standard output"));
    std::signal(SIGPIPE, SIG_IGN); // a reader that goes away ends the agent through a failed write
    AgentSession session(SysRoot(rootDirectory), STDIN_FILENO, &out, count);
    QObject::connect(&session, &AgentSession::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    session.start(*intervalMs, *pssMaxAgeS * 1000);
    return app.exec();
}
