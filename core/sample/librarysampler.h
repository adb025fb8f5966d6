// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "sample/libraryaggregator.h"
#include "sample/processsampler.h"

#include <QHash>

#include <optional>

// The libraries view's figures at the cost of what changed. Reading a process's smaps walks its
// page tables in the kernel, so each process's mappings, summed per file, are kept between
// refreshes and read again only when the process's PSS was read again in this snapshot: the PSS
// scheduler's judgement (new, its memory moved, or its reading due) decides for both, and a
// manual refresh, which reads every PSS, reads every smaps too. When no process's files changed
// and none came or went, the last sums are given again as they are (shared, not copied), so that
// the model, too, can tell at once that nothing moved.
class LibrarySampler
{
public:
    // The processes' mapped files, summed, from smaps read through `sampler` where needed.
    LibrarySnapshot sample(const ProcessSnapshot &processes, ProcessSampler &sampler);
    // Forgets every kept reading (the view was closed: nothing to keep memory for).
    void clear();

private:
    struct Reading {
        QString name; // the process's, which the sums name its users by
        qint64 readAtMs = 0; // the process's PSS reading this one goes with
        qint64 mappingsReadAtMs = 0;
        std::optional<LibraryAggregator::FileUse> files; // nullopt: smaps could not be read
    };
    QHash<ProcessKey, Reading> m_readings;
    std::optional<LibrarySnapshot> m_last;
};
