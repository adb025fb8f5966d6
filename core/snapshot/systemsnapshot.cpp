// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "systemsnapshot.h"

#include <QCoreApplication>

Reading<qint64> SystemSnapshot::tunable(QByteArrayView name) const
{
    for (const VmTunable &tunable : tunables) {
        if (tunable.name == name)
            return tunable.value;
    }
    return Reading<qint64>::missing(QCoreApplication::translate("SystemSnapshot", "vm.%1 was not read").arg(QString::fromLatin1(name)));
}

QString SystemSnapshot::missingInputs(std::initializer_list<QByteArrayView> tunableNames) const
{
    if (!meminfo.value)
        return meminfo.unavailableReason;
    for (const QByteArrayView name : tunableNames) {
        if (const Reading<qint64> value = tunable(name); !value.value)
            return value.unavailableReason;
    }
    return {};
}
