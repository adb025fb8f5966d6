// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parseresult.h"

#include <QByteArrayList>
#include <QList>

// /proc/PID/cgroup: "hierarchy-id:controllers:path" per line. cgroup v2 is the single line with
// id 0 and no controllers; v1 has one line per mounted hierarchy ("4:memory:/user.slice").
struct CgroupMembership {
    int hierarchy = 0;
    QByteArrayList controllers;
    QByteArray path;

    bool operator==(const CgroupMembership &) const = default;
};

ParseResult<QList<CgroupMembership>> parseProcCgroup(QByteArrayView text);

// The path this process has in the hierarchy that holds the memory controller: the v1 "memory"
// line if the machine mounts one, else the v2 line. Empty if neither is listed.
QByteArray memoryCgroupPath(const QList<CgroupMembership> &memberships);
