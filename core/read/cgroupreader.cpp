// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cgroupreader.h"

#include "parse/cgrouplimitparser.h"
#include "parse/flatkeyedparser.h"
#include "parse/integerparser.h"
#include "read/parsedfile.h"

#include <QDateTime>
#include <QDirIterator>

#include <algorithm>

static QString inDirectory(const QString &directory, QStringView name)
{
    return (directory.endsWith(u'/') ? directory : directory + u'/') + name;
}

CgroupReader::CgroupReader(const SysRoot &root)
    : m_root(root)
{
}

void CgroupReader::locateHierarchy(CgroupSnapshot &snapshot)
{
    const auto v2WithMemory = [this](const QString &mount) {
        const auto controllers = m_reader.read(m_root.path(QString(mount + QStringLiteral("/cgroup.controllers"))));
        return controllers.ok() && controllers.data.toByteArray().simplified().split(' ').contains("memory");
    };
    const auto setVersion = [&](CgroupSnapshot::Version version, const QString &mount) {
        snapshot.version = version;
        snapshot.mountPoint = mount;
    };
    // A hybrid machine mounts v2 at /sys/fs/cgroup/unified without the memory controller, which
    // then lives in v1: look for v1 memory before the unified mount.
    if (v2WithMemory(QStringLiteral("/sys/fs/cgroup")))
        setVersion(CgroupSnapshot::Version::V2, QStringLiteral("/sys/fs/cgroup"));
    else if (m_reader.read(m_root.path(u"/sys/fs/cgroup/memory/memory.usage_in_bytes")).ok())
        setVersion(CgroupSnapshot::Version::V1, QStringLiteral("/sys/fs/cgroup/memory"));
    else if (v2WithMemory(QStringLiteral("/sys/fs/cgroup/unified")))
        setVersion(CgroupSnapshot::Version::V2, QStringLiteral("/sys/fs/cgroup/unified"));
    else
        snapshot.unavailableReason = tr("No cgroup hierarchy with the memory controller is mounted under /sys/fs/cgroup.");
}

CgroupSnapshot CgroupReader::read()
{
    CgroupSnapshot snapshot;
    snapshot.sampledAtMs = QDateTime::currentMSecsSinceEpoch();
    locateHierarchy(snapshot);
    if (snapshot.version == CgroupSnapshot::Version::None)
        return snapshot;

    // Symbolic links are not followed: a cgroup tree has none, and a captured tree with a loop
    // must not make the walk endless.
    const QString mount = m_root.path(snapshot.mountPoint);
    QStringList paths{QStringLiteral("/")};
    QDirIterator it(mount, QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(it.next().mid(mount.size()));
    std::sort(paths.begin(), paths.end()); // parents sort before their children

    for (const QString &path : std::as_const(paths)) {
        CgroupRecord record = snapshot.version == CgroupSnapshot::Version::V2 ? readV2(snapshot.mountPoint + path) : readV1(snapshot.mountPoint + path);
        record.path = path;
        snapshot.cgroups.append(record);
    }
    return snapshot;
}

CgroupRecord CgroupReader::readV2(const QString &directory)
{
    const auto file = [&](QStringView name) {
        return inDirectory(directory, name);
    };
    const auto limit = [&](QStringView name) {
        return readParsed(m_reader, m_root, file(name), parseCgroupLimit, OnParseError::Discard);
    };
    CgroupRecord record;
    record.current = readParsed(m_reader, m_root, file(u"memory.current"), parseInteger, OnParseError::Discard);
    record.max = limit(u"memory.max");
    record.high = limit(u"memory.high");
    record.low = limit(u"memory.low");
    record.min = limit(u"memory.min");
    record.swapCurrent = readParsed(m_reader, m_root, file(u"memory.swap.current"), parseInteger, OnParseError::Discard);
    record.stat = readParsed(m_reader, m_root, file(u"memory.stat"), parseFlatKeyed, OnParseError::KeepPartial);
    record.events = readParsed(m_reader, m_root, file(u"memory.events"), parseFlatKeyed, OnParseError::KeepPartial);
    record.pressure = readParsed(m_reader, m_root, file(u"memory.pressure"), parsePressure, OnParseError::Discard);
    return record;
}

CgroupRecord CgroupReader::readV1(const QString &directory)
{
    const auto file = [&](QStringView name) {
        return inDirectory(directory, name);
    };
    CgroupRecord record;
    record.current = readParsed(m_reader, m_root, file(u"memory.usage_in_bytes"), parseInteger, OnParseError::Discard);
    record.max = readParsed(m_reader, m_root, file(u"memory.limit_in_bytes"), parseCgroupLimit, OnParseError::Discard);
    record.stat = readParsed(m_reader, m_root, file(u"memory.stat"), parseFlatKeyed, OnParseError::KeepPartial);
    const QString notInV1 = tr("cgroup v1 does not have this figure");
    record.high = record.low = record.min = Reading<MemoryLimit>::missing(notInV1);
    record.swapCurrent = Reading<qint64>::missing(notInV1);
    record.events = Reading<NamedValues>::missing(notInV1);
    record.pressure = Reading<Pressure>::missing(notInV1);
    return record;
}
