// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "gpuclientreader.h"

#include "parse/textscan.h"

#include <QFile>

#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <unistd.h>

GpuClientReader::GpuClientReader(const SysRoot &root)
    : m_root(root)
{
}

GpuClientReader::Known GpuClientReader::list(qint64 pid, qint64 nowMs) const
{
    Known known;
    known.listedAtMs = nowMs;
    const QString path = QStringLiteral("/proc/%1/fd").arg(pid);
    DIR *directory = ::opendir(QFile::encodeName(m_root.path(path)).constData());
    if (!directory) {
        known.unlistable = errno == EACCES || errno == EPERM ? tr("permission denied listing %1").arg(path)
                                                             : tr("%1 could not be listed: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return known;
    }
    // Only where each descriptor points is asked, not what it is: a stat of the target would
    // wake devices and network file systems, readlink reads the name the kernel keeps.
    constexpr QByteArrayView devDri = "/dev/dri/";
    char target[64];
    while (const dirent *entry = ::readdir(directory)) {
        bool ok = false;
        const int fd = QByteArrayView(entry->d_name).toInt(&ok);
        if (!ok)
            continue;
        const ssize_t length = ::readlinkat(::dirfd(directory), entry->d_name, target, sizeof target);
        if (length > 0 && QByteArrayView(target, length).startsWith(devDri))
            known.descriptors.append(fd);
    }
    ::closedir(directory);
    return known;
}

Reading<QList<GpuClient>> GpuClientReader::read(const ProcessKey &process, bool memoryMoved, qint64 nowMs)
{
    auto known = m_known.find(process);
    if (known == m_known.end() || memoryMoved || nowMs - known->listedAtMs >= listedForMs)
        known = m_known.insert(process, list(process.pid, nowMs));
    if (!known->unlistable.isEmpty())
        return Reading<QList<GpuClient>>::missing(known->unlistable);

    QList<GpuClient> clients;
    QString problem;
    int gone = 0; // descriptors closed or reused since the listing
    for (const int fd : std::as_const(known->descriptors)) {
        const QString path = QStringLiteral("/proc/%1/fdinfo/%2").arg(process.pid).arg(fd);
        const FileReader::Result file = m_reader.read(m_root.path(path));
        if (file.status == FileReader::Status::Vanished)
            return Reading<QList<GpuClient>>::missing(FileReader::describe(file, path));
        if (file.status == FileReader::Status::Missing) {
            ++gone;
            continue;
        }
        if (!file.ok()) {
            if (problem.isEmpty())
                problem = FileReader::describe(file, path);
            continue;
        }
        auto parsed = TextScan::parseWholeLines(file.data, parseDrmFdinfo);
        if (!parsed.value) {
            ++gone; // the number now names another file
            continue;
        }
        if (!parsed.ok() && problem.isEmpty())
            problem = QCoreApplication::translate("FileReader", "%1 is malformed (%2)").arg(path, parsed.error);
        GpuClient client;
        client.drm = std::move(*parsed.value);
        const QByteArray identity = client.identity();
        const auto same = std::find_if(clients.begin(), clients.end(), [&identity](const GpuClient &c) {
            return !identity.isEmpty() && c.identity() == identity;
        });
        if (same != clients.end())
            ++same->descriptors;
        else
            clients.append(std::move(client));
    }
    // List again next time rather than keep opening what is gone.
    if (gone > 0)
        known->listedAtMs = nowMs - listedForMs;
    return {clients, {}, problem};
}

void GpuClientReader::forgetOthers(const QHash<ProcessKey, ProcessRecord> &live)
{
    m_known.removeIf([&live](const auto &it) {
        return !live.contains(it.key());
    });
}
