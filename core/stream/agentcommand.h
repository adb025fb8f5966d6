// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

// How to start a memlens-agent that writes the snapshot stream on its stdout and takes requests
// on its stdin: directly, as root through pkexec, on the Flatpak host through flatpak-spawn, or
// on another machine through ssh.
struct AgentCommand {
    QString program;
    QStringList arguments;
    // The agent's environment; an empty one inherits MemLens's own.
    QProcessEnvironment environment;
    // What to call the machine the agent reads, in the title and status bar ("" for this one).
    QString hostName;
    // Why the agent ended, from its exit code and the end of its stderr, where the program in
    // between (pkexec, ssh) has codes of its own; unset for a plain sentence with the code.
    std::function<QString(int exitCode, const QByteArray &standardError)> explainExit;
};
