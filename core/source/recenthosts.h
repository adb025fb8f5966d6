// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>

// The hosts "Connect to host…" offered last: newest first, each once, at most maxCount, kept in
// the settings so the next start offers them again.
class RecentHosts
{
public:
    static constexpr qsizetype maxCount = 10;

    // As saved; an address that no longer parses (edited settings) is left out.
    static QStringList load();
    // host first, the others after it; saved at once.
    static QStringList remember(const QString &host);
};
