// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "processreader.h"

#include "parse/cmdlineparser.h"
#include "parse/integerparser.h"
#include "parse/proccgroupparser.h"
#include "parse/procstatparser.h"
#include "parse/procstatusparser.h"
#include "parse/smapsparser.h"
#include "parse/textscan.h"
#include "read/parsedfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

#include <dirent.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

static bool ended(const FileReader::Result &file)
{
    return file.status == FileReader::Status::Missing || file.status == FileReader::Status::Vanished;
}

// How many stat files may stay open: the soft limit on open files is raised to the hard one
// (systemd allows 524288; the soft 1024 is kept for old select() users, which MemLens is not),
// less a margin for everything else.
static qsizetype statFilesAllowed()
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 0;
    const rlim_t wanted = std::min<rlim_t>(limit.rlim_max, 1 << 16);
    if (limit.rlim_cur < wanted) {
        limit.rlim_cur = wanted;
        ::setrlimit(RLIMIT_NOFILE, &limit);
        ::getrlimit(RLIMIT_NOFILE, &limit);
    }
    return std::max<qsizetype>(0, qsizetype(limit.rlim_cur) - 512) / 2; // two readers may be alive
}

ProcessReader::ProcessReader(const SysRoot &root)
    : m_root(root)
    , m_maximumStatFiles(statFilesAllowed())
    , m_userNames(root)
{
}

ProcessReader::~ProcessReader()
{
    for (const int fd : std::as_const(m_statFiles))
        ::close(fd);
}

QList<qint64> ProcessReader::pids()
{
    QList<qint64> pids;
    if (DIR *proc = ::opendir(QFile::encodeName(m_root.path(u"/proc")).constData())) {
        while (const dirent *entry = ::readdir(proc)) {
            bool ok = false;
            const qint64 pid = QByteArrayView(entry->d_name).toLongLong(&ok);
            if (ok && pid > 0)
                pids.append(pid);
        }
        ::closedir(proc);
    }
    std::sort(pids.begin(), pids.end());
    // Close the stat files of processes that ended.
    m_statFiles.removeIf([&pids](const auto &it) {
        if (std::binary_search(pids.cbegin(), pids.cend(), it.key()))
            return false;
        ::close(it.value());
        return true;
    });
    return pids;
}

QString ProcessReader::processPath(qint64 pid, QStringView file) const
{
    return QStringLiteral("/proc/%1/").arg(pid) + file;
}

