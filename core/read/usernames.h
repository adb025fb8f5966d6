// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/sysroot.h"

#include <QHash>
#include <QString>

// User names for uids. On the live system the C library resolves them (so LDAP and systemd's
// dynamic users work); for a captured tree, the tree's own etc/passwd, if it has one. A uid
// without a name is shown as the number, as ps does.
class UserNames
{
public:
    explicit UserNames(const SysRoot &root);

    QString name(uint uid);

private:
    SysRoot m_root;
    QHash<uint, QString> m_cache;
};
