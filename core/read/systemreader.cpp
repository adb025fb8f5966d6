#include "systemreader.h"

#include "parse/flatkeyedparser.h"
#include "parse/integerparser.h"
#include "parse/meminfoparser.h"
#include "read/parsedfile.h"

#include <QDateTime>

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
        "dirty_ratio",
        "dirty_background_ratio",
        "vfs_cache_pressure",
        "min_free_kbytes",
        "page-cluster",
    };
    return names;
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
    return snapshot;
}
