// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/filereader.h"
#include "read/sysroot.h"
#include "snapshot/processsnapshot.h"

#include <QCoreApplication>
#include <QHash>

// Finds the GPU clients among a process's file descriptors and reads their memory. Listing
// /proc/PID/fd and reading where each descriptor points costs a system call per descriptor, and a
// browser holds thousands; so a process's descriptors are listed again only when it is new, when
// its memory moved (the caller says), or after listedForMs otherwise. Each read in between opens
// only the fdinfo of the descriptors the last listing found on /dev/dri.
class GpuClientReader
{
    Q_DECLARE_TR_FUNCTIONS(GpuClientReader)

public:
    // A GPU opened or closed while a process's memory stays put is seen within this.
    static constexpr qint64 listedForMs = 30'000;

    explicit GpuClientReader(const SysRoot &root);

    // The process's clients, each once (dup'd descriptors counted in descriptors). GpuClient's
    // sharedWith is left to the caller, who sees every process.
    Reading<QList<GpuClient>> read(const ProcessKey &process, bool memoryMoved, qint64 nowMs);

    // Forgets every process not in live: called once a pass, with the processes it saw.
    void forgetOthers(const QHash<ProcessKey, ProcessRecord> &live);

private:
    struct Known {
        QList<int> descriptors; // on /dev/dri at the last listing
        qint64 listedAtMs = 0;
        QString unlistable; // why the descriptors could not be listed, empty when they were
    };
    Known list(qint64 pid, qint64 nowMs) const;

    SysRoot m_root;
    FileReader m_reader;
    QHash<ProcessKey, Known> m_known;
};
