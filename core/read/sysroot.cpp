// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sysroot.h"

#include <unistd.h>

#include <QDir>

SysRoot::SysRoot(const QString &directory)
    : m_prefix(QDir::cleanPath(QDir(directory).absolutePath()))
{
    if (m_prefix == u"/")
        m_prefix.clear();
}

QString SysRoot::path(QStringView absolute) const
{
    return m_prefix + absolute;
}

qint64 SysRoot::pageSize()
{
    static const qint64 size = sysconf(_SC_PAGESIZE);
    return size;
}
