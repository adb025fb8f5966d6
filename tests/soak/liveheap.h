// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QtGlobal>

// The bytes this process holds allocated on its heap now: what a leak makes grow, without the
// freed memory an allocator keeps (glibc's free lists, ASan's quarantine) that makes RSS useless
// for telling a leak from a high-water mark.
namespace LiveHeap
{
qint64 bytes();
// Where the figure comes from, for the log: "ASan allocator" or "mallinfo2".
const char *source();
} // namespace LiveHeap
