// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "killhistoryreader.h"

#include "parse/boottimeparser.h"
#include "parse/integerparser.h"
#include "parse/kmsgrecordparser.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <systemd/sd-journal.h>
#include <unistd.h>

// read(2) on /dev/kmsg returns one record and fails with EINVAL when the buffer cannot hold all
// of it. A record with its dictionary is at most 8 KiB on current kernels; this leaves room.
static constexpr qsizetype recordBufferSize = 16 * 1024;
// However fast the kernel logs while it is read, one read() stops after this many records.
static constexpr int maxKmsgRecordsPerRead = 100'000;

KillHistoryReader::KillHistoryReader(const SysRoot &root)
    : m_root(root)
{
}

KillHistoryReader::~KillHistoryReader()
{
    if (m_journal)
        sd_journal_close(m_journal);
    if (m_kmsg >= 0)
        ::close(m_kmsg);
}

KillHistory KillHistoryReader::read()
{
    if (!m_root.isLive()) {
        readCapturedKmsg();
    } else {
        if (m_source == Source::Undecided || m_source == Source::Journal) {
            if (readJournal()) {
                m_source = Source::Journal;
                m_history.source = tr("systemd journal");
            } else if (m_source == Source::Undecided) {
                // Nothing of the kernel's in the journal: do not keep its files mapped.
                sd_journal_close(m_journal);
                m_journal = nullptr;
                m_source = openKmsg() ? Source::Kmsg : Source::Unavailable;
            }
        }
        if (m_source == Source::Kmsg)
            readKmsg();
    }
    collect();
    return m_history;
}

void KillHistoryReader::collect()
{
    // The kernel's kills and the daemons' come from two parsers: in time order again.
    QList<OomKill> fresh = m_parser.takeKills() + m_daemons.takeKills();
    std::stable_sort(fresh.begin(), fresh.end(), [](const OomKill &a, const OomKill &b) {
        return a.timeMs.value_or(std::numeric_limits<qint64>::min()) < b.timeMs.value_or(std::numeric_limits<qint64>::min());
    });
    m_history.kills.append(fresh);
    if (m_history.kills.size() > maxKills)
        m_history.kills.remove(0, m_history.kills.size() - maxKills);
    if (m_history.problem.isEmpty())
        m_history.problem = !m_parser.problem().isEmpty() ? m_parser.problem() : m_daemons.problem();
}

bool KillHistoryReader::readJournal()
{
    if (!m_journal) {
        if (sd_journal_open(&m_journal, SD_JOURNAL_LOCAL_ONLY | SD_JOURNAL_SYSTEM) < 0) {
            m_journal = nullptr;
            return false;
        }
        // Only the kernel's messages and the OOM daemons': the journal's index finds them without
        // reading the rest.
        if (sd_journal_add_match(m_journal, "_TRANSPORT=kernel", 0) < 0 || sd_journal_add_disjunction(m_journal) < 0
            || sd_journal_add_match(m_journal, "SYSLOG_IDENTIFIER=systemd-oomd", 0) < 0 || sd_journal_add_disjunction(m_journal) < 0
            || sd_journal_add_match(m_journal, "SYSLOG_IDENTIFIER=earlyoom", 0) < 0)
            return false;
        // Sets up the inotify watch that lets sd_journal_process() see entries and files added
        // between reads; the journal stays open and positioned after the last entry read.
        sd_journal_get_fd(m_journal);
    } else {
        sd_journal_process(m_journal);
    }
    for (int i = 0; i < maxJournalEntriesPerRead && sd_journal_next(m_journal) > 0; ++i) {
        const void *data = nullptr;
        size_t length = 0;
        QByteArray identifier;
        if (sd_journal_get_data(m_journal, "SYSLOG_IDENTIFIER", &data, &length) >= 0 && length > 18)
            identifier = QByteArray(static_cast<const char *>(data) + 18, qsizetype(length) - 18); // "SYSLOG_IDENTIFIER="
        const bool daemon = identifier == "systemd-oomd" || identifier == "earlyoom";
        m_journalHasKernelMessages = m_journalHasKernelMessages || !daemon;
        if (sd_journal_get_data(m_journal, "MESSAGE", &data, &length) < 0 || length < 8)
            continue;
        const QByteArrayView message = QByteArrayView(static_cast<const char *>(data), qsizetype(length)).sliced(8); // "MESSAGE="
        if (daemon) {
            uint64_t realtime = 0;
            m_daemons.add(sd_journal_get_realtime_usec(m_journal, &realtime) >= 0 ? std::optional(qint64(realtime / 1000)) : std::nullopt, identifier, message);
            continue;
        }
        // Almost every kernel message is about something else: skip those before asking for more.
        if (!message.startsWith("oom-kill:") && !message.contains("Killed process "))
            continue;
        uint64_t monotonic = 0;
        sd_id128_t boot;
        if (sd_journal_get_monotonic_usec(m_journal, &monotonic, &boot) >= 0) {
            const QByteArray bootId(reinterpret_cast<const char *>(boot.bytes), sizeof boot.bytes);
            if (bootId != m_bootId)
                m_parser.startBoot();
            m_bootId = bootId;
        }
        uint64_t realtime = 0;
        std::optional<qint64> timeMs;
        if (sd_journal_get_realtime_usec(m_journal, &realtime) >= 0)
            timeMs = qint64(realtime / 1000);
        m_parser.add(timeMs, message);
    }
    return m_journalHasKernelMessages;
}

