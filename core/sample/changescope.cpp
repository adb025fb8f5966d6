// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "changescope.h"

ChangeScope ChangeScope::of(const SysRoot &root, const QString &replayPath)
{
    ChangeScope scope;
    if (!replayPath.isEmpty())
        scope.m_refusal = tr("This window plays a recording: changes would act on this machine, not on the one recorded.");
    else if (!root.isLive())
        scope.m_refusal = tr("This window shows the captured tree %1: changes would act on this machine, not on the one captured.").arg(root.directory());
    return scope;
}