std::optional<ProcStat> ProcessReader::readStat(qint64 pid)
{
    // The stat file stays open from tick to tick. An fd names the process, not its number: once
    // the process ends it fails (ESRCH) even if the number is reused, and the path is opened again.
    FileReader::Result file;
    if (const auto open = m_statFiles.constFind(pid); open != m_statFiles.cend()) {
        file = m_reader.reread(*open);
        if (!file.ok()) {
            ::close(*open);
            m_statFiles.erase(open);
        }
    }
    if (!file.ok()) {
        const int fd = ::open(QFile::encodeName(m_root.path(processPath(pid, u"stat"))).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return std::nullopt;
        file = m_reader.reread(fd);
        if (file.ok() && m_statFiles.size() < m_maximumStatFiles)
            m_statFiles.insert(pid, fd);
        else
            ::close(fd);
    }
    if (!file.ok())
        return std::nullopt;
    auto stat = TextScan::parseWholeLines(file.data, parseProcStat);
    if (!stat.ok())
        return std::nullopt; // a stat we cannot read gives no identity to show the rest under
    return std::move(stat.value);
}

void ProcessReader::applyStat(ProcessRecord &record, const ProcStat &stat)
{
    record.key.startTime = stat.startTime;
    record.ppid = stat.ppid;
    record.name = stat.comm;
    record.state = stat.state;
    record.cpuTicks = stat.userTicks + stat.systemTicks;
    record.threads = int(stat.threads);
    record.kernelThread = stat.isKernelThread();
}

std::optional<ProcessRecord> ProcessReader::read(qint64 pid)
{
    // stat first: it names the process and gives the start time that makes its identity.
    const auto stat = readStat(pid);
    return stat ? read(pid, *stat) : std::nullopt;
}

std::optional<ProcessRecord> ProcessReader::read(qint64 pid, const ProcStat &stat)
{
    ProcessRecord record;
    record.key.pid = pid;
    record.readAtMs = QDateTime::currentMSecsSinceEpoch();
    applyStat(record, stat);

    auto file = m_reader.read(m_root.path(processPath(pid, u"status")));
    if (ended(file))
        return std::nullopt;
    const auto status = file.ok() ? TextScan::parseWholeLines(file.data, parseProcStatus) : ParseResult<ProcStatus>{};
    const QString statusPath = processPath(pid, u"status");
    const QString statusProblem = !file.ok() ? FileReader::describe(file, statusPath)
        : status.ok()                        ? QString()
                                             : tr("%1 is malformed (%2)").arg(statusPath, status.error);
    if (!status.value.name.isEmpty())
        record.name = status.value.name; // status has the name unescaped; stat can be ambiguous
    record.uid = status.value.realUid.value_or(0);
    record.user = status.value.realUid ? m_userNames.name(*status.value.realUid) : QString();
    record.rssAnon = status.value.rssAnon;
    record.rssFile = status.value.rssFile;
    record.rssShmem = status.value.rssShmem;

    file = m_reader.read(m_root.path(processPath(pid, u"cmdline")));
    if (ended(file))
        return std::nullopt;
    if (file.ok())
        record.commandLine = parseCmdline(file.data);

    // A kernel thread has no user memory to walk, and its smaps_rollup answers ESRCH as if it
    // had ended; it is not read at all.
    if (!record.kernelThread) {
        bool vanished = false;
        record.smaps = readSmapsCounters(pid, &vanished);
        if (vanished)
            return std::nullopt;
    }

    // Kernel threads and zombies have no user-space memory: status has no VmRSS and
    // smaps_rollup is empty. Say so rather than show the empty file as the reason.
    const QString noMemory = record.kernelThread ? tr("a kernel thread has no user-space memory")
        : record.state == 'Z'                    ? tr("the process has exited; its parent has not yet collected it")
                                                 : QString();
    const auto fromStatus = [&](const std::optional<qint64> &value, QLatin1StringView field) {
        if (value)
            return Reading<qint64>{value, {}, statusProblem};
        const QString why = !noMemory.isEmpty() ? noMemory : !statusProblem.isEmpty() ? statusProblem : tr("%1 has no %2 line").arg(statusPath, field);
        return Reading<qint64>::missing(why);
    };
    record.rss = fromStatus(status.value.vmRss, QLatin1StringView("VmRSS"));
    record.swap = fromStatus(status.value.vmSwap, QLatin1StringView("VmSwap"));
    // status's VmRSS and VmSwap come from counters the kernel updates in per-CPU batches: a
    // process can show 4 KiB of RSS and 500 KiB of PSS. Where smaps was walked, its exact Rss and
    // Swap are used instead, so USS <= PSS <= RSS holds for every process that has all three.
    if (record.smaps.value) {
        if (const auto rss = record.smaps.value->value(SmapsCounters::Rss))
            record.rss = Reading<qint64>{rss, {}, {}};
        if (const auto swap = record.smaps.value->value(SmapsCounters::Swap))
            record.swap = Reading<qint64>{swap, {}, {}};
    }
    if (!noMemory.isEmpty())
        record.smaps = Reading<SmapsCounters>::missing(noMemory);

    const auto readInteger = [&](QStringView name) {
        return readParsed(m_reader, m_root, processPath(pid, name), parseInteger, OnParseError::Discard);
    };
    record.oomScore = readInteger(u"oom_score");
    record.oomScoreAdj = readInteger(u"oom_score_adj");

    file = m_reader.read(m_root.path(processPath(pid, u"cgroup")));
    if (file.ok())
        record.cgroup = QString::fromUtf8(memoryCgroupPath(TextScan::parseWholeLines(file.data, parseProcCgroup).value));
    return record;
}

Reading<SmapsCounters> ProcessReader::readSmapsCounters(qint64 pid, bool *vanished)
{
    const QString rollupPath = processPath(pid, u"smaps_rollup");
    auto file = m_reader.read(m_root.path(rollupPath));
    m_usedRollup = true;
    if (file.ok()) {
        auto rollup = TextScan::parseWholeLines(file.data, parseSmapsRollup);
        if (rollup.value.isEmpty())
            return Reading<SmapsCounters>::missing(tr("%1 is empty").arg(rollupPath));
        return Reading<SmapsCounters>{rollup.value, {}, rollup.ok() ? QString() : tr("%1 is malformed (%2)").arg(rollupPath, rollup.error)};
    }
    if (file.status == FileReader::Status::Vanished) {
        *vanished = !QFileInfo::exists(m_root.path(processPath(pid, u"stat")));
        return Reading<SmapsCounters>::missing(FileReader::describe(file, rollupPath));
    }
    if (file.status != FileReader::Status::Missing)
        return Reading<SmapsCounters>::missing(FileReader::describe(file, rollupPath));

    // Kernels before 4.14 have no smaps_rollup: sum every mapping of smaps instead.
    const QString smapsPath = processPath(pid, u"smaps");
    file = m_reader.read(m_root.path(smapsPath));
    if (ended(file)) {
        // Both files gone: the process has ended, unless its directory is still there (a
        // captured tree that could not copy either file).
        *vanished = !QFileInfo::exists(m_root.path(processPath(pid, u"stat")));
        return Reading<SmapsCounters>::missing(tr("neither %1 nor %2 exists").arg(rollupPath, smapsPath));
    }
    if (!file.ok())
        return Reading<SmapsCounters>::missing(FileReader::describe(file, smapsPath));
    m_usedRollup = false;
    const auto mappings = TextScan::parseWholeLines(file.data, parseSmaps);
    SmapsCounters total;
    for (const Mapping &mapping : mappings.value)
        total.add(mapping.counters);
    if (total.isEmpty())
        return Reading<SmapsCounters>::missing(tr("%1 is empty").arg(smapsPath));
    return Reading<SmapsCounters>{total, {}, mappings.ok() ? QString() : tr("%1 is malformed (%2)").arg(smapsPath, mappings.error)};
}

QString ProcessReader::whyNotCurrent(const ProcessKey &process)
{
    const auto stat = m_reader.read(m_root.path(processPath(process.pid, u"stat")));
    if (!stat.ok() || parseProcStat(stat.data).value.startTime != process.startTime)
        return tr("process %1 has ended").arg(process.pid);
    return {};
}

Reading<QList<Mapping>> ProcessReader::readMappings(const ProcessKey &process)
{
    if (const QString ended = whyNotCurrent(process); !ended.isEmpty())
        return Reading<QList<Mapping>>::missing(ended);
    return readParsed(m_reader, m_root, processPath(process.pid, u"smaps"), parseSmaps, OnParseError::KeepPartial);
}

Reading<QList<NodeAmount>> ProcessReader::readNumaResidency(const ProcessKey &process)
{
    if (const QString ended = whyNotCurrent(process); !ended.isEmpty())
        return Reading<QList<NodeAmount>>::missing(ended);
    const auto parseNodeBytes = [](QByteArrayView text) {
        auto parsed = parseNumaMaps(text);
        return ParseResult<QList<NodeAmount>>{std::move(parsed.value.nodeBytes), parsed.error};
    };
    return readParsed(m_reader, m_root, processPath(process.pid, u"numa_maps"), parseNodeBytes, OnParseError::KeepPartial);
}
