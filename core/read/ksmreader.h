// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/namedvalues.h"
#include "read/filereader.h"
#include "read/sysroot.h"
#include "snapshot/reading.h"

// Kernel samepage merging, from /sys/kernel/mm/ksm: pages_shared, pages_sharing,
// pages_unshared, pages_volatile, ksm_zero_pages (counts of pages), run (0 stopped, 1 merging,
// 2 unmerging), full_scans, and general_profit (bytes saved less KSM's own metadata, since 6.4),
// each where this kernel has it, under the file's name. A kernel without CONFIG_KSM has no such
// directory, which is the reason given; a file that cannot be read is left out and named in the
// reading's problem.
Reading<NamedValues> readKsm(FileReader &reader, const SysRoot &root);

// What merging saved, in bytes. pages_sharing counts the mappings that now point at a shared
// page instead of a copy of their own: each is a page freed (pages_shared counts the shared pages
// kept, one per distinct content, which still take memory). nullopt without pages_sharing.
std::optional<qint64> ksmSavedBytes(const NamedValues &ksm, qint64 pageSize = 4096);
