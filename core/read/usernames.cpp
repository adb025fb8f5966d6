// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "usernames.h"

#include "read/filereader.h"

#include <pwd.h>

#include <vector>

UserNames::UserNames(const SysRoot &root)
    : m_root(root)
{
    if (m_root.isLive())
        return;
    // etc/passwd: "name:x:uid:gid:gecos:home:shell"
    FileReader reader;
    const auto passwd = reader.read(m_root.path(u"/etc/passwd"));
    if (!passwd.ok())
        return;
    const QList<QByteArray> lines = passwd.data.toByteArray().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(':');
        bool ok = false;
        const uint uid = fields.size() > 2 ? fields[2].toUInt(&ok) : 0;
        if (ok && !fields[0].isEmpty() && !m_cache.contains(uid))
            m_cache.insert(uid, QString::fromUtf8(fields[0]));
    }
}

QString UserNames::name(uint uid)
{
    const auto cached = m_cache.constFind(uid);
    if (cached != m_cache.cend())
        return *cached;
    QString name = QString::number(uid);
    if (m_root.isLive()) {
        passwd entry{};
        passwd *found = nullptr;
        std::vector<char> buffer(4096);
        if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) == 0 && found)
            name = QString::fromLocal8Bit(found->pw_name);
    }
    m_cache.insert(uid, name);
    return name;
}
