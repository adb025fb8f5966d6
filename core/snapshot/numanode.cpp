// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "numanode.h"

#include <QCoreApplication>

Reading<qint64> memoryOutsideNodes(const Reading<NamedValues> &meminfo, const Reading<QList<NumaNode>> &nodes)
{
    if (!nodes.value)
        return Reading<qint64>::missing(nodes.unavailableReason);
    const std::optional<qint64> total = meminfo.value ? meminfo.value->value("MemTotal") : std::nullopt;
    if (!total)
        return Reading<qint64>::missing(meminfo.value ? QCoreApplication::translate("NumaNode", "/proc/meminfo has no MemTotal") : meminfo.unavailableReason);
    qint64 outside = *total;
    for (const NumaNode &node : *nodes.value) {
        const std::optional<qint64> nodeTotal = node.meminfo.value ? node.meminfo.value->value("MemTotal") : std::nullopt;
        if (!nodeTotal) {
            const QString why = node.meminfo.value ? QCoreApplication::translate("NumaNode", "its meminfo has no MemTotal") : node.meminfo.unavailableReason;
            return Reading<qint64>::missing(QCoreApplication::translate("NumaNode", "node %1's size is unknown: %2").arg(node.id).arg(why));
        }
        outside -= *nodeTotal;
    }
    return {outside, {}, {}};
}
