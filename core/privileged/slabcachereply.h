// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "privileged/privilegedreply.h"
#include "snapshot/slabcacherecord.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

// The slab caches in the helper's readslabinfo answer (TuningRules::readSlabinfo: "caches" and
// "<i>.name", "<i>.active_objs", ... "<i>.bytes", "<i>.reclaimable"), or why there are none.
class SlabCacheReply
{
    Q_DECLARE_TR_FUNCTIONS(SlabCacheReply)

public:
    // All the caches or none: a reply with a cache missing, a figure missing or not a count, an
    // entry the helper does not write or a name that is not one, is refused whole, with what was
    // wrong, so that no cache goes missing unnoticed.
    static Reading<QList<SlabCacheRecord>> fromData(const QVariantMap &data);

    // Any answer from the client: the caches, or a sentence for the UI on why they are not shown
    // (a refusal, a cancelled dialog, a helper that is not installed, the helper's own error).
    static Reading<QList<SlabCacheRecord>> fromReply(const PrivilegedReply &reply);
};
