// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rootagent.h"

#include "format/textescape.h"

namespace
{
QString tr(const char *text)
{
    return QCoreApplication::translate("RootAgent", text);
}
}

QString RootAgent::installedPath()
{
    return QStringLiteral(MEMLENS_AGENT_PATH);
}

AgentCommand RootAgent::command(const QString &agentPath, Asking asking)
{
    AgentCommand command;
    command.program = QStringLiteral("pkexec");
    // Without its internal text agent, pkexec never reads a password from the terminal a window
    // was started from: the desktop's authentication agent asks.
    if (asking == Asking::Desktop)
        command.arguments.append(QStringLiteral("--disable-internal-agent"));
    command.arguments.append(agentPath);
    command.explainExit = &RootAgent::explainExit;
    return command;
}

QString RootAgent::explainExit(int exitCode, const QByteArray &standardError)
{
    const QString said = TextEscape::forDialog(QString::fromUtf8(standardError.trimmed().split('\n').constLast()), 200);
    if (exitCode == 126)
        return tr("the administrator password was not given, so other users' processes stay hidden");
    if (exitCode == 127 && standardError.contains("No authentication agent found"))
        return tr(
            "no authentication agent is running to ask for the administrator password; log in to a desktop session, or run "
            "\"memlens --snapshot --all-processes\" in a terminal");
    if (exitCode == 127 && standardError.contains("Not authorized"))
        return tr("you are not allowed to read every process's memory on this machine (polkit said no)");
    if (exitCode == 127)
        return tr("the root agent could not be started through pkexec: %1").arg(said);
    if (said.isEmpty())
        return tr("the root agent ended (exit code %1)").arg(exitCode);
    return tr("the root agent ended (exit code %1): %2").arg(exitCode).arg(said);
}
