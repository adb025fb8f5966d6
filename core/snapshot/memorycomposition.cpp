// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "memorycomposition.h"

#include "snapshot/systemsnapshot.h"

static qint64 field(const NamedValues &meminfo, QByteArrayView name)
{
    return meminfo.value(name).value_or(0);
}

std::optional<MemoryComposition> MemoryComposition::fromMeminfo(const NamedValues &meminfo)
{
    const auto total = meminfo.value("MemTotal");
    const auto free = meminfo.value("MemFree");
    const auto anon = meminfo.value("AnonPages");
    if (!total || !free || !anon)
        return std::nullopt;
    // Every meminfo since 2.6.32 has these: one missing is a damaged file, and a zero in its place
    // would move its bytes into another part. SecPageTables (6.0) may be missing.
    for (const char *name : {"Buffers", "Cached", "SwapCached", "Shmem", "SReclaimable", "SUnreclaim", "KernelStack", "PageTables"}) {
        if (!meminfo.contains(name))
            return std::nullopt;
    }

    MemoryComposition composition;
    composition.total = *total;
    const qint64 shmem = field(meminfo, "Shmem");
    auto &parts = composition.parts;
    parts[Anonymous] = *anon;
    // Cached counts shmem pages too (they live in the page cache); they are shown on their own.
    parts[PageCache] = std::max<qint64>(0, field(meminfo, "Buffers") + field(meminfo, "Cached") - shmem) + field(meminfo, "SwapCached");
    parts[Shmem] = shmem;
    parts[SlabReclaimable] = field(meminfo, "SReclaimable");
    parts[SlabUnreclaimable] = field(meminfo, "SUnreclaim");
    parts[KernelStacksPageTables] = field(meminfo, "KernelStack") + field(meminfo, "PageTables") + field(meminfo, "SecPageTables");
    parts[Free] = *free;
    qint64 accounted = 0;
    for (int p = 0; p < Unaccounted; ++p)
        accounted += parts[size_t(p)];
    parts[Unaccounted] = std::max<qint64>(0, *total - accounted);
    composition.overcounted = std::max<qint64>(0, accounted - *total);
    return composition;
}

// With CONFIG_VMAP_STACK, the default on x86-64 and arm64, every thread's stack is vmalloc'ed and
// counted in both KernelStack and VmallocUsed; where VmallocUsed is the larger, the stacks are
// taken to be inside it and counted once.
qint64 MemoryComposition::vmallocBeyondStacks(const NamedValues &meminfo)
{
    const qint64 vmalloc = meminfo.value("VmallocUsed").value_or(0);
    const qint64 stacks = meminfo.value("KernelStack").value_or(0);
    return vmalloc >= stacks ? vmalloc - stacks : vmalloc;
}

// None of these is in AnonPages, Cached, Shmem, Slab, KernelStack, PageTables or MemFree.
// KReclaimable holds SReclaimable plus other reclaimable kernel memory (ION buffers, GPU shrinker
// pools), so only the difference is added; zram's compressed store is in zsmalloc pages no
// meminfo field counts.
qint64 MemoryComposition::namedInRemainder(const NamedValues &meminfo, const QList<ZramDevice> &zram)
{
    qint64 named = vmallocBeyondStacks(meminfo);
    for (const char *field : {"Percpu", "HardwareCorrupted", "Hugetlb", "Zswap"})
        named += meminfo.value(field).value_or(0);
    if (!meminfo.contains("Hugetlb")) // before 4.16: only the default size's pool
        named += meminfo.value("HugePages_Total").value_or(0) * meminfo.value("Hugepagesize").value_or(0);
    if (const auto kernelReclaimable = meminfo.value("KReclaimable"))
        named += std::max<qint64>(0, *kernelReclaimable - meminfo.value("SReclaimable").value_or(0));
    for (const ZramDevice &device : zram)
        named += device.stats.value ? device.stats.value->memUsedTotalBytes : 0;
    return named;
}

// How GPU memory in system RAM relates to meminfo, driver by driver:
// - amdgpu (and radeon, xe, nouveau): buffers in GTT or the "cpu" domain are pages TTM takes from
//   the page allocator for itself. They are on no LRU list, in no slab and in no file, so no
//   meminfo field counts them: they fall in the remainder. amdgpu's mem_info_gtt_used says how
//   much of GTT is in use, which is what moves out of the remainder here; the others write no
//   such counter, and their share stays in the remainder.
// - i915 and the drm_gem_shmem drivers (virtio-gpu, panfrost, v3d, msm, lima): buffers are shmem
//   files, already in Shmem (and Cached), and nothing is moved.
// - VRAM, and RAM the firmware set aside for an integrated GPU, are outside MemTotal.
std::optional<MemoryComposition> MemoryComposition::fromSnapshot(const SystemSnapshot &snapshot)
{
    if (!snapshot.meminfo.value)
        return std::nullopt;
    auto composition = fromMeminfo(*snapshot.meminfo.value);
    if (!composition)
        return composition;
    for (const GpuDevice &device : snapshot.gpuDevices.value.value_or(QList<GpuDevice>())) {
        if (!GpuDevice::systemRamInShmem(device.driver))
            composition->gpuClaimed += device.gttUsed.value_or(0);
    }
    composition->arcClaimed = snapshot.zfsArc.value ? snapshot.zfsArc.value->size : 0;
    auto &parts = composition->parts;
    const qint64 named = namedInRemainder(*snapshot.meminfo.value, snapshot.zram.value.value_or(QList<ZramDevice>()));
    qint64 unexplained = std::max<qint64>(0, parts[Unaccounted] - named);
    for (const auto &[part, claimed] : {std::pair{GpuSystemRam, composition->gpuClaimed}, std::pair{ZfsArc, composition->arcClaimed}}) {
        parts[part] = std::min(claimed, unexplained);
        unexplained -= parts[part];
        parts[Unaccounted] -= parts[part];
    }
    return composition;
}

std::optional<MemoryHeadline> MemoryHeadline::fromSnapshot(const SystemSnapshot &snapshot)
{
    if (!snapshot.meminfo.value)
        return std::nullopt;
    auto headline = fromMeminfo(*snapshot.meminfo.value);
    if (headline)
        headline->zfsArc = snapshot.zfsArc.value;
    return headline;
}

std::optional<MemoryHeadline> MemoryHeadline::fromMeminfo(const NamedValues &meminfo)
{
    const auto total = meminfo.value("MemTotal");
    const auto free = meminfo.value("MemFree");
    if (!total || !free)
        return std::nullopt;
    MemoryHeadline headline;
    headline.total = *total;
    headline.free = *free;
    headline.available = meminfo.value("MemAvailable");
    if (headline.available)
        headline.used = *total - *headline.available;
    headline.cache = field(meminfo, "Buffers") + field(meminfo, "Cached") + field(meminfo, "SReclaimable");
    headline.swapTotal = field(meminfo, "SwapTotal");
    headline.swapUsed = std::max<qint64>(0, headline.swapTotal - field(meminfo, "SwapFree"));
    headline.committed = meminfo.value("Committed_AS");
    headline.commitLimit = meminfo.value("CommitLimit");
    return headline;
}
