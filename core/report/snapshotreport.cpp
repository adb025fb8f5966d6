// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "snapshotreport.h"

#include "format/byteformat.h"
#include "format/textescape.h"
#include "read/ksmreader.h"
#include "snapshot/memorycomposition.h"
#include "snapshot/overcommit.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace
{
struct Totals {
    qint64 rss = 0, pss = 0, uss = 0, swap = 0;
    int withoutPss = 0;
    // RSS summed over only the processes that have a PSS, so the overcount compares like with like.
    qint64 rssOfThoseWithPss = 0;
};

Totals totalsOf(const QList<ProcessRecord> &processes)
{
    Totals totals;
    for (const ProcessRecord &process : processes) {
        totals.rss += process.rss.value.value_or(0);
        totals.swap += process.swap.value.value_or(0);
        totals.uss += process.uss().value_or(0);
        if (const auto pss = process.pss()) {
            totals.pss += *pss;
            totals.rssOfThoseWithPss += process.rss.value.value_or(0);
        } else if (!process.kernelThread) {
            ++totals.withoutPss;
        }
    }
    return totals;
}

std::optional<qint64> sortValue(const ProcessRecord &process, SnapshotReport::SortKey key)
{
    switch (key) {
    case SnapshotReport::SortKey::Pss:
        return process.pss();
    case SnapshotReport::SortKey::Rss:
        return process.rss.value;
    case SnapshotReport::SortKey::Uss:
        return process.uss();
    case SnapshotReport::SortKey::Swap:
        return process.swap.value;
    }
    return std::nullopt;
}

QJsonValue jsonBytes(std::optional<qint64> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject jsonPressure(const Reading<Pressure> &pressure)
{
    QJsonObject object;
    if (!pressure.value) {
        object.insert(QStringLiteral("unavailable"), pressure.unavailableReason);
        return object;
    }
    const auto line = [](const std::optional<PressureLine> &l) {
        if (!l)
            return QJsonValue(QJsonValue::Null);
        return QJsonValue(QJsonObject{{QStringLiteral("avg10"), l->avg10},
                                      {QStringLiteral("avg60"), l->avg60},
                                      {QStringLiteral("avg300"), l->avg300},
                                      {QStringLiteral("totalMicroseconds"), l->totalMicroseconds}});
    };
    object.insert(QStringLiteral("some"), line(pressure.value->some));
    object.insert(QStringLiteral("full"), line(pressure.value->full));
    return object;
}

QJsonValue jsonThp(const Reading<ThpChoice> &choice)
{
    if (!choice.value)
        return QJsonObject{{QStringLiteral("unavailable"), choice.unavailableReason}};
    QJsonArray offered;
    for (const QByteArray &value : choice.value->offered)
        offered.append(QString::fromLatin1(value));
    return QJsonObject{{QStringLiteral("selected"), QString::fromLatin1(choice.value->selected)}, {QStringLiteral("offered"), offered}};
}

// An object of figures where a missing one is null and its reason is under "unavailable", as
// the processes' figures are.
class JsonFigures
{
public:
    void add(const QString &key, const Reading<qint64> &reading)
    {
        add(key, reading.value, reading.unavailableReason);
    }
    void add(const QString &key, std::optional<qint64> value, const QString &reason)
    {
        m_object.insert(key, jsonBytes(value));
        if (!value)
            m_unavailable.insert(key, reason);
    }
    void insert(const QString &key, const QJsonValue &value)
    {
        m_object.insert(key, value);
    }
    QJsonObject object() const
    {
        QJsonObject object = m_object;
        if (!m_unavailable.isEmpty())
            object.insert(QStringLiteral("unavailable"), m_unavailable);
        return object;
    }

private:
    QJsonObject m_object;
    QJsonObject m_unavailable;
};

// Named counters (meminfo fields, vmstat counters), each null with a reason where the file or
// the field is missing.
void addCounters(JsonFigures &figures, const Reading<NamedValues> &counters, const QString &file, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        const QString key = QLatin1StringView(name);
        const auto value = counters.value ? counters.value->value(name) : std::nullopt;
        figures.add(key, value, counters.value ? SnapshotReport::tr("%1 has no %2 on this kernel").arg(file, key) : counters.unavailableReason);
    }
}

QJsonObject jsonHugePages(const SystemSnapshot &system)
{
    JsonFigures transparent;
    addCounters(transparent, system.meminfo, QStringLiteral("/proc/meminfo"), {"AnonHugePages", "ShmemHugePages", "FileHugePages"});
    JsonFigures hugePages;
    hugePages.insert(QStringLiteral("transparent"), transparent.object());
    addCounters(hugePages, system.meminfo, QStringLiteral("/proc/meminfo"), {"Hugetlb"});
    if (system.hugePagePools.value) {
        QJsonArray pools;
        for (const HugePagePool &pool : *system.hugePagePools.value) {
            JsonFigures figures;
            figures.insert(QStringLiteral("pageSize"), pool.pageSizeBytes);
            figures.add(QStringLiteral("total"), pool.totalPages);
            figures.add(QStringLiteral("free"), pool.freePages);
            figures.add(QStringLiteral("reserved"), pool.reservedPages);
            figures.add(QStringLiteral("surplus"), pool.surplusPages);
            pools.append(figures.object());
        }
        hugePages.insert(QStringLiteral("pools"), pools);
    } else {
        hugePages.add(QStringLiteral("pools"), std::nullopt, system.hugePagePools.unavailableReason);
    }
    return hugePages.object();
}

QJsonObject jsonKsm(const Reading<NamedValues> &ksm)
{
    if (!ksm.value)
        return QJsonObject{{QStringLiteral("unavailable"), ksm.unavailableReason}};
    QJsonObject object;
    for (const NamedValue &counter : ksm.value->list())
        object.insert(QString::fromLatin1(counter.name), counter.value);
    object.insert(QStringLiteral("savedBytes"), jsonBytes(ksmSavedBytes(*ksm.value, SysRoot::pageSize())));
    if (!ksm.problem.isEmpty())
        object.insert(QStringLiteral("problem"), ksm.problem);
    return object;
}

QJsonObject jsonDirty(const SystemSnapshot &system)
{
    JsonFigures dirty;
    addCounters(dirty, system.meminfo, QStringLiteral("/proc/meminfo"), {"Dirty", "Writeback"});
    addCounters(dirty, system.vmstat, QStringLiteral("/proc/vmstat"), {"nr_dirtied", "nr_written"});
    const Reading<DirtyThresholds> &thresholds = system.dirtyThresholds;
    const auto figure = [&](qint64 DirtyThresholds::*field) {
        return thresholds.value ? std::optional<qint64>((*thresholds.value).*field) : std::nullopt;
    };
    dirty.add(QStringLiteral("backgroundThreshold"), figure(&DirtyThresholds::backgroundBytes), thresholds.unavailableReason);
    dirty.add(QStringLiteral("throttleThreshold"), figure(&DirtyThresholds::throttleBytes), thresholds.unavailableReason);
    dirty.add(QStringLiteral("dirtyable"), figure(&DirtyThresholds::dirtyableBytes), thresholds.unavailableReason);
    dirty.add(QStringLiteral("reserve"), figure(&DirtyThresholds::reserveBytes), thresholds.unavailableReason);
    if (thresholds.value) {
        dirty.insert(QStringLiteral("backgroundFromBytes"), thresholds.value->backgroundFromBytes);
        dirty.insert(QStringLiteral("throttleFromBytes"), thresholds.value->throttleFromBytes);
        dirty.insert(QStringLiteral("backgroundHalved"), thresholds.value->backgroundHalved);
    }
    return dirty.object();
}

QJsonObject jsonOvercommit(const SystemSnapshot &system)
{
    const Reading<Overcommit> overcommit = Overcommit::fromSnapshot(system);
    if (!overcommit.value)
        return QJsonObject{{QStringLiteral("unavailable"), overcommit.unavailableReason}};
    static const QStringList modes{QStringLiteral("heuristic"), QStringLiteral("always"), QStringLiteral("strict")};
    JsonFigures figures;
    figures.insert(QStringLiteral("mode"), modes.at(int(overcommit.value->mode)));
    figures.insert(QStringLiteral("limit"), overcommit.value->limit);
    figures.insert(QStringLiteral("limitFromKbytes"), overcommit.value->fromKbytes);
    const QString noMeminfoField = SnapshotReport::tr("%1 has no %2 on this kernel").arg(QStringLiteral("/proc/meminfo"));
    figures.add(QStringLiteral("kernelLimit"), overcommit.value->kernelLimit, noMeminfoField.arg(QStringLiteral("CommitLimit")));
    figures.insert(QStringLiteral("agreesWithKernel"), overcommit.value->agreesWithKernel());
    figures.add(QStringLiteral("committed"), overcommit.value->committed, noMeminfoField.arg(QStringLiteral("Committed_AS")));
    // Root may dip into the admin reserve: the headroom is what everyone else has left.
    const Reading<qint64> adminReserve = system.tunable("admin_reserve_kbytes");
    const auto headroom = adminReserve.value ? overcommit.value->headroom(*adminReserve.value * 1024) : std::nullopt;
    QString noHeadroom = SnapshotReport::tr("only strict overcommit (vm.overcommit_memory = 2) refuses allocations at the limit");
    if (overcommit.value->mode == Overcommit::Mode::Strict)
        noHeadroom = adminReserve.value ? noMeminfoField.arg(QStringLiteral("Committed_AS")) : adminReserve.unavailableReason;
    figures.add(QStringLiteral("headroom"), headroom, noHeadroom);
    return figures.object();
}

// Counters under their kernel names, or null with the reason.
void addNamedValues(JsonFigures &figures, const QString &key, const Reading<NamedValues> &values)
{
    if (!values.value) {
        figures.add(key, std::nullopt, values.unavailableReason);
        return;
    }
    QJsonObject object;
    for (const NamedValue &value : values.value->list())
        object.insert(QString::fromLatin1(value.name), value.value);
    figures.insert(key, object);
}

// A list as an array, or null with the reason; a list read only in part names its problem
// under "problems", as the rest of it is still shown.
template<typename T, typename ToJson>
void addList(JsonFigures &figures, QJsonObject &problems, const QString &key, const Reading<QList<T>> &list, ToJson toJson)
{
    if (!list.value) {
        figures.add(key, std::nullopt, list.unavailableReason);
        return;
    }
    QJsonArray array;
    for (const T &item : *list.value)
        array.append(toJson(item));
    figures.insert(key, array);
    if (!list.problem.isEmpty())
        problems.insert(key, list.problem);
}

// Figures and an object of the problems of the lists among them, both in one JSON object.
QJsonObject withProblems(const JsonFigures &figures, const QJsonObject &problems)
{
    QJsonObject object = figures.object();
    if (!problems.isEmpty())
        object.insert(QStringLiteral("problems"), problems);
    return object;
}

QJsonObject jsonNuma(const SystemSnapshot &system)
{
    JsonFigures numa;
    QJsonObject problems;
    addList(numa, problems, QStringLiteral("nodes"), system.numaNodes, [](const NumaNode &node) {
        JsonFigures figures;
        figures.insert(QStringLiteral("id"), node.id);
        addNamedValues(figures, QStringLiteral("meminfo"), node.meminfo);
        addNamedValues(figures, QStringLiteral("numastat"), node.numastat);
        return figures.object();
    });
    numa.add(QStringLiteral("memoryOutsideNodes"), memoryOutsideNodes(system.meminfo, system.numaNodes));
    return withProblems(numa, problems);
}

QJsonObject jsonSharedMemory(const SharedMemorySnapshot &shared)
{
    JsonFigures figures;
    QJsonObject problems;
    addList(figures, problems, QStringLiteral("sysV"), shared.sysV, [](const SharedMemorySegment &segment) {
        const SysVShmSegment &s = segment.segment;
        JsonFigures object;
        object.insert(QStringLiteral("key"), s.key);
        object.insert(QStringLiteral("shmid"), s.shmid);
        object.insert(QStringLiteral("owner"), segment.owner);
        object.insert(QStringLiteral("uid"), qint64(s.uid));
        object.insert(QStringLiteral("size"), s.sizeBytes);
        const QString noColumn = SnapshotReport::tr("this kernel's /proc/sysvipc/shm has no rss and swap columns");
        object.add(QStringLiteral("rss"), s.rssBytes, noColumn);
        object.add(QStringLiteral("swap"), s.swapBytes, noColumn);
        object.insert(QStringLiteral("attachments"), s.attachments);
        object.insert(QStringLiteral("creatorPid"), s.creatorPid);
        object.insert(QStringLiteral("lastPid"), s.lastPid);
        object.insert(QStringLiteral("orphaned"), segment.orphaned());
        return object.object();
    });
    addList(figures, problems, QStringLiteral("posix"), shared.posix, [](const PosixSharedMemoryFile &file) {
        return QJsonObject{{QStringLiteral("name"), file.name},
                           {QStringLiteral("owner"), file.owner},
                           {QStringLiteral("uid"), qint64(file.uid)},
                           {QStringLiteral("size"), file.sizeBytes},
                           {QStringLiteral("used"), file.usedBytes}};
    });
    addList(figures, problems, QStringLiteral("tmpfs"), shared.tmpfs, [](const TmpfsMount &mount) {
        JsonFigures object;
        object.insert(QStringLiteral("mountPoint"), mount.mountPoint);
        object.insert(QStringLiteral("source"), mount.source);
        object.insert(QStringLiteral("options"), QString::fromLatin1(mount.options));
        object.add(QStringLiteral("size"), mount.sizeBytes);
        object.add(QStringLiteral("used"), mount.usedBytes);
        return object.object();
    });
    return withProblems(figures, problems);
}

// CSV fields are quoted when they hold a separator, a quote or a line break (RFC 4180); text of
// other processes' choosing is made visible and kept from reading as a formula first.
// A region's figures as the driver gives them, null where it writes none.
QJsonObject jsonGpuRegion(const QByteArray &name, const DrmRegionMemory &memory)
{
    static const QStringList kinds{QStringLiteral("card"), QStringLiteral("systemRam"), QStringLiteral("other")};
    return {{QStringLiteral("region"), QString::fromUtf8(name)},
            {QStringLiteral("kind"), kinds[int(GpuRegion::kindOf(name))]},
            {QStringLiteral("total"), jsonBytes(memory.total)},
            {QStringLiteral("shared"), jsonBytes(memory.shared)},
            {QStringLiteral("resident"), jsonBytes(memory.resident)},
            {QStringLiteral("purgeable"), jsonBytes(memory.purgeable)},
            {QStringLiteral("active"), jsonBytes(memory.active)}};
}

// A process's GPU clients, or null with the reason where its descriptors could not be read.
void addGpu(QJsonObject &process, QJsonObject &unavailable, const Reading<QList<GpuClient>> &gpu)
{
    if (!gpu.value) {
        process.insert(QStringLiteral("gpu"), QJsonValue::Null);
        unavailable.insert(QStringLiteral("gpu"), gpu.unavailableReason);
        return;
    }
    QJsonArray clients;
    for (const GpuClient &client : *gpu.value) {
        QJsonObject object{{QStringLiteral("driver"), QString::fromUtf8(client.drm.driver)},
                           {QStringLiteral("pdev"), QString::fromUtf8(client.drm.pdev)},
                           {QStringLiteral("clientId"), client.drm.clientId ? QJsonValue(qint64(*client.drm.clientId)) : QJsonValue(QJsonValue::Null)},
                           {QStringLiteral("descriptors"), client.descriptors}};
        QJsonArray sharedWith;
        for (const qint64 pid : client.sharedWith)
            sharedWith.append(pid);
        object.insert(QStringLiteral("sharedWith"), sharedWith);
        if (client.hasMemoryKeys()) {
            QJsonArray regions;
            for (auto it = client.drm.regions.cbegin(); it != client.drm.regions.cend(); ++it)
                regions.append(jsonGpuRegion(it.key(), it.value()));
            object.insert(QStringLiteral("regions"), regions);
        } else {
            object.insert(QStringLiteral("regions"), QJsonValue::Null);
            object.insert(QStringLiteral("unavailable"),
                          QJsonObject{{QStringLiteral("regions"),
                                       SnapshotReport::tr("the %1 driver writes no memory figures in fdinfo").arg(QString::fromUtf8(client.drm.driver))}});
        }
        clients.append(object);
    }
    QJsonObject object{{QStringLiteral("bytes"), GpuUsage::bytes(*gpu.value)},
                       {QStringLiteral("card"), GpuUsage::bytes(*gpu.value, GpuRegionKind::Card)},
                       {QStringLiteral("systemRam"), GpuUsage::bytes(*gpu.value, GpuRegionKind::SystemRam)},
                       {QStringLiteral("clients"), clients}};
    // Read in part: a descriptor's fdinfo unreadable or malformed, the rest summed.
    if (!gpu.problem.isEmpty())
        object.insert(QStringLiteral("problem"), gpu.problem);
    process.insert(QStringLiteral("gpu"), object);
}

// Every GPU: sysfs's counters, null with the reason where the driver writes none, and what the
// clients MemLens could read hold, each client once.
QJsonObject jsonGpu(const SystemSnapshot &system, const QList<ProcessRecord> &processes)
{
    const QList<GpuUsage::DeviceClients> clients = GpuUsage::byDevice(processes);
    QJsonArray devices;
    for (const GpuDevice &device : system.gpuDevices.value.value_or(QList<GpuDevice>())) {
        JsonFigures figures;
        figures.insert(QStringLiteral("card"), QString::fromUtf8(device.card));
        figures.insert(QStringLiteral("name"), device.name());
        figures.insert(QStringLiteral("driver"), QString::fromUtf8(device.driver));
        figures.insert(QStringLiteral("pdev"), QString::fromUtf8(device.pdev));
        const QString silent = device.silentCounter();
        figures.add(QStringLiteral("vramTotal"), device.vramTotal, silent);
        figures.add(QStringLiteral("vramUsed"), device.vramUsed, silent);
        figures.add(QStringLiteral("gttTotal"), device.gttTotal, silent);
        figures.add(QStringLiteral("gttUsed"), device.gttUsed, silent);
        const auto held = std::find_if(clients.cbegin(), clients.cend(), [&device](const GpuUsage::DeviceClients &c) {
            return c.belongTo(device);
        });
        const GpuUsage::DeviceClients none;
        const GpuUsage::DeviceClients &sum = held != clients.cend() ? *held : none;
        figures.insert(QStringLiteral("clients"),
                       QJsonObject{{QStringLiteral("count"), sum.clients},
                                   {QStringLiteral("withoutMemoryFigures"), sum.withoutMemoryKeys},
                                   {QStringLiteral("card"), sum.card},
                                   {QStringLiteral("systemRam"), sum.systemRam}});
        devices.append(figures.object());
    }
    const auto composition = MemoryComposition::fromSnapshot(system);
    QJsonObject gpu{{QStringLiteral("devices"), devices}};
    if (composition) {
        gpu.insert(QStringLiteral("systemRamOutsideMeminfo"), composition->part(MemoryComposition::GpuSystemRam));
        gpu.insert(QStringLiteral("systemRamClaimed"), composition->gpuClaimed);
    }
    return gpu;
}

// The ARC, or null with the reason where arcstats exists but cannot be read; absent without ZFS.
void addZfsArc(QJsonObject &system, const SystemSnapshot &snapshot)
{
    if (!snapshot.zfsArc.value) {
        if (!snapshot.zfsArc.unavailableReason.isEmpty())
            system.insert(QStringLiteral("zfsArc"), QJsonObject{{QStringLiteral("unavailable"), snapshot.zfsArc.unavailableReason}});
        return;
    }
    const ArcSize &arc = *snapshot.zfsArc.value;
    QJsonObject object{{QStringLiteral("size"), arc.size},
                       {QStringLiteral("minimum"), arc.minimum},
                       {QStringLiteral("maximum"), arc.maximum},
                       {QStringLiteral("shrinkable"), arc.shrinkable()}};
    if (const auto composition = MemoryComposition::fromSnapshot(snapshot))
        object.insert(QStringLiteral("outsideMeminfo"), composition->part(MemoryComposition::ZfsArc));
    system.insert(QStringLiteral("zfsArc"), object);
}

QByteArray csvField(const QString &text)
{
    QByteArray field = TextEscape::csvCell(text).toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n') || field.contains('\r'))
        field = '"' + field.replace("\"", "\"\"") + '"';
    return field;
}
} // namespace

