// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "stream/agentcommand.h"

#include <QByteArray>

#include <optional>

// Inside a Flatpak, /proc shows only the sandbox. The way out (as Mission Center does): run our
// own sampler on the host through flatpak-spawn --host, and read its snapshot stream. The host
// has neither our Qt nor our libraries, so the agent is started with the runtime's dynamic
// loader and libraries, from the paths the sandbox's /.flatpak-info gives.
namespace HostAgent
{
inline constexpr char flatpakInfoPath[] = "/.flatpak-info";

// The command that runs memlens-agent on the host, from the text of /.flatpak-info and the
// CPU architecture ("x86_64", "arm64"); nullopt when the text lacks the paths or the architecture
// is not one a Flatpak runtime ships for.
std::optional<AgentCommand> fromFlatpakInfo(const QByteArray &flatpakInfo, const QString &architecture);
}
