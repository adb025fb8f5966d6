// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/processsnapshot.h"

#include <QHash>
#include <QVariantMap>

// The smaps_rollup figures of processes this user cannot read, as the privileged helper read
// them (readrollups: numbers only, keyed "<pid>.<Counter>" and "<pid>.starttime"). Filled into
// each new snapshot for the processes that are still the same ones (pid and start time), so one
// authentication shows PSS for the whole system, as `sudo smem` would.
class RollupSupplement
{
public:
    RollupSupplement() = default;
    // readAtMs: when the helper read them, for the note each filled figure carries.
    static RollupSupplement fromReply(const QVariantMap &data, qint64 readAtMs);

    bool isEmpty() const
    {
        return m_counters.isEmpty();
    }
    qsizetype size() const
    {
        return m_counters.size();
    }
    // Gives every process without smaps figures the helper's, where it has them for that very
    // process; returns how many were filled. Processes with their own figures keep them.
    int fill(ProcessSnapshot &snapshot) const;

private:
    QHash<ProcessKey, SmapsCounters> m_counters;
    qint64 m_readAtMs = 0;
};
