// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// OomKillParser fed as the kill history reader feeds it from /dev/kmsg: each record's message,
// with the record's time. A sequence number that goes back starts a new boot, so startBoot is
// reached too. Any bytes: kills and at most a problem, never a crash, and only sane figures.
#include "parse/kmsgrecordparser.h"
#include "parse/oomkillparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto records = parseKmsgRecords(QByteArrayView(data, qsizetype(size)));
    constexpr qint64 bootMs = 1'700'000'000'000; // a fixed boot time: the sum cannot overflow
    OomKillParser parser;
    std::optional<quint64> lastSequence;
    for (const KmsgRecord &record : records.value) {
        if (lastSequence && record.sequence < *lastSequence)
            parser.startBoot();
        lastSequence = record.sequence;
        // Every other record without a time, as when /proc/stat has no btime.
        const bool timed = record.sequence % 2 == 0;
        parser.add(timed ? std::optional(bootMs + record.sinceBootUsec / 1000) : std::nullopt, record.message);
    }
    for (const OomKill &kill : parser.takeKills()) {
        if (kill.pid <= 0 || (kill.oomScoreAdj && (*kill.oomScoreAdj < -1000 || *kill.oomScoreAdj > 1000)))
            abort();
        for (const auto &bytes : {kill.totalVmBytes, kill.anonRssBytes, kill.fileRssBytes, kill.shmemRssBytes, kill.pageTablesBytes}) {
            if (bytes && *bytes < 0)
                abort();
        }
    }
    if (!parser.takeKills().isEmpty())
        abort();
    return 0;
}
