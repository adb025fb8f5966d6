// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "slabcachefeed.h"

#include "privileged/privilegedclient.h"
#include "privileged/slabcachereply.h"
#include "read/slabcachereader.h"

#include <QThread>

#include <memory>
#include <unistd.h>

SlabCacheFeed::SlabCacheFeed(const SysRoot &root, const QString &clientPath, QObject *parent)
    : QObject(parent)
    , m_root(root)
    , m_direct(!root.isLive() || geteuid() == 0)
    , m_client(new PrivilegedClient(clientPath, this))
    , m_caches(Reading<QList<SlabCacheRecord>>::missing(
          m_direct ? tr("The slab caches have not been read yet.")
                   : tr("Slab caches need administrator rights: /proc/slabinfo is readable by root only. Ask to see them, and MemLens's helper "
                        "reads them once you have authenticated.")))
{
    connect(m_client, &PrivilegedClient::finished, this, &SlabCacheFeed::finished);
}

SlabCacheFeed::~SlabCacheFeed()
{
    if (m_thread) { // a read of a few hundred small files: over soon
        m_thread->wait();
        delete m_thread;
    }
}

bool SlabCacheFeed::isReading() const
{
    return m_thread || m_client->isRunning();
}

void SlabCacheFeed::read()
{
    if (isReading())
        return;
    if (!m_direct) {
        m_client->run(QStringLiteral("readslabinfo"), {}, tr("Read the kernel's slab caches"));
        return;
    }
    auto caches = std::make_shared<Reading<QList<SlabCacheRecord>>>();
    m_thread = QThread::create([root = m_root, caches] {
        FileReader reader;
        *caches = readSlabCaches(reader, root);
    });
    connect(m_thread, &QThread::finished, this, [this, caches] {
        QThread *thread = std::exchange(m_thread, nullptr);
        thread->wait(); // finished() comes just before the thread's very end
        delete thread;
        publish(std::move(*caches));
    });
    m_thread->start();
}

void SlabCacheFeed::finished(const QString &, const PrivilegedReply &reply)
{
    publish(SlabCacheReply::fromReply(reply));
}

void SlabCacheFeed::publish(Reading<QList<SlabCacheRecord>> caches)
{
    m_caches = std::move(caches);
    Q_EMIT cachesRead(m_caches);
}
