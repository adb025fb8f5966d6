// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/sysroot.h"

#include <QtGlobal>

#include <optional>

class QIODevice;

// `memlens --agent`: samples the system and every process each interval and writes them as a
// snapshot stream. Run on the host by a Flatpak'ed MemLens (flatpak-spawn --host), whose own
// /proc shows only its sandbox; redirected to a file, it makes a recording for --replay.
namespace SnapshotAgent
{
// Until count ticks are written (nullopt: until the reader goes away). Returns 0 when it ended
// as asked or because the reader left, 1 when the output could not be written at all.
// pssMaxAgeMs: the age bound of incremental PSS sampling (see PssScheduler).
int run(const SysRoot &root, int intervalMs, std::optional<int> count, QIODevice *output, qint64 pssMaxAgeMs);
}
