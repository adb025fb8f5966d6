// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// OomDaemonParser fed journal text as `journalctl -o short-iso` prints it, line by line with the
// identifier and time each line names (systemd-oomd, earlyoom or anything else). Any bytes: kills
// and at most a problem, never a crash, and only sane figures.
#include "parse/oomdaemonparser.h"
#include "support/journaltext.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    OomDaemonParser parser;
    for (const JournalLine &line : journalLines(QByteArrayView(data, qsizetype(size))))
        parser.add(line.timeMs, line.identifier, line.message);
    for (const OomKill &kill : parser.takeKills()) {
        if (kill.killer == OomKiller::Kernel || kill.pid < 0 || (kill.rssBytes && *kill.rssBytes < 0))
            abort();
        if (kill.oomScoreAdj && (*kill.oomScoreAdj < -1000 || *kill.oomScoreAdj > 1000))
            abort();
        for (const auto &share : {kill.pressurePercent, kill.availablePercent, kill.swapPercent, kill.limitPercent, kill.swapLimitPercent}) {
            if (share && !(*share >= 0 && *share <= 100))
                abort();
        }
    }
    if (!parser.takeKills().isEmpty())
        abort();
    return 0;
}
