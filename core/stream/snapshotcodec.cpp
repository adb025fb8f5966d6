// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "snapshotcodec.h"

#include <QIODevice>

// Each type's fields are listed once, in fields(), and that one list serves both writing and
// reading: a field written but not read (or read in another order) cannot happen.

#define MEMLENS_DECLARE_STREAMING(Type)                                                                                                                        \
    QDataStream &operator<<(QDataStream &out, const Type &value);                                                                                              \
    QDataStream &operator>>(QDataStream &in, Type &value);

MEMLENS_DECLARE_STREAMING(PressureLine)
MEMLENS_DECLARE_STREAMING(Pressure)
MEMLENS_DECLARE_STREAMING(SwapDevice)
MEMLENS_DECLARE_STREAMING(ThpChoice)
MEMLENS_DECLARE_STREAMING(VmTunable)
MEMLENS_DECLARE_STREAMING(CounterRate)
MEMLENS_DECLARE_STREAMING(ZramStats)
MEMLENS_DECLARE_STREAMING(ZramDevice)
MEMLENS_DECLARE_STREAMING(HugePagePool)
MEMLENS_DECLARE_STREAMING(DirtyThresholds)
MEMLENS_DECLARE_STREAMING(NumaNode)
MEMLENS_DECLARE_STREAMING(SysVShmSegment)
MEMLENS_DECLARE_STREAMING(SharedMemorySegment)
MEMLENS_DECLARE_STREAMING(PosixSharedMemoryFile)
MEMLENS_DECLARE_STREAMING(TmpfsMount)
MEMLENS_DECLARE_STREAMING(SharedMemorySnapshot)
MEMLENS_DECLARE_STREAMING(ProcessKey)
MEMLENS_DECLARE_STREAMING(DrmRegionMemory)
MEMLENS_DECLARE_STREAMING(DrmClientInfo)
MEMLENS_DECLARE_STREAMING(GpuClient)
MEMLENS_DECLARE_STREAMING(GpuDevice)
MEMLENS_DECLARE_STREAMING(ArcSize)
MEMLENS_DECLARE_STREAMING(ProcessRecord)
MEMLENS_DECLARE_STREAMING(NamedValues)
MEMLENS_DECLARE_STREAMING(SmapsCounters)
MEMLENS_DECLARE_STREAMING(Mapping)
MEMLENS_DECLARE_STREAMING(NodeAmount)
MEMLENS_DECLARE_STREAMING(LibraryUser)
MEMLENS_DECLARE_STREAMING(LibraryUsage)
MEMLENS_DECLARE_STREAMING(MemoryLimit)
MEMLENS_DECLARE_STREAMING(CgroupRecord)
MEMLENS_DECLARE_STREAMING(OomKill)
MEMLENS_DECLARE_STREAMING(SlabCache)
MEMLENS_DECLARE_STREAMING(SlabCacheRecord)

// Reading goes through readValue, so that a list's count is checked against the bytes left before
// anything is allocated: Qt's own QList reader reserves whatever count the bytes claim (a stream
// from another machine could claim four billion).
template<typename T>
void readValue(QDataStream &in, T &value)
{
    in >> value;
}

template<typename T>
void readValue(QDataStream &in, QList<T> &list)
{
    list.clear();
    quint32 count = 0;
    in >> count;
    // Every element takes a byte at least.
    if (in.status() != QDataStream::Ok || !in.device() || qint64(count) > in.device()->bytesAvailable()) {
        in.setStatus(QDataStream::ReadCorruptData);
        return;
    }
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        T element{};
        readValue(in, element);
        list.append(std::move(element));
    }
}

template<typename K, typename T>
void readValue(QDataStream &in, QMap<K, T> &map)
{
    map.clear();
    quint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || !in.device() || qint64(count) > in.device()->bytesAvailable()) {
        in.setStatus(QDataStream::ReadCorruptData);
        return;
    }
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        K key{};
        T value{};
        readValue(in, key);
        readValue(in, value);
        map.insert(std::move(key), std::move(value));
    }
}