std::optional<SnapshotReport::Format> SnapshotReport::formatFromName(QStringView name)
{
    if (name == u"table")
        return Format::Table;
    if (name == u"json")
        return Format::Json;
    if (name == u"csv")
        return Format::Csv;
    return std::nullopt;
}

std::optional<SnapshotReport::SortKey> SnapshotReport::sortKeyFromName(QStringView name)
{
    if (name == u"pss")
        return SortKey::Pss;
    if (name == u"rss")
        return SortKey::Rss;
    if (name == u"uss")
        return SortKey::Uss;
    if (name == u"swap")
        return SortKey::Swap;
    return std::nullopt;
}

SnapshotReport::SnapshotReport(const SystemSnapshot &system, const ProcessSnapshot &processes, SortKey sortKey, KernelThreads kernelThreads)
    : m_system(system)
    , m_processes(processes.processes)
{
    if (kernelThreads == KernelThreads::LeftOut) {
        m_kernelThreadsLeftOut = m_processes.removeIf([](const ProcessRecord &process) {
            return process.kernelThread;
        });
    }
    std::stable_sort(m_processes.begin(), m_processes.end(), [sortKey](const ProcessRecord &a, const ProcessRecord &b) {
        const auto left = sortValue(a, sortKey), right = sortValue(b, sortKey);
        if (left.has_value() != right.has_value())
            return left.has_value();
        return left && *left > *right;
    });
}

