// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parseresult.h"
#include "smapscounters.h"

#include <QList>
#include <QString>

// One entry of /proc/PID/smaps: a virtual address range and what of it is resident, shared,
// private or swapped.
struct Mapping {
    enum class Kind {
        File, // backed by a file (a library, an executable, a mapped data file)
        Anonymous, // no name: malloc arenas, thread stacks, JIT heaps
        NamedAnonymous, // [anon:name] or [anon_shmem:name], named by the program (prctl)
        Heap, // [heap], the brk area
        Stack, // [stack], the main thread's stack
        Kernel, // [vdso], [vvar], [vsyscall]: pages the kernel maps into every process
        OtherPseudo, // any other [bracketed] name a kernel may invent
    };

    quint64 start = 0;
    quint64 end = 0;
    QByteArray permissions; // "r-xp": read, write, execute, p(rivate)/s(hared)
    quint64 offset = 0;
    QByteArray device; // "fe:00"
    quint64 inode = 0;
    QString path; // file path or pseudo-path as written, without " (deleted)"; empty if anonymous
    bool deleted = false; // the file was deleted (or replaced) after it was mapped
    Kind kind = Kind::Anonymous;
    SmapsCounters counters;

    bool operator==(const Mapping &) const = default;
};

// /proc/PID/smaps: every mapping with its counters. A truncated last entry is kept with the
// counters read so far; a header line that cannot be understood ends parsing with an error.
ParseResult<QList<Mapping>> parseSmaps(QByteArrayView text);

// /proc/PID/smaps_rollup (kernel 4.14+): one "[rollup]" header and the counters summed over all
// mappings. Empty text (a kernel thread) gives empty counters and no error.
ParseResult<SmapsCounters> parseSmapsRollup(QByteArrayView text);
