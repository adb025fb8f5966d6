// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "systemreader.h"

#include "parse/arcstatsparser.h"
#include "parse/flatkeyedparser.h"
#include "parse/integerparser.h"
#include "parse/meminfoparser.h"
#include "parse/zoneinfoparser.h"
#include "read/ksmreader.h"
#include "read/parsedfile.h"

#include <QDateTime>
#include <QFileInfo>

SystemReader::SystemReader(const SysRoot &root)
    : m_root(root)
{
}

const QList<QByteArray> &SystemReader::tunableNames()
{
    static const QList<QByteArray> names{
        "swappiness",
        "overcommit_memory",
        "overcommit_ratio",
        "overcommit_kbytes",
        "admin_reserve_kbytes",
        "dirty_ratio",
        "dirty_background_ratio",
        "dirty_bytes",
        "dirty_background_bytes",
        "vfs_cache_pressure",
        "min_free_kbytes",
        "page-cluster",
    };
    return names;
}

// The thresholds, or the reason of the first input that is missing. A zoneinfo only partly
// understood is no input: a zone left out would make the reserve, and so the thresholds, wrong.
static Reading<DirtyThresholds> dirtyThresholdsOf(const SystemSnapshot &snapshot, const Reading<QList<MemoryZone>> &zones)
{
    QString missing = snapshot.missingInputs({"dirty_ratio", "dirty_background_ratio", "dirty_bytes", "dirty_background_bytes"});
    if (missing.isEmpty() && !zones.value)
        missing = zones.unavailableReason;
    if (!missing.isEmpty())
        return Reading<DirtyThresholds>::missing(missing);
    const auto setting = [&snapshot](QByteArrayView name) {
        return *snapshot.tunable(name).value;
    };
    const auto thresholds =
        DirtyThresholds::compute(*snapshot.meminfo.value,
                                 *zones.value,
                                 {setting("dirty_ratio"), setting("dirty_background_ratio"), setting("dirty_bytes"), setting("dirty_background_bytes")},
                                 SysRoot::pageSize());
    if (!thresholds)
        return Reading<DirtyThresholds>::missing(
            QCoreApplication::translate("SystemReader",
                                        "the dirty thresholds cannot be computed here: meminfo lacks MemFree or the file LRU counts, a sysctl is out of range, "
                                        "or the kernel is a 32-bit one with HighMem"));
    return {thresholds, {}, {}};
}

// The ARC's sizes, missing without a word where there is no ZFS.
static Reading<ArcSize> zfsArcOf(const Reading<NamedValues> &arcstats, bool exists)
{
    if (!exists)
        return {};
    if (!arcstats.value)
        return Reading<ArcSize>::missing(arcstats.unavailableReason);
    const auto arc = arcSizeOf(*arcstats.value);
    if (!arc)
        return Reading<ArcSize>::missing(QCoreApplication::translate("SystemReader", "/proc/spl/kstat/zfs/arcstats has no size, c_min or c_max row"));
    return {arc, {}, arcstats.problem};
}

SystemSnapshot SystemReader::read()
{
    SystemSnapshot snapshot;
    snapshot.sampledAtMs = QDateTime::currentMSecsSinceEpoch();
    const auto read = [this](const QString &path, auto parse, OnParseError onError) {
        return readParsed(m_reader, m_root, path, parse, onError);
    };
    snapshot.meminfo = read(QStringLiteral("/proc/meminfo"), parseMeminfo, OnParseError::KeepPartial);
    snapshot.vmstat = read(QStringLiteral("/proc/vmstat"), parseFlatKeyed, OnParseError::KeepPartial);
    snapshot.memoryPressure = read(QStringLiteral("/proc/pressure/memory"), parsePressure, OnParseError::Discard);
    snapshot.swaps = read(QStringLiteral("/proc/swaps"), parseSwaps, OnParseError::KeepPartial);
    snapshot.thpEnabled = read(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"), parseThpChoice, OnParseError::Discard);
    snapshot.thpDefrag = read(QStringLiteral("/sys/kernel/mm/transparent_hugepage/defrag"), parseThpChoice, OnParseError::Discard);
    for (const QByteArray &name : tunableNames()) {
        snapshot.tunables.append({name, read(QStringLiteral("/proc/sys/vm/") + QString::fromLatin1(name), parseInteger, OnParseError::Discard)});
    }
    snapshot.hugePagePools = readHugePagePools(m_reader, m_root);
    snapshot.ksm = readKsm(m_reader, m_root);
    const QString arcstats = QStringLiteral("/proc/spl/kstat/zfs/arcstats");
    snapshot.zfsArc = zfsArcOf(read(arcstats, parseArcstats, OnParseError::KeepPartial), QFileInfo::exists(m_root.path(arcstats)));
    snapshot.dirtyThresholds = dirtyThresholdsOf(snapshot, read(QStringLiteral("/proc/zoneinfo"), parseZoneinfo, OnParseError::Discard));
    return snapshot;
}
