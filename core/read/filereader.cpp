// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "filereader.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

static FileReader::Status statusFor(int error)
{
    switch (error) {
    case ENOENT:
    case ENOTDIR:
        return FileReader::Status::Missing;
    case ESRCH:
        return FileReader::Status::Vanished;
    case EACCES:
    case EPERM:
        return FileReader::Status::PermissionDenied;
    default:
        return FileReader::Status::Failed;
    }
}

FileReader::Result FileReader::read(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0) {
        Result result;
        result.error = errno;
        result.status = statusFor(result.error);
        return result;
    }
    Result result = readToEnd(fd);
    ::close(fd);
    return result;
}

FileReader::Result FileReader::reread(int fd)
{
    // Back to the start: the kernel writes a /proc file afresh for a read from offset 0.
    if (::lseek(fd, 0, SEEK_SET) != 0) {
        Result result;
        result.error = errno;
        result.status = statusFor(result.error);
        return result;
    }
    return readToEnd(fd);
}

FileReader::Result FileReader::readToEnd(int fd)
{
    Result result;
    // /proc files report size 0, so read until end of file, growing the buffer as needed. Read,
    // not pread: the kernel continues a long file (smaps) where it stopped instead of starting
    // it over to find the offset.
    if (m_buffer.size() < 4096)
        m_buffer.resize(4096);
    qsizetype used = 0;
    for (;;) {
        if (used == m_buffer.size()) {
            if (m_buffer.size() >= maximumSize) {
                result.status = Status::TooLarge;
                break;
            }
            m_buffer.resize(std::min(m_buffer.size() * 2, maximumSize));
        }
        const ssize_t got = ::read(fd, m_buffer.data() + used, size_t(m_buffer.size() - used));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            result.error = errno;
            result.status = statusFor(result.error);
            break;
        }
        if (got == 0) {
            result.status = Status::Ok;
            result.data = QByteArrayView(m_buffer.constData(), used);
            break;
        }
        used += got;
    }
    return result;
}

QString FileReader::describe(const Result &result, const QString &path)
{
    switch (result.status) {
    case Status::Ok:
        return {};
    case Status::Missing:
        return tr("%1 does not exist on this system").arg(path);
    case Status::Vanished:
        return tr("the process ended while %1 was read").arg(path);
    case Status::PermissionDenied:
        return tr("permission denied reading %1").arg(path);
    case Status::TooLarge:
        return tr("%1 is larger than %2 MiB and was not read").arg(path).arg(maximumSize / (1024 * 1024));
    case Status::Failed:
        break;
    }
    return tr("%1 could not be read: %2").arg(path, QString::fromLocal8Bit(std::strerror(result.error)));
}
