// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parseresult.h"

#include <QString>

#include <optional>

// The fields of /proc/PID/status that MemLens shows. Kernel threads have no Vm*/Rss* lines, so
// every memory figure is optional: absent means "the kernel does not report it", never zero.
struct ProcStatus {
    QString name; // the kernel's escapes (\n, \\) undone
    std::optional<uint> realUid;
    std::optional<qint64> vmRss;
    std::optional<qint64> rssAnon;
    std::optional<qint64> rssFile;
    std::optional<qint64> rssShmem;
    std::optional<qint64> vmSwap;
    std::optional<int> threads;

    bool operator==(const ProcStatus &) const = default;
};

ParseResult<ProcStatus> parseProcStatus(QByteArrayView text);
