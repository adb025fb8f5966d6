// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "source/snapshotsource.h"

#include <optional>

// The first system snapshot of a source and the process snapshot after it, waited for in a local
// event loop: what the headless report prints from an agent (as root, from another machine).
struct FirstSnapshots {
    SystemSnapshot system;
    ProcessSnapshot processes;

    // nullopt when the source ended first; error then says why.
    static std::optional<FirstSnapshots> of(SnapshotSource &source, QString *error);
};
