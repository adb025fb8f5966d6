// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sharedmemoryreader.h"

#include "parse/mountsparser.h"
#include "read/parsedfile.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

namespace
{
QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// A mount is hidden when a later one sits on the same place or on a directory above it: the
// path then reaches the later mount, whose figures must not be shown as this one's.
bool hiddenByLater(const QList<MountEntry> &mounts, qsizetype index)
{
    const QString &path = mounts[index].mountPoint;
    for (qsizetype later = index + 1; later < mounts.size(); ++later) {
        const QString &above = mounts[later].mountPoint;
        if (path == above || above == u"/" || path.startsWith(above + u'/'))
            return true;
    }
    return false;
}
} // namespace

SharedMemoryReader::SharedMemoryReader(const SysRoot &root)
    : m_root(root)
    , m_userNames(root)
{
}

SharedMemorySnapshot SharedMemoryReader::read()
{
    return {readSysV(), readPosix(), readTmpfs()};
}

Reading<QList<SharedMemorySegment>> SharedMemoryReader::readSysV()
{
    const auto parsed = readParsed(m_reader, m_root, QStringLiteral("/proc/sysvipc/shm"), parseSysVShm, OnParseError::KeepPartial);
    if (!parsed.value)
        return Reading<QList<SharedMemorySegment>>::missing(parsed.unavailableReason);
    QList<SharedMemorySegment> segments;
    segments.reserve(parsed.value->size());
    for (const SysVShmSegment &segment : *parsed.value)
        segments.append({segment, m_userNames.name(segment.uid)});
    return {std::move(segments), {}, parsed.problem};
}

Reading<QList<PosixSharedMemoryFile>> SharedMemoryReader::readPosix()
{
    const QString logical = QStringLiteral("/dev/shm");
    DIR *directory = opendir(QFile::encodeName(m_root.path(logical)).constData());
    if (!directory)
        return Reading<QList<PosixSharedMemoryFile>>::missing(tr("%1 could not be listed: %2").arg(logical, systemError(errno)));
    QList<PosixSharedMemoryFile> files;
    while (const dirent *entry = readdir(directory)) {
        struct stat status;
        // A file removed since the listing is simply gone; a symbolic link or a directory is no
        // shared memory object (shm_open makes regular files only).
        if (fstatat(dirfd(directory), entry->d_name, &status, AT_SYMLINK_NOFOLLOW) != 0 || !S_ISREG(status.st_mode))
            continue;
        files.append(
            {QFile::decodeName(entry->d_name), qint64(status.st_size), qint64(status.st_blocks) * 512, uint(status.st_uid), m_userNames.name(status.st_uid)});
    }
    closedir(directory);
    std::sort(files.begin(), files.end(), [](const PosixSharedMemoryFile &a, const PosixSharedMemoryFile &b) {
        return a.name < b.name;
    });
    return {std::move(files), {}, {}};
}

Reading<QList<TmpfsMount>> SharedMemoryReader::readTmpfs()
{
    const auto mounts = readParsed(m_reader, m_root, QStringLiteral("/proc/self/mounts"), parseMounts, OnParseError::KeepPartial);
    if (!mounts.value)
        return Reading<QList<TmpfsMount>>::missing(mounts.unavailableReason);
    QList<TmpfsMount> tmpfs;
    for (qsizetype i = 0; i < mounts.value->size(); ++i) {
        const MountEntry &mount = mounts.value->at(i);
        if (mount.type != "tmpfs")
            continue;
        const auto usage = [&]() -> std::pair<Reading<qint64>, Reading<qint64>> {
            const auto both = [](const QString &reason) {
                return std::pair{Reading<qint64>::missing(reason), Reading<qint64>::missing(reason)};
            };
            // A captured tree has the mount table but not the file systems it names.
            if (!m_root.isLive())
                return both(tr("not measured: %1 is a recording, not this machine's file systems").arg(m_root.directory()));
            if (hiddenByLater(*mounts.value, i))
                return both(tr("hidden under a later mount, so it cannot be measured"));
            struct statfs figures;
            if (statfs(QFile::encodeName(mount.mountPoint).constData(), &figures) != 0)
                return both(tr("%1 could not be measured: %2").arg(mount.mountPoint, systemError(errno)));
            if (figures.f_type != TMPFS_MAGIC)
                return both(tr("hidden under a later mount, so it cannot be measured"));
            if (figures.f_blocks == 0)
                return both(tr("mounted without a size limit (size=0), so the kernel keeps no count of its blocks"));
            const qint64 block = figures.f_frsize ? qint64(figures.f_frsize) : qint64(figures.f_bsize);
            return {Reading<qint64>{qint64(figures.f_blocks) * block, {}, {}}, Reading<qint64>{qint64(figures.f_blocks - figures.f_bfree) * block, {}, {}}};
        }();
        tmpfs.append({mount.mountPoint, mount.source, mount.options, usage.first, usage.second});
    }
    return {std::move(tmpfs), {}, mounts.problem};
}
