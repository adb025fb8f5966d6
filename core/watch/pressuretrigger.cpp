// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pressuretrigger.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/statfs.h>
#include <unistd.h>

PressureTrigger::PressureTrigger(const QString &path, int stallMs, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0) {
        m_unavailableReason = tr("%1 cannot be opened: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    // Only the kernel's own files take a trigger: written into a regular file (a captured tree),
    // the trigger's text would overwrite it.
    struct statfs filesystem {
    };
    if (::fstatfs(m_fd, &filesystem) != 0 || (filesystem.f_type != PROC_SUPER_MAGIC && filesystem.f_type != CGROUP2_SUPER_MAGIC)) {
        ::close(m_fd);
        m_fd = -1;
        m_unavailableReason = tr("%1 is not the kernel's pressure file").arg(path);
        return;
    }
    // "some": a stall of any task counts, as a desktop freezes when its compositor waits.
    const QByteArray trigger = "some " + QByteArray::number(qint64(stallMs) * 1000) + ' ' + QByteArray::number(qint64(windowMs) * 1000);
    if (::write(m_fd, trigger.constData(), size_t(trigger.size() + 1)) < 0) { // with its NUL, as psi.rst does
        const int error = errno;
        ::close(m_fd);
        m_fd = -1;
        m_unavailableReason = error == EPERM || error == EACCES
            ? tr("this kernel lets only root set a pressure trigger (Linux 6.5 and later let any user)")
            : tr("the kernel refused a pressure trigger on %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error)));
        return;
    }
    // The kernel marks a fired trigger with POLLPRI, which Qt watches as an exception.
    m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Exception);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &PressureTrigger::fired);
}

PressureTrigger::~PressureTrigger()
{
    m_notifier.reset();
    if (m_fd >= 0)
        ::close(m_fd); // removes the trigger
}
