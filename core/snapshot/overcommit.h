// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/namedvalues.h"
#include "snapshot/reading.h"

#include <optional>

struct SystemSnapshot;

// vm.overcommit_memory and the limit it works against. The kernel's CommitLimit is recomputed
// here from its inputs, as mm/util.c's vm_commit_limit() does it in whole pages, so the window
// can show where the figure comes from and flag a meminfo it cannot explain.
struct Overcommit {
    enum class Mode {
        Heuristic = 0, // refuse only allocations that could never fit in RAM and swap
        Always = 1, // never refuse
        Strict = 2, // refuse once Committed_AS would pass CommitLimit
    };

    Mode mode = Mode::Heuristic;
    qint64 limit = 0; // recomputed: (RAM − huge page pools) × ratio, or overcommit_kbytes, plus swap
    bool fromKbytes = false; // overcommit_kbytes set the RAM share, not overcommit_ratio
    std::optional<qint64> kernelLimit; // meminfo's CommitLimit
    std::optional<qint64> committed; // Committed_AS

    // The kernel's figure agrees with the recomputed one (both are whole pages).
    bool agreesWithKernel() const
    {
        return kernelLimit == limit;
    }
    // In strict mode, how much more processes other than root's can commit before their
    // allocations fail: root may still use the admin reserve (vm.admin_reserve_kbytes).
    // nullopt in the other modes, where nothing is refused at the limit.
    std::optional<qint64> headroom(qint64 adminReserveBytes) const;

    // mode, ratio, kbytes: the vm sysctls overcommit_memory, overcommit_ratio (percent) and
    // overcommit_kbytes (0 when unset). nullopt for a mode the kernel does not have, a negative
    // sysctl, or a meminfo without MemTotal or SwapTotal.
    static std::optional<Overcommit> from(const NamedValues &meminfo, qint64 mode, qint64 ratio, qint64 kbytes, qint64 pageSize = 4096);
    // from() on a snapshot's meminfo and sysctls, or the reason there is no figure.
    static Reading<Overcommit> fromSnapshot(const SystemSnapshot &snapshot);

    bool operator==(const Overcommit &) const = default;
};