template<typename T>
QDataStream &operator<<(QDataStream &out, const std::optional<T> &value)
{
    out << value.has_value();
    if (value)
        out << *value;
    return out;
}

template<typename T>
QDataStream &operator>>(QDataStream &in, std::optional<T> &value)
{
    bool present = false;
    in >> present;
    value.reset();
    if (present) {
        T read{};
        readValue(in, read);
        value = std::move(read);
    }
    return in;
}

template<typename T>
QDataStream &operator<<(QDataStream &out, const Reading<T> &reading)
{
    return out << reading.value << reading.unavailableReason << reading.problem;
}

template<typename T>
QDataStream &operator>>(QDataStream &in, Reading<T> &reading)
{
    in >> reading.value;
    return in >> reading.unavailableReason >> reading.problem;
}

namespace
{
struct Writer {
    QDataStream &out;
    template<typename T>
    Writer &operator&(const T &value)
    {
        out << value;
        return *this;
    }
};
struct Reader {
    QDataStream &in;
    template<typename T>
    Reader &operator&(T &value)
    {
        readValue(in, value);
        return *this;
    }
};

// A char as one byte both ways (QDataStream has no char of its own).
template<typename S, typename C>
S &byte(S &s, C &c)
{
    if constexpr (std::is_const_v<C>)
        return s & reinterpret_cast<const qint8 &>(c);
    else
        return s & reinterpret_cast<qint8 &>(c);
}

template<typename T, typename U>
concept Is = std::is_same_v<std::remove_const_t<T>, U>;

template<typename S, Is<PressureLine> T>
void fields(S &s, T &v)
{
    s &v.avg10 &v.avg60 &v.avg300 &v.totalMicroseconds;
}
template<typename S, Is<Pressure> T>
void fields(S &s, T &v)
{
    s &v.some &v.full;
}
template<typename S, Is<SwapDevice> T>
void fields(S &s, T &v)
{
    s &v.path &v.type &v.sizeBytes &v.usedBytes &v.priority;
}
template<typename S, Is<ThpChoice> T>
void fields(S &s, T &v)
{
    s &v.selected &v.offered;
}
template<typename S, Is<VmTunable> T>
void fields(S &s, T &v)
{
    s &v.name &v.value;
}
template<typename S, Is<CounterRate> T>
void fields(S &s, T &v)
{
    s &v.name &v.perSecond;
}
template<typename S, Is<ZramStats> T>
void fields(S &s, T &v)
{
    s &v.origDataBytes &v.comprDataBytes &v.memUsedTotalBytes &v.memLimitBytes &v.memUsedMaxBytes &v.samePages &v.pagesCompacted &v.hugePages &v.hugePagesSince;
}
template<typename S, Is<ZramDevice> T>
void fields(S &s, T &v)
{
    s &v.name &v.disksizeBytes &v.compAlgorithm &v.stats;
}
template<typename S, Is<HugePagePool> T>
void fields(S &s, T &v)
{
    s &v.pageSizeBytes &v.totalPages &v.freePages &v.reservedPages &v.surplusPages;
}
template<typename S, Is<DirtyThresholds> T>
void fields(S &s, T &v)
{
    s &v.dirtyableBytes &v.reserveBytes &v.backgroundBytes &v.throttleBytes &v.backgroundFromBytes &v.throttleFromBytes &v.backgroundHalved;
}
template<typename S, Is<NumaNode> T>
void fields(S &s, T &v)
{
    s &v.id &v.meminfo &v.numastat &v.numastatRates;
}
template<typename S, Is<SysVShmSegment> T>
void fields(S &s, T &v)
{
    s &v.key &v.shmid &v.permissions &v.destroyWhenDetached &v.locked &v.sizeBytes &v.creatorPid &v.lastPid &v.attachments;
    s &v.uid &v.gid &v.creatorUid &v.creatorGid &v.attachTime &v.detachTime &v.changeTime &v.rssBytes &v.swapBytes;
}
template<typename S, Is<SharedMemorySegment> T>
void fields(S &s, T &v)
{
    s &v.segment &v.owner;
}
template<typename S, Is<PosixSharedMemoryFile> T>
void fields(S &s, T &v)
{
    s &v.name &v.sizeBytes &v.usedBytes &v.uid &v.owner;
}
template<typename S, Is<TmpfsMount> T>
void fields(S &s, T &v)
{
    s &v.mountPoint &v.source &v.options &v.sizeBytes &v.usedBytes;
}
template<typename S, Is<SharedMemorySnapshot> T>
void fields(S &s, T &v)
{
    s &v.sysV &v.posix &v.tmpfs;
}
template<typename S, Is<ProcessKey> T>
void fields(S &s, T &v)
{
    s &v.pid &v.startTime;
}
template<typename S, Is<DrmRegionMemory> T>
void fields(S &s, T &v)
{
    s &v.total &v.shared &v.resident &v.purgeable &v.active;
}
template<typename S, Is<DrmClientInfo> T>
void fields(S &s, T &v)
{
    s &v.driver &v.pdev &v.clientId &v.regions &v.olderMemoryKeys;
}
template<typename S, Is<GpuClient> T>
void fields(S &s, T &v)
{
    s &v.drm &v.descriptors &v.sharedWith;
}
template<typename S, Is<GpuDevice> T>
void fields(S &s, T &v)
{
    s &v.card &v.pdev &v.driver &v.vendorId &v.deviceId &v.vramTotal &v.vramUsed &v.gttTotal &v.gttUsed;
}
template<typename S, Is<ArcSize> T>
void fields(S &s, T &v)
{
    s &v.size &v.minimum &v.maximum;
}
template<typename S, Is<ProcessRecord> T>
void fields(S &s, T &v)
{
    s &v.key &v.ppid &v.name &v.commandLine &v.uid &v.user;
    byte(s, v.state);
    s &v.cpuTicks &v.threads &v.kernelThread &v.rss &v.swap &v.rssAnon &v.rssFile &v.rssShmem &v.smaps &v.gpu &v.oomScore &v.oomScoreAdj &v.cgroup &v.readAtMs;
}
template<typename S, Is<SystemSnapshot> T>
void fields(S &s, T &v)
{
    s &v.sampledAtMs &v.meminfo &v.vmstat &v.vmstatRates &v.memoryPressure &v.swaps &v.thpEnabled &v.thpDefrag &v.tunables &v.zram;
    s &v.hugePagePools &v.ksm &v.dirtyThresholds;
    s &v.numaNodes &v.sharedMemory &v.gpuDevices &v.zfsArc;
}
template<typename S, Is<ProcessSnapshot> T>
void fields(S &s, T &v)
{
    s &v.sampledAtMs &v.processes &v.vanished &v.smapsSource;
}
template<typename S, Is<Mapping> T>
void fields(S &s, T &v)
{
    s &v.start &v.end &v.permissions &v.offset &v.device &v.inode &v.path &v.deleted &v.kind &v.counters;
}
template<typename S, Is<ProcessChanges> T>
void fields(S &s, T &v)
{
    s &v.sampledAtMs &v.vanished &v.smapsSource &v.order &v.changed;
}
template<typename S, Is<LibraryTimes> T>
void fields(S &s, T &v)
{
    s &v.sampledAtMs &v.oldestReadAtMs &v.unreadableProcesses;
}
template<typename S, Is<MappingSnapshot> T>
void fields(S &s, T &v)
{
    s &v.sampledAtMs &v.process &v.mappings;
}
template<typename S, Is<NodeAmount> T>
void fields(S &s, T &v)
{
    s &v.node &v.amount;
}
template<typename S, Is<NumaResidency> T>
void fields(S &s, T &v)
{
    s &v.sampledAtMs &v.process &v.nodeBytes;
}
template<typename S, Is<LibraryUser> T>
void fields(S &s, T &v)
{
    s &v.process &v.processName &v.rss &v.pss;
}
template<typename S, Is<LibraryUsage> T>
void fields(S &s, T &v)
{
    s &v.path &v.rss &v.pss &v.users;
}
template<typename S, Is<LibrarySnapshot> T>
void fields(S &s, T &v)
{
    s &v.sampledAtMs &v.oldestReadAtMs &v.libraries &v.unreadableProcesses;
}
template<typename S, Is<MemoryLimit> T>
void fields(S &s, T &v)
{
    s &v.bytes &v.unlimited;
}
template<typename S, Is<CgroupRecord> T>
void fields(S &s, T &v)
{
    s &v.path &v.current &v.max &v.high &v.low &v.min &v.swapCurrent &v.stat &v.events &v.pressure;
}
template<typename S, Is<CgroupSnapshot> T>
void fields(S &s, T &v)
{
    s &v.sampledAtMs &v.version &v.mountPoint &v.unavailableReason &v.cgroups;
}
template<typename S, Is<OomKill> T>
void fields(S &s, T &v)
{
    s &v.timeMs &v.pid &v.name &v.uid &v.trigger &v.totalVmBytes &v.anonRssBytes &v.fileRssBytes &v.shmemRssBytes &v.pageTablesBytes &v.oomScoreAdj;
    s &v.constraint &v.cgroup &v.limitCgroup;
    s &v.killer &v.watchedCgroup &v.pressurePercent &v.availablePercent &v.swapPercent &v.limitPercent &v.swapLimitPercent &v.duration &v.signal &v.rssBytes;
}
template<typename S, Is<KillHistory> T>
void fields(S &s, T &v)
{
    s &v.kills &v.source &v.unavailableReason &v.problem;
}
template<typename S, Is<SlabCache> T>
void fields(S &s, T &v)
{
    s &v.name &v.activeObjects &v.objects &v.objectSize &v.objectsPerSlab &v.pagesPerSlab &v.activeSlabs &v.slabs &v.totalBytes;
}
template<typename S, Is<SlabCacheRecord> T>
void fields(S &s, T &v)
{
    s &v.cache &v.reclaimable;
}
template<typename S, Is<SlabCacheSnapshot> T>
void fields(S &s, T &v)
{
    s &v.sampledAtMs &v.caches;
}
template<typename S, Is<AgentFailure> T>
void fields(S &s, T &v)
{
    s &v.reason;
}
template<typename S, Is<Bookmark> T>
void fields(S &s, T &v)
{
    s &v.timeMs &v.kind &v.text;
}
}

