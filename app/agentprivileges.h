// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// memlens-agent started as root (through pkexec, for "Show all processes") only reads: other
// users' smaps and numa_maps, /proc/slabinfo, the kernel log. Right after start it keeps the
// capabilities those need and no other, and whatever uid it has, it can never gain privileges
// again (no_new_privs): a file it executes cannot give it more.
namespace AgentPrivileges
{
// Empty when done; else why not, in a sentence (the agent then refuses to run).
QString dropAllButReading();
}
