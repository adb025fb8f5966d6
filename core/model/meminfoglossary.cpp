// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "meminfoglossary.h"

#include <QCoreApplication>

#include <array>

namespace MeminfoGlossary
{
namespace
{
struct Entry {
    QByteArrayView field;
    Group group;
    const char *explanation;
};

// clang-format off
constexpr std::array entries{
    Entry{"MemTotal", Group::Ram, QT_TRANSLATE_NOOP("MeminfoGlossary", "RAM the kernel can manage: installed memory minus what firmware and the kernel image reserve at boot.")},
    Entry{"MemFree", Group::Ram, QT_TRANSLATE_NOOP("MeminfoGlossary", "RAM holding nothing at all. A low figure is normal: Linux puts idle memory to work as cache.")},
    Entry{"MemAvailable", Group::Ram, QT_TRANSLATE_NOOP("MeminfoGlossary", "The kernel's estimate of how much could be given to programs without swapping: free memory plus cache and reclaimable kernel memory it can drop.")},
    Entry{"Active", Group::Ram, QT_TRANSLATE_NOOP("MeminfoGlossary", "Memory used recently, file cache and anonymous memory together; the kernel takes memory back from the inactive part first.")},
    Entry{"Inactive", Group::Ram, QT_TRANSLATE_NOOP("MeminfoGlossary", "Memory not used for a while, file cache and anonymous memory together: the first candidates when memory has to be reclaimed.")},
    Entry{"Balloon", Group::Ram, QT_TRANSLATE_NOOP("MeminfoGlossary", "RAM this virtual machine's balloon driver has handed back to the host; the guest cannot use it until the host returns it.")},
    Entry{"Buffers", Group::PageCache, QT_TRANSLATE_NOOP("MeminfoGlossary", "Cache of raw block-device data, such as file system metadata.")},
    Entry{"Cached", Group::PageCache, QT_TRANSLATE_NOOP("MeminfoGlossary", "Contents of files kept in RAM so the next read is fast (includes shared memory and tmpfs, which cannot simply be dropped).")},
    Entry{"Active(file)", Group::PageCache, QT_TRANSLATE_NOOP("MeminfoGlossary", "File cache used recently; reclaimed only after the inactive part.")},
    Entry{"Inactive(file)", Group::PageCache, QT_TRANSLATE_NOOP("MeminfoGlossary", "File cache not used for a while: the first memory reclaimed when programs need more.")},
    Entry{"Dirty", Group::PageCache, QT_TRANSLATE_NOOP("MeminfoGlossary", "Cached file data changed in memory and not yet written to disk.")},
    Entry{"Writeback", Group::PageCache, QT_TRANSLATE_NOOP("MeminfoGlossary", "Dirty data being written to disk right now.")},
    Entry{"Mapped", Group::PageCache, QT_TRANSLATE_NOOP("MeminfoGlossary", "Cached files that programs have mapped into their address space, such as libraries and executables.")},
    Entry{"AnonPages", Group::Anonymous, QT_TRANSLATE_NOOP("MeminfoGlossary", "Memory programs allocated for themselves (heap, stacks) that no file backs; it can only leave RAM by going to swap.")},
    Entry{"Active(anon)", Group::Anonymous, QT_TRANSLATE_NOOP("MeminfoGlossary", "Anonymous memory and shared memory used recently.")},
    Entry{"Inactive(anon)", Group::Anonymous, QT_TRANSLATE_NOOP("MeminfoGlossary", "Anonymous memory and shared memory not used for a while: what goes to swap first.")},
    Entry{"Shmem", Group::Anonymous, QT_TRANSLATE_NOOP("MeminfoGlossary", "Shared memory and tmpfs files (/dev/shm, /run, often graphics buffers). Counted in Cached, but it cannot be dropped, only swapped.")},
    Entry{"Unevictable", Group::Anonymous, QT_TRANSLATE_NOOP("MeminfoGlossary", "Memory that may not be reclaimed or swapped, such as locked pages and ramfs.")},
    Entry{"Mlocked", Group::Anonymous, QT_TRANSLATE_NOOP("MeminfoGlossary", "Memory programs pinned in RAM with mlock().")},
    Entry{"Slab", Group::Kernel, QT_TRANSLATE_NOOP("MeminfoGlossary", "The kernel's own object caches (inodes, directory entries, network buffers): reclaimable plus unreclaimable.")},
    Entry{"SReclaimable", Group::Kernel, QT_TRANSLATE_NOOP("MeminfoGlossary", "Kernel caches that can be freed under pressure, mostly inode and directory-entry caches.")},
    Entry{"SUnreclaim", Group::Kernel, QT_TRANSLATE_NOOP("MeminfoGlossary", "Kernel objects in use that cannot be freed on demand. Steady growth here can mean a kernel leak.")},
    Entry{"KReclaimable", Group::Kernel, QT_TRANSLATE_NOOP("MeminfoGlossary", "All kernel memory the kernel can reclaim under pressure, reclaimable slab included.")},
    Entry{"KernelStack", Group::Kernel, QT_TRANSLATE_NOOP("MeminfoGlossary", "Stacks of every thread while it runs in the kernel; grows with the number of threads.")},
    Entry{"ShadowCallStack", Group::Kernel, QT_TRANSLATE_NOOP("MeminfoGlossary", "Shadow stacks used to protect return addresses on kernels built with that hardening.")},
    Entry{"PageTables", Group::Kernel, QT_TRANSLATE_NOOP("MeminfoGlossary", "Tables translating programs' virtual addresses to RAM; large when many processes map much memory.")},
    Entry{"SecPageTables", Group::Kernel, QT_TRANSLATE_NOOP("MeminfoGlossary", "Secondary page tables, such as those of virtual machines and IOMMUs.")},
    Entry{"VmallocTotal", Group::Kernel, QT_TRANSLATE_NOOP("MeminfoGlossary", "Size of the kernel's vmalloc address range: address space, not memory.")},
    Entry{"VmallocUsed", Group::Kernel, QT_TRANSLATE_NOOP("MeminfoGlossary", "Memory the kernel allocated through vmalloc (modules, some drivers and buffers).")},
    Entry{"VmallocChunk", Group::Kernel, QT_TRANSLATE_NOOP("MeminfoGlossary", "Largest free block of vmalloc address space (newer kernels write 0).")},
    Entry{"Percpu", Group::Kernel, QT_TRANSLATE_NOOP("MeminfoGlossary", "Kernel data kept once per CPU core.")},
    Entry{"HardwareCorrupted", Group::Kernel, QT_TRANSLATE_NOOP("MeminfoGlossary", "RAM the kernel took out of use because the hardware reported it faulty.")},
    Entry{"Bounce", Group::Kernel, QT_TRANSLATE_NOOP("MeminfoGlossary", "Buffers for devices that cannot reach all of RAM.")},
    Entry{"NFS_Unstable", Group::Kernel, QT_TRANSLATE_NOOP("MeminfoGlossary", "Data sent to an NFS server but not yet committed to its storage.")},
    Entry{"WritebackTmp", Group::Kernel, QT_TRANSLATE_NOOP("MeminfoGlossary", "Temporary buffers of file systems in user space (FUSE) being written back.")},
    Entry{"Unaccepted", Group::Kernel, QT_TRANSLATE_NOOP("MeminfoGlossary", "Memory of a confidential virtual machine not yet accepted for use by the guest.")},
    Entry{"SwapTotal", Group::Swap, QT_TRANSLATE_NOOP("MeminfoGlossary", "Size of all active swap areas together.")},
    Entry{"SwapFree", Group::Swap, QT_TRANSLATE_NOOP("MeminfoGlossary", "Swap space not in use.")},
    Entry{"SwapCached", Group::Swap, QT_TRANSLATE_NOOP("MeminfoGlossary", "Pages read back from swap whose swap copy is still kept, so they need not be written again if swapped out unchanged.")},
    Entry{"Zswap", Group::Swap, QT_TRANSLATE_NOOP("MeminfoGlossary", "RAM used by zswap's compressed cache of pages on their way to swap.")},
    Entry{"Zswapped", Group::Swap, QT_TRANSLATE_NOOP("MeminfoGlossary", "Uncompressed size of the pages held in zswap; compared with Zswap it gives the compression ratio.")},
    Entry{"AnonHugePages", Group::HugePages, QT_TRANSLATE_NOOP("MeminfoGlossary", "Anonymous memory backed by transparent huge pages (2 MiB on x86-64).")},
    Entry{"ShmemHugePages", Group::HugePages, QT_TRANSLATE_NOOP("MeminfoGlossary", "Shared memory and tmpfs backed by huge pages.")},
    Entry{"ShmemPmdMapped", Group::HugePages, QT_TRANSLATE_NOOP("MeminfoGlossary", "Shared memory that programs map with huge pages.")},
    Entry{"FileHugePages", Group::HugePages, QT_TRANSLATE_NOOP("MeminfoGlossary", "File cache backed by huge pages.")},
    Entry{"FilePmdMapped", Group::HugePages, QT_TRANSLATE_NOOP("MeminfoGlossary", "File cache that programs map with huge pages.")},
    Entry{"HugePages_Total", Group::HugePages, QT_TRANSLATE_NOOP("MeminfoGlossary", "Number of pages in the default-size hugetlbfs pool; this memory is set aside whether used or not.")},
    Entry{"HugePages_Free", Group::HugePages, QT_TRANSLATE_NOOP("MeminfoGlossary", "Pages of the hugetlbfs pool not yet handed out.")},
    Entry{"HugePages_Rsvd", Group::HugePages, QT_TRANSLATE_NOOP("MeminfoGlossary", "Pool pages promised to a mapping but not yet touched.")},
    Entry{"HugePages_Surp", Group::HugePages, QT_TRANSLATE_NOOP("MeminfoGlossary", "Pages allocated beyond the pool's size, allowed by vm.nr_overcommit_hugepages.")},
    Entry{"Hugepagesize", Group::HugePages, QT_TRANSLATE_NOOP("MeminfoGlossary", "Size of one page of the default hugetlbfs pool.")},
    Entry{"Hugetlb", Group::HugePages, QT_TRANSLATE_NOOP("MeminfoGlossary", "Memory taken by hugetlbfs pools of every page size.")},
    Entry{"CommitLimit", Group::Commit, QT_TRANSLATE_NOOP("MeminfoGlossary", "How much memory may be promised to programs when overcommit is strict (vm.overcommit_memory = 2): swap plus a share of RAM.")},
    Entry{"Committed_AS", Group::Commit, QT_TRANSLATE_NOOP("MeminfoGlossary", "Memory promised to programs so far, whether they have touched it or not: what would be needed if every promise were used.")},
    Entry{"DirectMap4k", Group::Other, QT_TRANSLATE_NOOP("MeminfoGlossary", "RAM the kernel maps for itself with 4 KiB pages.")},
    Entry{"DirectMap2M", Group::Other, QT_TRANSLATE_NOOP("MeminfoGlossary", "RAM the kernel maps for itself with 2 MiB pages.")},
    Entry{"DirectMap1G", Group::Other, QT_TRANSLATE_NOOP("MeminfoGlossary", "RAM the kernel maps for itself with 1 GiB pages.")},
    Entry{"CmaTotal", Group::Other, QT_TRANSLATE_NOOP("MeminfoGlossary", "RAM reserved at boot for devices that need large contiguous buffers (usable as cache until a device asks).")},
    Entry{"CmaFree", Group::Other, QT_TRANSLATE_NOOP("MeminfoGlossary", "Part of the contiguous reserve not given to a device.")},
};
// clang-format on

const Entry *find(QByteArrayView field)
{
    for (const Entry &entry : entries) {
        if (entry.field == field)
            return &entry;
    }
    return nullptr;
}
} // namespace

Group groupOf(QByteArrayView field)
{
    const Entry *entry = find(field);
    return entry ? entry->group : Group::Other;
}

QString explanation(QByteArrayView field)
{
    const Entry *entry = find(field);
    if (entry)
        return QCoreApplication::translate("MeminfoGlossary", entry->explanation);
    return QCoreApplication::translate("MeminfoGlossary", "A field MemLens does not describe yet; see the kernel's documentation of /proc/meminfo.");
}

QString groupTitle(Group group)
{
    switch (group) {
    case Group::Ram:
        return QCoreApplication::translate("MeminfoGlossary", "RAM");
    case Group::PageCache:
        return QCoreApplication::translate("MeminfoGlossary", "Page cache");
    case Group::Anonymous:
        return QCoreApplication::translate("MeminfoGlossary", "Anonymous and shared memory");
    case Group::Kernel:
        return QCoreApplication::translate("MeminfoGlossary", "Kernel");
    case Group::Swap:
        return QCoreApplication::translate("MeminfoGlossary", "Swap");
    case Group::HugePages:
        return QCoreApplication::translate("MeminfoGlossary", "Huge pages");
    case Group::Commit:
        return QCoreApplication::translate("MeminfoGlossary", "Commit");
    case Group::Other:
        break;
    }
    return QCoreApplication::translate("MeminfoGlossary", "Other");
}

QString groupExplanation(Group group)
{
    switch (group) {
    case Group::Ram:
        return QCoreApplication::translate("MeminfoGlossary", "How much RAM there is, how much is idle and how much programs could still get.");
    case Group::PageCache:
        return QCoreApplication::translate("MeminfoGlossary", "File contents kept in RAM. Most of it is given back as soon as programs need the memory.");
    case Group::Anonymous:
        return QCoreApplication::translate("MeminfoGlossary", "Memory programs allocated for themselves; without swap it stays in RAM until they free it.");
    case Group::Kernel:
        return QCoreApplication::translate("MeminfoGlossary", "Memory the kernel uses for itself: caches of objects, stacks, page tables.");
    case Group::Swap:
        return QCoreApplication::translate("MeminfoGlossary", "Space on disk (or compressed in RAM) where rarely used anonymous memory is moved.");
    case Group::HugePages:
        return QCoreApplication::translate("MeminfoGlossary", "Memory mapped in large pages, which are cheaper for the processor to translate.");
    case Group::Commit:
        return QCoreApplication::translate("MeminfoGlossary", "Memory promised to programs, against the limit that applies when overcommit is strict.");
    case Group::Other:
        break;
    }
    return QCoreApplication::translate("MeminfoGlossary", "Fields that fit none of the groups above.");
}

} // namespace MeminfoGlossary