#define MEMLENS_DEFINE_STREAMING(Type)                                                                                                                         \
    QDataStream &operator<<(QDataStream &out, const Type &value)                                                                                               \
    {                                                                                                                                                          \
        Writer writer{out};                                                                                                                                    \
        fields(writer, value);                                                                                                                                 \
        return out;                                                                                                                                            \
    }                                                                                                                                                          \
    QDataStream &operator>>(QDataStream &in, Type &value)                                                                                                      \
    {                                                                                                                                                          \
        Reader reader{in};                                                                                                                                     \
        fields(reader, value);                                                                                                                                 \
        return in;                                                                                                                                             \
    }

MEMLENS_DEFINE_STREAMING(PressureLine)
MEMLENS_DEFINE_STREAMING(Pressure)
MEMLENS_DEFINE_STREAMING(SwapDevice)
MEMLENS_DEFINE_STREAMING(ThpChoice)
MEMLENS_DEFINE_STREAMING(VmTunable)
MEMLENS_DEFINE_STREAMING(CounterRate)
MEMLENS_DEFINE_STREAMING(ZramStats)
MEMLENS_DEFINE_STREAMING(ZramDevice)
MEMLENS_DEFINE_STREAMING(HugePagePool)
MEMLENS_DEFINE_STREAMING(DirtyThresholds)
MEMLENS_DEFINE_STREAMING(NumaNode)
MEMLENS_DEFINE_STREAMING(SysVShmSegment)
MEMLENS_DEFINE_STREAMING(SharedMemorySegment)
MEMLENS_DEFINE_STREAMING(PosixSharedMemoryFile)
MEMLENS_DEFINE_STREAMING(TmpfsMount)
MEMLENS_DEFINE_STREAMING(SharedMemorySnapshot)
MEMLENS_DEFINE_STREAMING(ProcessKey)
MEMLENS_DEFINE_STREAMING(DrmRegionMemory)
MEMLENS_DEFINE_STREAMING(DrmClientInfo)
MEMLENS_DEFINE_STREAMING(GpuClient)
MEMLENS_DEFINE_STREAMING(GpuDevice)
MEMLENS_DEFINE_STREAMING(ArcSize)
MEMLENS_DEFINE_STREAMING(ProcessRecord)
MEMLENS_DEFINE_STREAMING(SystemSnapshot)
MEMLENS_DEFINE_STREAMING(ProcessSnapshot)
MEMLENS_DEFINE_STREAMING(ProcessChanges)
MEMLENS_DEFINE_STREAMING(LibraryTimes)
MEMLENS_DEFINE_STREAMING(Mapping)
MEMLENS_DEFINE_STREAMING(NodeAmount)
MEMLENS_DEFINE_STREAMING(LibraryUser)
MEMLENS_DEFINE_STREAMING(LibraryUsage)
MEMLENS_DEFINE_STREAMING(MemoryLimit)
MEMLENS_DEFINE_STREAMING(CgroupRecord)
MEMLENS_DEFINE_STREAMING(OomKill)
MEMLENS_DEFINE_STREAMING(SlabCache)
MEMLENS_DEFINE_STREAMING(SlabCacheRecord)
MEMLENS_DEFINE_STREAMING(MappingSnapshot)
MEMLENS_DEFINE_STREAMING(NumaResidency)
MEMLENS_DEFINE_STREAMING(LibrarySnapshot)
MEMLENS_DEFINE_STREAMING(CgroupSnapshot)
MEMLENS_DEFINE_STREAMING(KillHistory)
MEMLENS_DEFINE_STREAMING(SlabCacheSnapshot)
MEMLENS_DEFINE_STREAMING(AgentFailure)
MEMLENS_DEFINE_STREAMING(Bookmark)

// The two types whose insides are not plain fields.
QDataStream &operator<<(QDataStream &out, const NamedValues &values)
{
    out << quint32(values.list().size());
    for (const NamedValue &value : values.list())
        out << value.name << value.value << quint8(value.unit);
    return out;
}

QDataStream &operator>>(QDataStream &in, NamedValues &values)
{
    quint32 count = 0;
    in >> count;
    values = {};
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        NamedValue value;
        quint8 unit = 0;
        in >> value.name >> value.value >> unit;
        value.unit = NamedValue::Unit(unit);
        values.append(value);
    }
    return in;
}

QDataStream &operator<<(QDataStream &out, const SmapsCounters &counters)
{
    for (int f = 0; f < SmapsCounters::FieldCount; ++f)
        out << counters.value(SmapsCounters::Field(f));
    return out;
}

QDataStream &operator>>(QDataStream &in, SmapsCounters &counters)
{
    counters = {};
    for (int f = 0; f < SmapsCounters::FieldCount; ++f) {
        std::optional<qint64> value;
        in >> value;
        if (value)
            counters.set(SmapsCounters::Field(f), *value);
    }
    return in;
}
