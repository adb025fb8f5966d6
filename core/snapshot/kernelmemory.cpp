#include "kernelmemory.h"

#include "snapshot/memorycomposition.h"

namespace
{
// Fields that count memory inside the bar's remainder: none of them is in AnonPages, Cached,
// Shmem, Slab, KernelStack, PageTables or MemFree. KReclaimable holds SReclaimable plus other
// reclaimable kernel memory (ION buffers, GPU shrinker pools), so only the difference is added.
qint64 namedInRemainder(const NamedValues &meminfo)
{
    qint64 named = 0;
    for (const char *field : {"VmallocUsed", "Percpu", "HardwareCorrupted", "Hugetlb", "Zswap"})
        named += meminfo.value(field).value_or(0);
    if (!meminfo.contains("Hugetlb")) // before 5.16: only the default size's pool
        named += meminfo.value("HugePages_Total").value_or(0) * meminfo.value("Hugepagesize").value_or(0);
    if (const auto kernelReclaimable = meminfo.value("KReclaimable"))
        named += std::max<qint64>(0, *kernelReclaimable - meminfo.value("SReclaimable").value_or(0));
    return named;
}
}

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
            "Steady growth here is a kernel or driver leak.");
    case KernelStack:
        return tr("A stack for every thread, used while it runs in the kernel: grows with the number of threads.");
    case PageTables:
        return tr("The tables that translate programs' addresses to RAM: large when many processes map much memory.");
    case SecPageTables:
        return tr("Page tables for virtual machines and IOMMUs, kept beside the processes' own.");
    case Vmalloc:
        return tr("Memory the kernel mapped into one contiguous range: loaded modules, some drivers' buffers, BPF programs.");
    case Percpu:
        return tr("Kernel data kept once per CPU core, such as counters and per-core caches.");
    case HardwareCorrupted:
        return tr(
            "RAM the kernel stopped using because the hardware reported errors in it. Above zero, check the memory "
            "modules.");
    case Remainder:
        return tr(
            "RAM that none of the accounting bar's parts covers. It holds vmalloc, per-CPU data, huge page pools, zswap "
            "and other reclaimable kernel memory, which /proc/meminfo names, and whatever drivers took directly.");
    case Unexplained:
        return tr(
            "What is left outside the bar once everything /proc/meminfo names is taken out: memory drivers, graphics "
            "cards and firmware took straight from the kernel's page allocator, which no counter reports.");
    case PartCount:
        break;
    }
    return {};
}

qint64 KernelMemory::ownTotal() const
{
    qint64 total = 0;
    for (int p = SlabReclaimable; p <= HardwareCorrupted; ++p)
        total += parts[size_t(p)].value.value_or(0);
    return total;
}

KernelMemory KernelMemory::fromMeminfo(const Reading<NamedValues> &meminfo)
{
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
    const auto composition = MemoryComposition::fromMeminfo(fields);
    if (!composition) {
        const QString why = tr("/proc/meminfo lacks a field the accounting bar needs");
        memory.parts[Remainder] = memory.parts[Unexplained] = Reading<qint64>::missing(why);
        return memory;
    }
    const qint64 remainder = composition->part(MemoryComposition::Unaccounted);
    memory.parts[Remainder] = {remainder, {}, meminfo.problem};
    memory.parts[Unexplained] = {std::max<qint64>(0, remainder - namedInRemainder(fields)), {}, meminfo.problem};
    return memory;
}