bool KillHistoryReader::openKmsg()
{
    m_kmsg = ::open("/dev/kmsg", O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (m_kmsg < 0) {
        m_history.unavailableReason = unavailableReason(errno, FileReader::describe({FileReader::Status::Failed, {}, errno}, QStringLiteral("/dev/kmsg")));
        return false;
    }
    m_history.source = tr("kernel log buffer");
    return true;
}

void KillHistoryReader::readKmsg()
{
    const std::optional<qint64> boot = bootTimeMs();
    if (m_record.size() < recordBufferSize)
        m_record.resize(recordBufferSize);
    for (int records = 0; records < maxKmsgRecordsPerRead; ++records) {
        const ssize_t got = ::read(m_kmsg, m_record.data(), size_t(m_record.size()));
        if (got > 0) {
            const auto parsed = parseKmsgRecords(QByteArrayView(m_record.constData(), got));
            if (!parsed.ok() && m_history.problem.isEmpty())
                m_history.problem = tr("/dev/kmsg held a record that was not understood (%1)").arg(parsed.error);
            for (const KmsgRecord &record : parsed.value)
                m_parser.add(boot ? std::optional(*boot + record.sinceBootUsec / 1000) : std::nullopt, record.message);
            continue;
        }
        if (got < 0 && (errno == EINTR || errno == EPIPE))
            continue; // EPIPE: records were overwritten before they were read; the next one follows
        if (got < 0 && errno == EINVAL && m_record.size() < 16 * recordBufferSize) {
            m_record.resize(m_record.size() * 2); // a record larger than any kernel writes today
            continue;
        }
        if (got < 0 && errno != EAGAIN && m_history.problem.isEmpty())
            m_history.problem = tr("reading /dev/kmsg stopped: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        break;
    }
}

void KillHistoryReader::readCapturedKmsg()
{
    const std::optional<qint64> boot = bootTimeMs(); // before the log: the reader's buffer is reused
    const auto file = m_reader.read(m_root.path(u"/dev/kmsg"));
    if (!file.ok()) {
        m_history.source.clear();
        m_history.unavailableReason = unavailableReason(file.error, FileReader::describe(file, QStringLiteral("/dev/kmsg")));
        return;
    }
    m_history.source = tr("kernel log buffer");
    m_history.unavailableReason.clear();
    const auto parsed = parseKmsgRecords(file.data);
    if (!parsed.ok() && m_history.problem.isEmpty())
        m_history.problem = tr("/dev/kmsg is malformed (%1)").arg(parsed.error);
    // The sequence number is the cursor: a second read of the same file adds nothing.
    for (const KmsgRecord &record : parsed.value) {
        if (m_lastSequence && record.sequence <= *m_lastSequence)
            continue;
        m_lastSequence = record.sequence;
        m_parser.add(boot ? std::optional(*boot + record.sinceBootUsec / 1000) : std::nullopt, record.message);
    }
}

std::optional<qint64> KillHistoryReader::bootTimeMs()
{
    if (!m_bootTimeMs) {
        const auto file = m_reader.read(m_root.path(u"/proc/stat"));
        const auto parsed = file.ok() ? parseBootTime(file.data) : ParseResult<qint64>{};
        m_bootTimeMs = file.ok() && parsed.ok() ? std::optional(parsed.value * 1000) : std::nullopt;
    }
    return *m_bootTimeMs;
}

QString KillHistoryReader::unavailableReason(int error, const QString &why)
{
    if (error != EPERM && error != EACCES)
        return tr("The OOM kill history cannot be read: %1.").arg(why);
    QStringList causes;
    if (m_root.isLive() && !m_journalHasKernelMessages)
        causes.append(tr("the systemd journal shows you no kernel messages (you are not in the systemd-journal or adm group)"));
    const auto restrict = m_reader.read(m_root.path(u"/proc/sys/kernel/dmesg_restrict"));
    if (restrict.ok() && parseInteger(restrict.data).value == 1)
        causes.append(tr("/dev/kmsg is restricted to administrators by kernel.dmesg_restrict"));
    else
        causes.append(tr("you may not read /dev/kmsg"));
    return tr("The OOM kill history cannot be read: %1. Running MemLens as root shows it.").arg(causes.join(QStringLiteral(", and ")));
}
