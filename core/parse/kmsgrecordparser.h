// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parseresult.h"

#include <QByteArray>
#include <QList>

#include <utility>

// One record of the kernel log as /dev/kmsg hands it out:
//   "<priority>,<sequence>,<usec>,<flags>[,<more>...];<message>\n"
// followed by zero or more " KEY=VALUE\n" lines (the device a driver message is about).
struct KmsgRecord {
    int facility = 0; // syslog facility; 0 is the kernel
    int level = 0; // syslog level, 0 (emergency) to 7 (debug)
    quint64 sequence = 0; // increases by one per record; a gap means records were overwritten
    qint64 sinceBootUsec = 0; // the kernel's clock at the time: microseconds since boot
    QByteArray flags; // "-", or "c" for a continuation on old kernels
    QByteArray message; // the kernel's \xNN escapes undone: the bytes it was given
    QList<std::pair<QByteArray, QByteArray>> dictionary; // SUBSYSTEM=acpi, DEVICE=+acpi:PNP0A08:00

    bool operator==(const KmsgRecord &) const = default;
};

// Any number of records back to back: what one read(2) on /dev/kmsg returns (one record), or a
// captured stream of them. A line that is neither a record nor a dictionary line is reported and
// skipped; the records around it are kept.
ParseResult<QList<KmsgRecord>> parseKmsgRecords(QByteArrayView text);