QByteArray SnapshotReport::render(Format format) const
{
    switch (format) {
    case Format::Table:
        return table();
    case Format::Json:
        return json();
    case Format::Csv:
        return csv();
    }
    return {};
}

QByteArray SnapshotReport::table() const
{
    QString out;
    const auto meminfo = [this](QByteArrayView field) {
        return m_system.meminfo.value ? m_system.meminfo.value->value(field) : std::nullopt;
    };
    const auto swapTotal = meminfo("SwapTotal"), swapFree = meminfo("SwapFree");
    const std::optional<qint64> swapUsed = swapTotal && swapFree ? std::optional<qint64>(*swapTotal - *swapFree) : std::nullopt;
    out += tr("Memory: %1 total, %2 available, %3 free, %4 in page cache; swap %5 used of %6\n")
               .arg(ByteFormat::humanOrDash(meminfo("MemTotal")),
                    ByteFormat::humanOrDash(meminfo("MemAvailable")),
                    ByteFormat::humanOrDash(meminfo("MemFree")),
                    ByteFormat::humanOrDash(meminfo("Cached")),
                    ByteFormat::humanOrDash(swapUsed),
                    ByteFormat::humanOrDash(swapTotal));
    if (!m_system.meminfo.value)
        out += tr("(%1)\n").arg(m_system.meminfo.unavailableReason);
    out += u'\n';

    // Columns and units of `smem -t`: sizes in KiB, a dash where a value is unavailable.
    const auto kib = [](std::optional<qint64> bytes) {
        return bytes ? QString::number(*bytes / 1024) : QStringLiteral("-");
    };
    const auto line =
        [](const QString &pid, const QString &user, const QString &command, const QString &swap, const QString &uss, const QString &pss, const QString &rss) {
            return QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                .arg(pid, 7)
                .arg(user.left(10), -10)
                .arg(command.left(40), -40)
                .arg(swap, 10)
                .arg(uss, 10)
                .arg(pss, 10)
                .arg(rss, 10);
        };
    out += line(tr("PID"), tr("User"), tr("Command"), tr("Swap"), tr("USS"), tr("PSS"), tr("RSS"));
    for (const ProcessRecord &process : m_processes) {
        out += line(QString::number(process.key.pid),
                    TextEscape::visible(process.user),
                    TextEscape::visible(process.displayCommand()),
                    kib(process.swap.value),
                    kib(process.uss()),
                    kib(process.pss()),
                    kib(process.rss.value));
    }
    const Totals totals = totalsOf(m_processes);
    out += QString(80 + 8, u'-') + u'\n';
    out += line(QString::number(m_processes.size()), QString(), tr("(total, KiB)"), kib(totals.swap), kib(totals.uss), kib(totals.pss), kib(totals.rss));
    out += u'\n';
    out += tr("RSS − PSS overcount: %1. Summing RSS counts every shared page once for each process that maps it; PSS splits it among them, so its sum is the "
              "memory really in use.\n")
               .arg(ByteFormat::human(totals.rssOfThoseWithPss - totals.pss));
    if (totals.withoutPss > 0)
        out += tr("Processes whose PSS and USS could not be read: %1 (permission denied: another user's process, or one the kernel protects). They are shown "
                  "as '-' and left out of those totals.\n")
                   .arg(totals.withoutPss);
    if (m_kernelThreadsLeftOut > 0)
        out += tr("Kernel threads left out: %1. They have no user-space memory; --kernel-threads lists them.\n").arg(m_kernelThreadsLeftOut);
    return out.toUtf8();
}

