// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "stream/agentcommand.h"

#include <QCoreApplication>

// "Show all processes": memlens-agent started as root through pkexec, under its own polkit action
// (auth_admin_keep), once for as long as it is on. Its snapshots come back through its pipe only;
// nothing crosses the system bus but polkit's own question.
namespace RootAgent
{
// The polkit action pkexec checks; the policy names the agent's installed path for it.
inline constexpr char actionId[] = "io.github.memlens.agent.readall";

// The installed memlens-agent: pkexec runs only the path the policy names.
QString installedPath();

enum class Asking {
    Desktop, // the desktop's authentication agent asks for the password (the window)
    Terminal, // pkexec asks in the terminal when no desktop agent is there (the report)
};
AgentCommand command(const QString &agentPath, Asking asking);
// What pkexec's exit code means for the person who asked.
QString explainExit(int exitCode, const QByteArray &standardError);
}
