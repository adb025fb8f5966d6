// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

// The directory that stands for "/" when reading /proc and /sys: "/" on a live system, a captured
// tree in tests or with `memlens --root DIR`. Every reader takes one, so the whole application
// can be pointed at a recording of another machine.
class SysRoot
{
public:
    explicit SysRoot(const QString &directory = QStringLiteral("/"));

    // path(u"/proc/meminfo") -> "<root>/proc/meminfo"
    QString path(QStringView absolute) const;
    bool isLive() const
    {
        return m_prefix.isEmpty();
    }
    QString directory() const
    {
        return m_prefix.isEmpty() ? QStringLiteral("/") : m_prefix;
    }
    // The kernel's page size in bytes, for the files that count in pages (vmstat, zoneinfo, KSM,
    // slabinfo): 4 KiB on x86-64, 16 or 64 KiB on some arm64 kernels. This machine's: a captured
    // tree is taken to come from a machine with the same page size.
    static qint64 pageSize();

private:
    QString m_prefix; // the root without a trailing slash; empty for "/"
};
