// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kernelmemory.h"

#include "snapshot/memorycomposition.h"
#include "snapshot/systemsnapshot.h"

QByteArray KernelMemory::fieldOf(Part part)
{
    static const std::array<QByteArray, PartCount>
        fields{"SReclaimable", "SUnreclaim", "KernelStack", "PageTables", "SecPageTables", "VmallocUsed", "Percpu", "HardwareCorrupted", {}, {}};
    return fields[size_t(part)];
}

QString KernelMemory::title(Part part)
{
    switch (part) {
    case SlabReclaimable:
        return tr("Slab, reclaimable");
    case SlabUnreclaimable:
        return tr("Slab, unreclaimable");
    case KernelStack:
        return tr("Kernel stacks");
    case PageTables:
        return tr("Page tables");
    case SecPageTables:
        return tr("Secondary page tables");
    case Vmalloc:
        return tr("Vmalloc");
    case Percpu:
        return tr("Per-CPU data");
    case HardwareCorrupted:
        return tr("Hardware corrupted");
    case Remainder:
        return tr("Outside the accounting bar");
    case Unexplained:
        return tr("No counter explains");
    case PartCount:
        break;
    }
    return {};
}

QString KernelMemory::explanation(Part part)
{
    switch (part) {
    case SlabReclaimable:
        return tr(
            "Kernel object caches it can free when memory runs short, mostly directory entries and inodes of files used "
            "lately. Counted as available memory.");
    case SlabUnreclaimable:
        return tr(
            "Kernel objects in use: network buffers, open files, processes' kernel state. Only freed when their users go. "
            "Steady growth here can mean a kernel or driver leak.");
    case KernelStack:
        return tr("A stack for every thread, used while it runs in the kernel: grows with the number of threads.");
    case PageTables:
        return tr("The tables that translate programs' addresses to RAM: large when many processes map much memory.");
    case SecPageTables:
        return tr("Page tables for virtual machines and IOMMUs, kept beside the processes' own.");
    case Vmalloc:
        return tr(
            "Memory the kernel mapped into one contiguous range: loaded modules, some drivers' buffers, BPF programs, and on "
            "most 64-bit kernels the kernel stacks above, which the totals count once.");
    case Percpu:
        return tr("Kernel data kept once per CPU core, such as counters and per-core caches.");
    case HardwareCorrupted:
        return tr(
            "RAM the kernel stopped using because the hardware reported errors in it. Above zero, check the memory "
            "modules.");
    case Remainder:
        return tr(
            "RAM that none of the accounting bar's parts covers. It holds vmalloc, per-CPU data, huge page pools, zswap "
            "and other reclaimable kernel memory, which /proc/meminfo names, zram's compressed store, and whatever drivers "
            "took directly.");
    case Unexplained:
        return tr(
            "What is left outside the bar once everything /proc/meminfo and zram name is taken out: memory drivers, "
            "graphics cards and firmware took straight from the kernel's page allocator, and free pages waiting in "
            "per-CPU lists, which no counter reports.");
    case PartCount:
        break;
    }
    return {};
}

qint64 KernelMemory::ownTotal() const
{
    qint64 total = m_vmallocBeyondStacks;
    for (int p = SlabReclaimable; p <= HardwareCorrupted; ++p) {
        if (p != Vmalloc)
            total += parts[size_t(p)].value.value_or(0);
    }
    return total;
}

KernelMemory KernelMemory::fromSnapshot(const SystemSnapshot &snapshot)
{
    const Reading<NamedValues> &meminfo = snapshot.meminfo;
    KernelMemory memory;
    if (!meminfo.value) {
        for (Reading<qint64> &part : memory.parts)
            part = Reading<qint64>::missing(meminfo.unavailableReason);
        return memory;
    }
    const NamedValues &fields = *meminfo.value;
    memory.memTotal = fields.value("MemTotal").value_or(0);
    for (int p = SlabReclaimable; p <= HardwareCorrupted; ++p) {
        const QByteArray field = fieldOf(Part(p));
        const auto value = fields.value(field);
        const QString why = p == SecPageTables ? tr("this kernel writes no SecPageTables line (kernels before 6.0)")
            : p == HardwareCorrupted           ? tr("this kernel is built without memory-failure handling (no HardwareCorrupted line)")
                                               : tr("/proc/meminfo has no %1 line").arg(QString::fromLatin1(field));
        memory.parts[size_t(p)] = value ? Reading<qint64>{value, {}, meminfo.problem} : Reading<qint64>::missing(why);
    }
    // A running kernel always has vmalloc'ed memory (modules, at least): a 0 is a kernel that
    // stopped counting it (4.4 to 5.2), not an empty vmalloc area.
    if (memory.parts[Vmalloc].value == 0)
        memory.parts[Vmalloc] = Reading<qint64>::missing(tr("this kernel writes 0 for VmallocUsed (kernels 4.4 to 5.2 did not count it)"));
    memory.m_vmallocBeyondStacks = MemoryComposition::vmallocBeyondStacks(fields);
    const auto composition = MemoryComposition::fromSnapshot(snapshot);
    if (!composition) {
        const QString why = tr("/proc/meminfo lacks a field the accounting bar needs");
        memory.parts[Remainder] = memory.parts[Unexplained] = Reading<qint64>::missing(why);
        return memory;
    }
    const qint64 remainder = composition->part(MemoryComposition::Unaccounted);
    memory.parts[Remainder] = {remainder, {}, meminfo.problem};
    const QList<ZramDevice> zram = snapshot.zram.value.value_or(QList<ZramDevice>());
    memory.parts[Unexplained] = {std::max<qint64>(0, remainder - MemoryComposition::namedInRemainder(fields, zram)), {}, meminfo.problem};
    return memory;
}