QByteArray SnapshotReport::json() const
{
    QJsonObject system;
    if (m_system.meminfo.value) {
        for (const NamedValue &field : m_system.meminfo.value->list())
            system.insert(QString::fromLatin1(field.name), field.value);
    } else {
        system.insert(QStringLiteral("meminfoUnavailable"), m_system.meminfo.unavailableReason);
    }
    QJsonObject vmstat;
    const NamedValues counters = m_system.vmstat.value.value_or(NamedValues()); // a named copy: list() refers into it
    for (const NamedValue &counter : counters.list())
        vmstat.insert(QString::fromLatin1(counter.name), counter.value);
    system.insert(QStringLiteral("vmstat"), vmstat);
    system.insert(QStringLiteral("pressure"), jsonPressure(m_system.memoryPressure));
    QJsonArray swaps;
    for (const SwapDevice &device : m_system.swaps.value.value_or(QList<SwapDevice>())) {
        swaps.append(QJsonObject{{QStringLiteral("path"), device.path},
                                 {QStringLiteral("type"), QString::fromLatin1(device.type)},
                                 {QStringLiteral("size"), device.sizeBytes},
                                 {QStringLiteral("used"), device.usedBytes},
                                 {QStringLiteral("priority"), device.priority}});
    }
    system.insert(QStringLiteral("swaps"), swaps);
    system.insert(QStringLiteral("transparentHugepage"),
                  QJsonObject{{QStringLiteral("enabled"), jsonThp(m_system.thpEnabled)}, {QStringLiteral("defrag"), jsonThp(m_system.thpDefrag)}});
    QJsonObject tunables;
    for (const VmTunable &tunable : m_system.tunables)
        tunables.insert(QString::fromLatin1(tunable.name), tunable.value.value ? QJsonValue(*tunable.value.value) : QJsonValue(QJsonValue::Null));
    system.insert(QStringLiteral("vm"), tunables);
    JsonFigures kernelMemory;
    addCounters(kernelMemory,
                m_system.meminfo,
                QStringLiteral("/proc/meminfo"),
                {"Slab", "SReclaimable", "SUnreclaim", "KernelStack", "PageTables", "SecPageTables", "VmallocUsed", "Percpu", "HardwareCorrupted"});
    system.insert(QStringLiteral("kernelMemory"), kernelMemory.object());
    system.insert(QStringLiteral("hugePages"), jsonHugePages(m_system));
    system.insert(QStringLiteral("ksm"), jsonKsm(m_system.ksm));
    system.insert(QStringLiteral("dirty"), jsonDirty(m_system));
    system.insert(QStringLiteral("overcommit"), jsonOvercommit(m_system));
    system.insert(QStringLiteral("numaNodes"), jsonNuma(m_system));
    system.insert(QStringLiteral("sharedMemory"), jsonSharedMemory(m_system.sharedMemory));
    system.insert(QStringLiteral("gpu"), jsonGpu(m_system, m_processes));
    addZfsArc(system, m_system);

    QJsonArray processes;
    for (const ProcessRecord &process : m_processes) {
        QJsonObject unavailable;
        const auto note = [&](const char *name, const QString &reason, bool has) {
            if (!has)
                unavailable.insert(QLatin1StringView(name), reason);
        };
        note("rss", process.rss.unavailableReason, process.rss.available());
        note("swap", process.swap.unavailableReason, process.swap.available());
        note("pss", process.smaps.unavailableReason, process.pss().has_value());
        note("uss", process.smaps.unavailableReason, process.uss().has_value());
        QJsonObject object{
            {QStringLiteral("pid"), process.key.pid},
            {QStringLiteral("startTime"), qint64(process.key.startTime)},
            {QStringLiteral("ppid"), process.ppid},
            {QStringLiteral("user"), process.user},
            {QStringLiteral("uid"), qint64(process.uid)},
            {QStringLiteral("name"), process.name},
            {QStringLiteral("command"), process.displayCommand()},
            {QStringLiteral("rss"), jsonBytes(process.rss.value)},
            {QStringLiteral("pss"), jsonBytes(process.pss())},
            {QStringLiteral("uss"), jsonBytes(process.uss())},
            {QStringLiteral("swap"), jsonBytes(process.swap.value)},
            {QStringLiteral("swapPss"), jsonBytes(process.swapPss())},
            {QStringLiteral("shared"), jsonBytes(process.shared())},
            {QStringLiteral("oomScore"), jsonBytes(process.oomScore.value)},
            {QStringLiteral("oomScoreAdj"), jsonBytes(process.oomScoreAdj.value)},
            {QStringLiteral("cgroup"), process.cgroup},
        };
        addGpu(object, unavailable, process.gpu);
        if (!unavailable.isEmpty())
            object.insert(QStringLiteral("unavailable"), unavailable);
        processes.append(object);
    }
    const Totals totals = totalsOf(m_processes);
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("memlens-snapshot")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("sampledAt"), QDateTime::fromMSecsSinceEpoch(m_system.sampledAtMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("system"), system},
        {QStringLiteral("processes"), processes},
        {QStringLiteral("totals"),
         QJsonObject{{QStringLiteral("rss"), totals.rss},
                     {QStringLiteral("pss"), totals.pss},
                     {QStringLiteral("uss"), totals.uss},
                     {QStringLiteral("swap"), totals.swap},
                     {QStringLiteral("rssMinusPss"), totals.rssOfThoseWithPss - totals.pss},
                     {QStringLiteral("processesWithoutPss"), totals.withoutPss},
                     {QStringLiteral("kernelThreadsLeftOut"), m_kernelThreadsLeftOut}}},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray SnapshotReport::csv() const
{
    QByteArray out = "pid,user,name,command,swap,uss,pss,rss\n";
    const auto bytes = [](std::optional<qint64> value) {
        return value ? QByteArray::number(*value) : QByteArray();
    };
    for (const ProcessRecord &process : m_processes) {
        out += QByteArray::number(process.key.pid) + ',' + csvField(process.user) + ',' + csvField(process.name) + ',' + csvField(process.displayCommand())
            + ',' + bytes(process.swap.value) + ',' + bytes(process.uss()) + ',' + bytes(process.pss()) + ',' + bytes(process.rss.value) + '\n';
    }
    return out;
}
