// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/oomdaemonparser.h"
#include "parse/oomkillparser.h"
#include "read/filereader.h"
#include "read/sysroot.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

struct sd_journal;

// The processes the kernel's OOM killer killed, and those systemd-oomd and earlyoom killed, as
// far back as the log goes.
struct KillHistory {
    QList<OomKill> kills; // oldest first
    QString source; // where they were read: "systemd journal" or "kernel log buffer"
    QString unavailableReason; // a sentence for the user when no log could be read
    QString problem; // set when some OOM messages were only partly understood

    bool operator==(const KillHistory &) const = default;
};

// Reads the OOM kills from the kernel's log. On the live system the systemd journal comes first:
// it keeps earlier boots too. Where it is not readable, or holds no kernel messages, /dev/kmsg
// holds what this boot's ring buffer still has. Under a captured root, <root>/dev/kmsg is a text
// file of /dev/kmsg records.
//
// Reading is incremental: a second read() costs only what was logged since the first, and
// returns the whole history again (at most maxKills, the newest). Live, the reader holds the
// journal or /dev/kmsg open between reads, on the thread that reads; it is not thread-safe.
// When neither can be read live, it keeps saying why without trying again: a new reader (the
// worker makes one each time the history is enabled) tries again.
class KillHistoryReader
{
    Q_DECLARE_TR_FUNCTIONS(KillHistoryReader)

public:
    explicit KillHistoryReader(const SysRoot &root);
    ~KillHistoryReader();
    KillHistoryReader(const KillHistoryReader &) = delete;
    KillHistoryReader &operator=(const KillHistoryReader &) = delete;

    KillHistory read();

    static constexpr qsizetype maxKills = 1000;
    // How many journal entries one read() looks at, at most: the first read of a large journal
    // is spread over several ticks rather than stalling one.
    static constexpr int maxJournalEntriesPerRead = 200'000;

private:
    enum class Source {
        Undecided,
        Journal,
        Kmsg,
        Unavailable,
    };

    bool readJournal();
    bool openKmsg();
    void readKmsg();
    void readCapturedKmsg();
    std::optional<qint64> bootTimeMs();
    QString unavailableReason(int kmsgError, const QString &why);
    void collect();

    SysRoot m_root;
    FileReader m_reader;
    Source m_source = Source::Undecided;
    sd_journal *m_journal = nullptr;
    int m_kmsg = -1;
    QByteArray m_record; // one /dev/kmsg record: read(2) needs room for all of it
    std::optional<quint64> m_lastSequence; // the last kmsg record read: the cursor in a captured file
    std::optional<std::optional<qint64>> m_bootTimeMs; // looked up once
    QByteArray m_bootId; // the journal's boot of the last OOM message read
    bool m_journalHasKernelMessages = false;
    OomKillParser m_parser;
    OomDaemonParser m_daemons; // systemd-oomd's and earlyoom's, from the journal only
    KillHistory m_history;
};
