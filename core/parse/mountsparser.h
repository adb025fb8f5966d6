// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parseresult.h"

#include <QList>
#include <QString>

// One line of /proc/self/mounts (the same format as /proc/mounts and /etc/mtab).
struct MountEntry {
    QString source; // "tmpfs", "/dev/vda"; escapes undone
    QString mountPoint; // absolute; escapes undone
    QByteArray type; // "tmpfs", "ext4", "fuse.sshfs"
    QByteArray options; // "rw,nosuid,nodev,size=1024k", as written

    bool operator==(const MountEntry &) const = default;
};

// /proc/self/mounts: "source mountpoint type options 0 0", one mount per line. The kernel writes
// space, tab, newline and backslash in the first two fields as \040, \011, \012 and \134, so a
// line always has six fields. A line that has not, or whose mount point is not absolute, is
// reported and skipped.
ParseResult<QList<MountEntry>> parseMounts(QByteArrayView text);
