// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/oomkillparser.h"

#include <QCoreApplication>

#include <optional>

// One kill told the same way on the Pressure page, in the watcher's bookmarks and in its
// notification: who was ended, how much it held, who ended it and why. Names are made visible
// (TextEscape): a process may name itself with control or bidi characters.
class KillDescription
{
    Q_DECLARE_TR_FUNCTIONS(KillDescription)

public:
    // "firefox (4711)"; systemd-oomd ends a whole control group, named by its unit.
    static QString victim(const OomKill &kill);
    // What it held when it was killed: the kernel's anonymous + file + shared memory RSS, or the
    // daemon's figure.
    static std::optional<qint64> heldBytes(const OomKill &kill);
    // Why, in the killer's own figures.
    static QString reason(const OomKill &kill);
    // "earlyoom ended firefox (4711), which held 2.1 GiB: <reason>".
    static QString sentence(const OomKill &kill);
};
