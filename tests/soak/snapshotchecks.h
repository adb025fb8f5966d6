// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/mappingsnapshot.h"
#include "snapshot/processsnapshot.h"
#include "snapshot/systemsnapshot.h"

// What a snapshot owes its reader however the processes behaved while it was read: no negative
// figure, USS <= PSS <= RSS wherever they are known, a reason wherever a figure is missing, and
// every total MemLens shows equal to the sum of its rows. Each check returns the first problem
// it finds, naming the process and the values, or an empty string.
namespace SnapshotChecks
{
QString problemIn(const ProcessSnapshot &snapshot);
QString problemIn(const SystemSnapshot &snapshot);
QString problemIn(const MappingSnapshot &snapshot);
// The totals of the report (`memlens --snapshot`) and the group rows of the by-application and
// by-user layouts, against sums of the rows they stand for.
QString problemInTotals(const SystemSnapshot &system, const ProcessSnapshot &processes);
} // namespace SnapshotChecks
