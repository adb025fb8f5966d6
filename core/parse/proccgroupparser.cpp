// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "proccgroupparser.h"

#include "textscan.h"

#include <climits>

ParseResult<QList<CgroupMembership>> parseProcCgroup(QByteArrayView text)
{
    ParseResult<QList<CgroupMembership>> result;
    TextScan::forEachLine(text, [&](QByteArrayView line, int number) {
        if (line.trimmed().isEmpty())
            return;
        const qsizetype firstColon = line.indexOf(':');
        const qsizetype secondColon = firstColon < 0 ? -1 : line.indexOf(':', firstColon + 1);
        const auto id = firstColon < 0 ? std::nullopt : TextScan::toInt64(line.first(firstColon));
        // The path is everything after the second colon: a cgroup name may itself contain ':'.
        const QByteArrayView path = secondColon < 0 ? QByteArrayView() : line.sliced(secondColon + 1);
        if (!id || *id < 0 || *id > INT_MAX || !path.startsWith('/')) {
            if (result.ok())
                result.error = TextScan::lineError(number, QStringLiteral("not a \"id:controllers:path\" line: %1").arg(TextScan::quoted(line)));
            return;
        }
        CgroupMembership membership;
        membership.hierarchy = int(*id);
        const QByteArrayView controllers = line.sliced(firstColon + 1, secondColon - firstColon - 1);
        if (!controllers.isEmpty())
            membership.controllers = controllers.toByteArray().split(',');
        membership.path = path.toByteArray();
        result.value.append(membership);
    });
    return result;
}

QByteArray memoryCgroupPath(const QList<CgroupMembership> &memberships)
{
    QByteArray unified;
    for (const CgroupMembership &membership : memberships) {
        if (membership.controllers.contains("memory"))
            return membership.path;
        if (membership.hierarchy == 0 && membership.controllers.isEmpty())
            unified = membership.path;
    }
    return unified;
}
