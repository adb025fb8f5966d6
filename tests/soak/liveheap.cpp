// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "liveheap.h"

// GCC says __SANITIZE_ADDRESS__, clang __has_feature(address_sanitizer).
#if defined(__SANITIZE_ADDRESS__)
#define MEMLENS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MEMLENS_ASAN 1
#endif
#endif

#ifdef MEMLENS_ASAN
#if __has_include(<sanitizer/allocator_interface.h>)
#include <sanitizer/allocator_interface.h>
#else
// GCC's runtime has the function, but GCC 12 does not ship the header that declares it (clang's does).
#include <cstddef>
extern "C" std::size_t __sanitizer_get_current_allocated_bytes();
#endif
#else
#include <malloc.h>
#endif

qint64 LiveHeap::bytes()
{
#ifdef MEMLENS_ASAN
    // ASan replaces malloc: mallinfo2 would count only what went around it.
    return qint64(__sanitizer_get_current_allocated_bytes());
#else
    const auto info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd); // in use from the arenas, plus blocks mmapped whole
#endif
}

const char *LiveHeap::source()
{
#ifdef MEMLENS_ASAN
    return "ASan allocator";
#else
    return "mallinfo2";
#endif
}
