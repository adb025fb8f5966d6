// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "stream/agentcommand.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>

#include <optional>

// Another machine's memory, read by memlens-agent there and carried back by the user's own
// OpenSSH (`memlens --connect [user@]host[:port]`): their ~/.ssh/config, keys and ssh-agent
// apply as in a terminal, so a host that `ssh host` reaches, MemLens reaches. What the user typed
// ends up on ssh's command line, so it is checked against what a host and user name can hold
// before it gets there; ssh's failures come back as sentences that say what to do.
namespace RemoteHost
{
// Run through the remote user's login shell, so found on the PATH a non-interactive ssh command
// gets (on Debian /usr/local/bin:/usr/bin:/bin:/usr/games).
inline constexpr char agentProgram[] = "memlens-agent";

// The askpass programs tried, in this order, when SSH_ASKPASS is not set and a display is there
// to show them.
inline constexpr const char *askPassPrograms[] = {
    "/usr/bin/ksshaskpass",
    "/usr/bin/ssh-askpass",
    "/usr/lib/ssh/x11-ssh-askpass",
    "/usr/libexec/openssh/ssh-askpass",
};

struct Address {
    QString user; // empty: ssh's own choice (the config's User, or the local user name)
    QString host; // a name, an ssh config alias, or an IPv4 or IPv6 address (without brackets)
    std::optional<quint16> port; // unset: the config's Port, or 22

    // "user@host:port", "[v6]:port" with a port, "host" and "v6" without; parseAddress reads it back.
    QString toString() const;
    bool operator==(const Address &) const = default;
};

// host, user@host, host:port, user@host:port, [v6], [v6]:port, user@[v6]:port, or a bare v6
// address without a port. Surrounding whitespace is dropped. Refused, with the reason in *error:
// anything that could read as an ssh option (a leading '-'), whitespace, control and bidi
// characters, characters no host or user name holds, more than one '@', a port outside 1–65535.
std::optional<Address> parseAddress(const QString &text, QString *error);

// ssh with the user's own configuration, running memlens-agent on the host. Passphrases and
// host-key questions go to an askpass program when there is a display (the one in SSH_ASKPASS,
// else the first of askPassPrograms installed); without one, ssh asks on the terminal. base is
// the environment ssh starts from; an empty one stands for MemLens's own.
AgentCommand agentCommand(const Address &address, int intervalMs, const QProcessEnvironment &base, bool hasDisplay);

// Why ssh, or the agent behind it, ended, and what to do about it. ssh exits with 255 for its own
// failures; any other code is the remote command's.
QString explainFailure(const Address &address, int exitCode, const QByteArray &sshStandardError);
}
