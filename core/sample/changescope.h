// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/sysroot.h"

#include "source/sourcechoice.h"
#include <QCoreApplication>

#include <QString>

// Whether the window's changes (tuning, an OOM score adjustment, reading every process through
// the root agent) act on the machine it shows. They always act on this machine, live: a window that
// shows a captured tree (--root), a recording (--replay) or another machine (--connect) must not offer them, or a click there
// would change this machine while the window says something else. Refused, it says why.
class ChangeScope
{
    Q_DECLARE_TR_FUNCTIONS(ChangeScope)

public:
    static ChangeScope of(const SourceChoice &source);

    bool allowed() const
    {
        return m_refusal.isEmpty();
    }
    // Why the changes are not offered, in a sentence; empty when they are.
    QString refusal() const
    {
        return m_refusal;
    }

private:
    QString m_refusal;
};
