// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/sysroot.h"
#include "snapshot/slabcacherecord.h"

#include <QList>
#include <QObject>

class PrivilegedClient;
class QThread;
struct PrivilegedReply;

// The kernel's slab caches for the UI. /proc/slabinfo (and SLUB's reclaim flags) are readable by
// root only: MemLens running as root, or on a captured tree, reads them itself, on a thread of
// its own; otherwise the privileged helper's readslabinfo reads them, and polkit may ask for a
// password (auth_admin_keep: once, then not again for a few minutes). So on the live system, call
// read() when the user asks to see the caches, not on a timer of the UI's own.
class SlabCacheFeed : public QObject
{
    Q_OBJECT

public:
    // clientPath: memlens-kauth-client; empty for where MemLens installs or builds it.
    explicit SlabCacheFeed(const SysRoot &root = SysRoot(), const QString &clientPath = {}, QObject *parent = nullptr);
    ~SlabCacheFeed() override;

    // Whether read() goes through the helper and polkit (for the UI to say so on its button).
    bool needsHelper() const
    {
        return !m_direct;
    }
    // Reads the caches once; cachesRead() brings the answer. A read while one runs is ignored.
    void read();
    bool isReading() const;
    // The last answer; before the first, missing with a reason that says how to get one.
    const Reading<QList<SlabCacheRecord>> &caches() const
    {
        return m_caches;
    }

Q_SIGNALS:
    void cachesRead(const Reading<QList<SlabCacheRecord>> &caches);

private:
    void publish(Reading<QList<SlabCacheRecord>> caches);
    void finished(const QString &action, const PrivilegedReply &reply);

    SysRoot m_root;
    bool m_direct;
    PrivilegedClient *m_client;
    QThread *m_thread = nullptr;
    Reading<QList<SlabCacheRecord>> m_caches;
};
