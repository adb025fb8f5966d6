// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Hostile trees: copies of a captured /proc + /sys tree with one thing broken the way a disk, an
// interrupted capture or another kernel breaks it, read by the real samplers. Every figure they
// produce is compared with the pristine tree's: a figure shown must be the pristine one exactly,
// a figure lost must say why, and nothing outside the damaged file may change. So a damaged file
// shows as partial data with a reason, never as a crash, a hang, a wrapped number or a zero.
#include "model/modelroles.h"
#include "model/processmodel.h"
#include "read/cgroupreader.h"
#include "snapshot/memorycomposition.h"
#include "support/fixtures.h"

#include <QRegularExpression>
#include <QTest>

#include <cstring>
#include <functional>

#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace
{

// A figure as the application would show it: its value as text, or none, and why: the reason
// it is missing, or the problem with the file it came from.
struct Figure {
    std::optional<QString> value;
    QString why;
};

// Figures by name: "meminfo: MemTotal", "pid 1170 rss", "pid 1170 PSS" (a process table cell),
// "cgroup /process_api max". What comes before ": " is the reading a figure belongs to; a field
// shares its reading's why.
using Figures = QMap<QString, Figure>;

QString readingOf(const QString &name)
{
    const qsizetype colon = name.indexOf(u": "_s);
    return colon < 0 ? name : name.first(colon);
}

template<typename T, typename Text>
void add(Figures &figures, const QString &name, const Reading<T> &reading, Text text)
{
    figures.insert(name,
                   {reading.value ? std::optional(text(*reading.value)) : std::nullopt, reading.available() ? reading.problem : reading.unavailableReason});
}

QString number(qint64 value)
{
    return QString::number(value);
}

QString listed(const auto &)
{
    return u"read"_s;
}

void addNamed(Figures &figures, const QString &name, const Reading<NamedValues> &reading)
{
    add(figures, name, reading, listed<NamedValues>);
    const NamedValues values = reading.value.value_or(NamedValues()); // list() refers into it
    for (const NamedValue &field : values.list()) {
        const QString unit = field.unit == NamedValue::Unit::Bytes ? u" bytes"_s : QString();
        figures.insert(name + u": "_s + QString::fromLatin1(field.name), {number(field.value) + unit, reading.problem});
    }
}

QString pressureText(const Pressure &pressure)
{
    QString text;
    for (const auto &line : {pressure.some, pressure.full}) {
        if (line)
            text += u"%1 %2 %3 %4; "_s.arg(line->avg10).arg(line->avg60).arg(line->avg300).arg(line->totalMicroseconds);
    }
    return text;
}

QString limitText(const MemoryLimit &limit)
{
    return limit.unlimited ? u"max"_s : number(limit.bytes);
}

Figures systemFigures(const SystemSnapshot &system)
{
    Figures figures;
    addNamed(figures, u"meminfo"_s, system.meminfo);
    // What the overview draws from meminfo, so a field lost there cannot turn into a wrong bar.
    const NamedValues meminfo = system.meminfo.value.value_or(NamedValues());
    const auto composition = MemoryComposition::fromMeminfo(meminfo);
    QStringList parts;
    for (const qint64 part : composition ? composition->parts : decltype(composition->parts){})
        parts.append(number(part));
    const QString why = figures.value(u"meminfo"_s).why;
    figures.insert(u"meminfo: (composition)"_s, {composition ? std::optional(parts.join(u' ')) : std::nullopt, why});
    const auto used = MemoryHeadline::fromMeminfo(meminfo).value_or(MemoryHeadline()).used;
    figures.insert(u"meminfo: (used)"_s, {used ? std::optional(number(*used)) : std::nullopt, why});

    addNamed(figures, u"vmstat"_s, system.vmstat);
    add(figures, u"memory pressure"_s, system.memoryPressure, pressureText);
    add(figures, u"swaps"_s, system.swaps, [](const QList<SwapDevice> &devices) {
        QStringList text;
        for (const SwapDevice &device : devices)
            text.append(u"%1 %2 %3 %4"_s.arg(device.path).arg(device.sizeBytes).arg(device.usedBytes).arg(device.priority));
        return text.join(u", "_s);
    });
    const auto choice = [](const ThpChoice &thp) {
        return QString::fromLatin1(thp.selected + " of " + thp.offered.join(' '));
    };
    add(figures, u"thp enabled"_s, system.thpEnabled, choice);
    add(figures, u"thp defrag"_s, system.thpDefrag, choice);
    for (const VmTunable &tunable : system.tunables)
        add(figures, u"vm."_s + QString::fromLatin1(tunable.name), tunable.value, number);
    add(figures, u"zram"_s, system.zram, [](const QList<ZramDevice> &devices) {
        return number(devices.size());
    });
    return figures;
}

void addProcesses(Figures &figures, const ProcessSnapshot &snapshot, ProcessSampler &sampler)
{
    figures.insert(u"processes: smaps source"_s, {snapshot.smapsSource, {}});
    for (const ProcessRecord &process : snapshot.processes) {
        const QString pid = u"pid "_s + number(process.key.pid);
        const QString identity = u"%1 (%2) %3 ppid %4, %5 threads, cgroup %6: %7"_s.arg(number(process.key.startTime), process.name)
                                     .arg(QLatin1Char(process.state))
                                     .arg(process.ppid)
                                     .arg(process.threads)
                                     .arg(process.cgroup, process.commandLine.join(u' '));
        figures.insert(pid, {identity, {}});
        // Empty when status gave no Uid.
        figures.insert(pid + u" user"_s, {process.user.isEmpty() ? std::nullopt : std::optional(process.user), {}});
        add(figures, pid + u" rss"_s, process.rss, number);
        add(figures, pid + u" swap"_s, process.swap, number);
        add(figures, pid + u" oom_score"_s, process.oomScore, number);
        add(figures, pid + u" oom_score_adj"_s, process.oomScoreAdj, number);
        add(figures, pid + u" smaps"_s, process.smaps, listed<SmapsCounters>);
        for (int field = 0; field < SmapsCounters::FieldCount; ++field) {
            if (const auto value = process.smaps.value ? process.smaps.value->value(SmapsCounters::Field(field)) : std::nullopt)
                figures.insert(pid + u" smaps: "_s + number(field), {number(*value), process.smaps.problem});
        }
        // The cells of the process table, with the reason its tooltip gives for a dash.
        for (const auto &[column, header] : {std::pair{ProcessModel::RssColumn, "RSS"},
                                             {ProcessModel::PssColumn, "PSS"},
                                             {ProcessModel::UssColumn, "USS"},
                                             {ProcessModel::SwapColumn, "Swap"},
                                             {ProcessModel::SharedColumn, "Shared"}}) {
            const ByteCell cell = ProcessModel::figure(process, column);
            figures.insert(pid + u' ' + QLatin1StringView(header),
                           {cell.bytes ? std::optional(number(*cell.bytes)) : std::nullopt, cell.data(ModelRoles::UnavailableReasonRole).toString()});
        }
        const MappingSnapshot mappings = sampler.sampleMappings(process.key);
        add(figures, pid + u" mappings"_s, mappings.mappings, [&](const QList<Mapping> &list) {
            for (const Mapping &mapping : list) {
                const QString name = pid + u" mappings: "_s + QString::number(mapping.start, 16);
                const QString text =
                    u"%1 %2 %3"_s.arg(mapping.path).arg(mapping.counters.value(SmapsCounters::Rss).value_or(-1)).arg(mapping.end - mapping.start);
                figures.insert(name, {text, mappings.mappings.problem});
            }
            return u"read"_s;
        });
    }
}

void addCgroups(Figures &figures, const CgroupSnapshot &snapshot)
{
    const bool found = snapshot.version != CgroupSnapshot::Version::None;
    figures.insert(u"cgroups"_s, {found ? std::optional(snapshot.mountPoint) : std::nullopt, snapshot.unavailableReason});
    for (const CgroupRecord &cgroup : snapshot.cgroups) {
        const QString name = u"cgroup "_s + cgroup.path;
        add(figures, name + u" current"_s, cgroup.current, number);
        add(figures, name + u" max"_s, cgroup.max, limitText);
        add(figures, name + u" high"_s, cgroup.high, limitText);
        add(figures, name + u" low"_s, cgroup.low, limitText);
        add(figures, name + u" min"_s, cgroup.min, limitText);
        add(figures, name + u" swap"_s, cgroup.swapCurrent, number);
        addNamed(figures, name + u" stat"_s, cgroup.stat);
        addNamed(figures, name + u" events"_s, cgroup.events);
        add(figures, name + u" pressure"_s, cgroup.pressure, pressureText);
    }
}

// Everything the samplers make of a tree: system, a full process pass with every process's
// mappings, and cgroups.
Figures figuresOf(const QString &root)
{
    Figures figures = systemFigures(SystemSampler(SysRoot(root)).sample());
    ProcessSampler sampler{SysRoot(root)};
    addProcesses(figures, sampler.sample(), sampler);
    addCgroups(figures, CgroupReader(SysRoot(root)).read());
    return figures;
}

// How a row breaks a copied tree; false when the fixture is not what the row expects.
using Damage = std::function<bool(const QDir &root)>;

Damage edit(const char *path, std::function<QByteArray(QByteArray)> change)
{
    return [=](const QDir &root) {
        QFile file(root.filePath(QLatin1StringView(path)));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QByteArray text = change(file.readAll());
        file.close();
        return !text.isNull() && file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
    };
}

Damage replace(const char *path, const QByteArray &from, const QByteArray &to)
{
    return edit(path, [=](const QByteArray &text) {
        return Fixtures::replaced(text, from, to);
    });
}

// The file ends right after `kept`, in the middle of its line: a copy or a disk that stopped.
Damage cutAfter(const char *path, const QByteArray &kept)
{
    return edit(path, [=](const QByteArray &text) {
        const qsizetype at = text.indexOf(kept);
        return at < 0 ? QByteArray() : text.first(at + kept.size());
    });
}

Damage remove(const QStringList &paths)
{
    return [=](const QDir &root) {
        for (const QString &path : paths) {
            const QFileInfo info(root.filePath(path));
            if (info.isDir() ? !QDir(info.filePath()).removeRecursively() : !QFile::remove(info.filePath()))
                return false;
        }
        return true;
    };
}

Damage linkTo(const char *path, const char *target)
{
    return [=](const QDir &root) {
        const QString link = root.filePath(QLatin1StringView(path));
        const QFileInfo info(link);
        if (info.isDir() ? !QDir(link).removeRecursively() : (info.exists() && !QFile::remove(link)))
            return false;
        return ::symlink(target, QFile::encodeName(link).constData()) == 0;
    };
}

Damage both(Damage first, Damage second)
{
    return [=](const QDir &root) {
        return first(root) && second(root);
    };
}

QByteArray tenMiB(char c)
{
    return QByteArray(10 * 1024 * 1024, c);
}

const QString loop = QString::fromLocal8Bit(std::strerror(ELOOP));

} // namespace

Q_DECLARE_METATYPE(Damage)

class TestHostileTrees : public QObject
{
    Q_OBJECT

    // Names matching any of the patterns; a pattern that matches nothing is a row that checks
    // nothing, and is reported in `unmatched`.
    static QStringList matching(const Figures &figures, const QStringList &patterns, QStringList &unmatched)
    {
        QStringList names;
        for (const QString &pattern : patterns) {
            const QRegularExpression expression(QRegularExpression::anchoredPattern(pattern));
            const qsizetype before = names.size();
            for (const QString &name : figures.keys()) {
                if (expression.match(name).hasMatch())
                    names.append(name);
            }
            if (names.size() == before)
                unmatched.append(pattern);
        }
        return names;
    }

    // The rules every damaged tree must keep, against the pristine tree's figures. `changing`
    // names the figures a kernel variant reads from another file, or does not have.
    void compare(const Figures &damaged, const QStringList &touched, const QStringList &changing)
    {
        Figures all = m_pristine;
        all.insert(damaged);
        QSet<QString> touchedReadings;
        for (const QString &name : touched)
            touchedReadings.insert(readingOf(name));
        for (const QString &name : all.keys()) {
            const Figure before = m_pristine.value(name);
            // A field missing from a reading that was read shares that reading's why.
            const Figure now = damaged.value(name, Figure{std::nullopt, damaged.value(readingOf(name)).why});
            if (now.value && !changing.contains(name))
                QVERIFY2(now.value == before.value,
                         qPrintable(name + u": "_s + *now.value + u" where the pristine tree gives "_s + before.value.value_or(u"nothing"_s)));
            if (!now.value && before.value && !touched.contains(name) && !changing.contains(name))
                QVERIFY2(!now.why.isEmpty(), qPrintable(name + u" was lost without a reason"_s));
            if (!touchedReadings.contains(readingOf(name)))
                QVERIFY2(now.why == before.why, qPrintable(name + u" gained \""_s + now.why + u'"'));
            QVERIFY2(now.why.size() < 500, qPrintable(name + u": a reason of %1 characters"_s.arg(now.why.size())));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pristineTree.isValid() && Fixtures::copyTree("linux-6.18", m_pristineTree));
        m_pristine = figuresOf(m_pristineTree.path());
    }

    void damagedTree_data()
    {
        QTest::addColumn<Damage>("damage");
        // Figures that must say why (a reason, or the problem of a partly read file).
        QTest::addColumn<QStringList>("flagged");
        // Figures that must be missing: not a zero, not the last good value.
        QTest::addColumn<QStringList>("absent");
        // A phrase every flagged figure's why must hold.
        QTest::addColumn<QString>("because");
        // Figures a kernel variant reads from another file or lacks: they may differ or be missing.
        QTest::addColumn<QStringList>("changing");

        const QStringList none;
        const auto row = [&](const char *name, const Damage &damage, const QStringList &flagged, const QStringList &absent = {}, const QString &because = {}) {
            QTest::addRow("%s", name) << damage << flagged << absent << because << none;
        };

        // Truncated: the last line stops in the middle of a number.
        row("meminfo cut mid-number", cutAfter("proc/meminfo", "MemAvailable:   2436"), {u"meminfo: MemAvailable"_s}, {}, u"cut short"_s);
        row("vmstat cut mid-number", cutAfter("proc/vmstat", "pgfault 920"), {u"vmstat: pgfault"_s}, {}, u"cut short"_s);
        row("smaps_rollup cut mid-number",
            cutAfter("proc/1170/smaps_rollup", "Pss:                13"),
            {u"pid 1170 (smaps|PSS|USS|Shared)"_s},
            {},
            u"cut short"_s);
        row("status cut in the name", cutAfter("proc/1/status", "Name:\tproc"), {u"pid 1 (rss|swap|RSS|Swap)"_s}, {u"pid 1 user"_s}, u"cut short"_s);
        row("status cut mid-number", cutAfter("proc/1/status", "VmRSS:\t   104"), {u"pid 1 (rss|swap|RSS|Swap)"_s}, {}, u"cut short"_s);
        row("sysctl cut mid-number", cutAfter("proc/sys/vm/swappiness", "6"), {u"vm.swappiness"_s}, {}, u"cut short"_s);
        row("cgroup limit cut mid-number",
            cutAfter("sys/fs/cgroup/memory/process_api/memory.limit_in_bytes", "92233720"),
            {u"cgroup /process_api max"_s},
            {},
            u"cut short"_s);
        row("smaps cut in a path", cutAfter("proc/1170/smaps", "/usr/lib/locale/C.utf8/LC_TI"), {u"pid 1170 mappings"_s}, {}, u"cut short"_s);

        // Garbage bytes: NUL, invalid UTF-8, control characters.
        row("meminfo garbage line", replace("proc/meminfo", "MemAvailable", QByteArray("Mem\0Fr\xff\xfe:\t\x01\xc3 kB\nMemAvailable", 29)), {u"meminfo"_s});
        row("meminfo NUL inside a number",
            replace("proc/meminfo",
                    "24387028 kB",
                    QByteArray("2438\0"
                               "7028 kB",
                               12)),
            {u"meminfo: MemFree"_s});
        row("vmstat garbage line", replace("proc/vmstat", "pgfault", "\xff\xfe\x7f\npgfault"), {u"vmstat"_s});
        row("status garbage in VmRSS",
            replace("proc/1/status",
                    "10460 kB",
                    "10\xff"
                    "460 kB"),
            {u"pid 1 (rss|swap|RSS)"_s});
        row("smaps_rollup garbage line", replace("proc/1170/smaps_rollup", "Rss:", QByteArray("\0\0\xff\xfe garbage\nRss:", 18)), {u"pid 1170 smaps"_s});
        row("pressure garbage",
            replace("proc/pressure/memory",
                    "some avg10=0.00",
                    "some avg10=0.\xff"
                    "00"),
            {u"memory pressure"_s});
        row("thp choice garbage", replace("sys/kernel/mm/transparent_hugepage/enabled", "madvise", QByteArray("mad\0vise", 8)), {u"thp enabled"_s});
        row("cgroup memory.stat garbage", replace("sys/fs/cgroup/memory/process_api/memory.stat", "rss ", "\xc3\x28\nrss "), {u"cgroup /process_api stat"_s});
        row("stat garbage in a number",
            replace("proc/1170/stat",
                    " S 1169 ",
                    " S 11\xff"
                    "69 "),
            {},
            {u"pid 1170.*"_s});

        // A 10 MiB line: read within FileReader's cap, refused by the parser, quoted short.
        row("meminfo 10 MiB line", replace("proc/meminfo", "MemAvailable", "Huge: " + tenMiB('x') + " kB\nMemAvailable"), {u"meminfo"_s});
        row("smaps_rollup 10 MiB number",
            replace("proc/1170/smaps_rollup", "Pss:                1338", "Pss:                1338" + tenMiB('7')),
            {u"pid 1170 (smaps|PSS)"_s});
        row("status 10 MiB line", replace("proc/1/status", "VmRSS", tenMiB('V') + "\nVmRSS"), {});
        // Endless: only the cap stops the read.
        row("vmstat endless", linkTo("proc/vmstat", "/dev/zero"), {u"vmstat"_s}, {}, u"larger than"_s);

        // Fields missing: absent, never a zero.
        row("meminfo without MemAvailable", replace("proc/meminfo", "MemAvailable:   24360884 kB\n", ""), {}, {u"meminfo: (MemAvailable|\\(used\\))"_s});
        row("meminfo without Cached", replace("proc/meminfo", "Cached:            24392 kB\n", ""), {}, {u"meminfo: (Cached|\\(composition\\))"_s});
        row("status without VmRSS", replace("proc/1/status", "VmRSS:\t   10460 kB\n", ""), {u"pid 1 (rss|RSS)"_s}, {}, u"VmRSS"_s);
        row("smaps_rollup without Pss", replace("proc/1170/smaps_rollup", "Pss:                1338 kB\n", ""), {u"pid 1170 (smaps|PSS)"_s});

        // Fields twice with different values: the first is kept and the file is reported.
        row("meminfo MemTotal twice", replace("proc/meminfo", "MemFree:", "MemTotal:       99999 kB\nMemFree:"), {u"meminfo: MemTotal"_s});
        row("vmstat pgfault twice", replace("proc/vmstat", "pgfault 92086123\n", "pgfault 92086123\npgfault 1\n"), {u"vmstat: pgfault"_s});
        row("smaps_rollup Pss twice", replace("proc/1170/smaps_rollup", "Pss_Dirty:", "Pss:                   1 kB\nPss_Dirty:"), {u"pid 1170 smaps"_s});
        row("status VmRSS twice", replace("proc/1/status", "RssAnon:", "VmRSS:\t       1 kB\nRssAnon:"), {u"pid 1 (rss|swap)"_s});
        row("pressure some twice", replace("proc/pressure/memory", "full", "some avg10=9.00 avg60=0.00 avg300=0.00 total=9\nfull"), {u"memory pressure"_s});
        row("cgroup memory.stat twice",
            replace("sys/fs/cgroup/memory/process_api/memory.stat", "rss 0\n", "rss 0\nrss 4096\n"),
            {u"cgroup /process_api stat"_s});

        // Numbers over 64 bits, or over 64 bits once in bytes: refused, never wrapped.
        row("meminfo number over 64 bits", replace("proc/meminfo", "24684084 kB", "99999999999999999999 kB"), {u"meminfo: (MemTotal|\\(composition\\))"_s});
        row("meminfo kB over 64 bits in bytes", replace("proc/meminfo", "24387028 kB", "18014398509481984 kB"), {u"meminfo: MemFree"_s});
        row("vmstat 2^63", replace("proc/vmstat", "pgfault 92086123", "pgfault 9223372036854775808"), {u"vmstat: pgfault"_s});
        row("vmstat 2^64", replace("proc/vmstat", "pgfault 92086123", "pgfault 18446744073709551616"), {u"vmstat: pgfault"_s});
        row("smaps_rollup Pss over 64 bits", replace("proc/1170/smaps_rollup", "1338 kB", "99999999999999999999 kB"), {u"pid 1170 (smaps|PSS)"_s});
        row("status VmRSS over 64 bits", replace("proc/1/status", "10460 kB", "99999999999999999999 kB"), {u"pid 1 (rss|swap|RSS)"_s});
        row("stat ppid over 64 bits", replace("proc/1170/stat", " S 1169 ", " S 99999999999999999999 "), {}, {u"pid 1170.*"_s});
        row("sysctl over 64 bits", replace("proc/sys/vm/swappiness", "60", "99999999999999999999"), {u"vm.swappiness"_s});
        row("cgroup usage over 64 bits",
            replace("sys/fs/cgroup/memory/process_api/memory.usage_in_bytes", "193097728", "99999999999999999999"),
            {u"cgroup /process_api current"_s});
        row("pressure total over 64 bits", replace("proc/pressure/memory", "total=0", "total=99999999999999999999"), {u"memory pressure"_s});
        row("swaps size over 64 bits",
            edit("proc/swaps",
                 [](const QByteArray &text) {
                     return text + "/swapfile\tfile\t\t99999999999999999999\t0\t\t-2\n";
                 }),
            {u"swaps"_s});

        // Symbolic link loops: ELOOP, said as such, never a hang.
        row("smaps_rollup links to itself", linkTo("proc/1170/smaps_rollup", "smaps_rollup"), {u"pid 1170 (smaps|PSS|USS|Shared)"_s}, {}, loop);
        row("meminfo links to itself", linkTo("proc/meminfo", "meminfo"), {u"meminfo"_s}, {}, loop);
        row("cgroup directory loop", linkTo("sys/fs/cgroup/memory/process_api/loop", ".."), {});
        row("a /proc entry that links to itself", linkTo("proc/4242", "4242"), {});

        // Files that vanish between listing /proc and reading them: the process is dropped.
        row("process with only its stat left",
            remove({u"proc/23160/status"_s, u"proc/23160/cmdline"_s, u"proc/23160/smaps_rollup"_s, u"proc/23160/smaps"_s}),
            {},
            {u"pid 23160.*"_s});

        // Kernel variants.
        QTest::addRow("no smaps_rollup") << remove({u"proc/1170/smaps_rollup"_s, u"proc/23158/smaps_rollup"_s, u"proc/23160/smaps_rollup"_s}) << none << none
                                         << QString() << QStringList{u"processes: smaps source"_s, u"pid \\d+ (smaps: .*|PSS)"_s};
        row("no PSI", remove({u"proc/pressure"_s, u"sys/fs/cgroup/unified/memory.pressure"_s}), {u"memory pressure"_s}, {}, u"does not exist"_s);
        row("cgroup v1 only",
            both(remove({u"sys/fs/cgroup/unified"_s}),
                 [](const QDir &root) {
                     for (const char *path : {"proc/1/cgroup", "proc/2/cgroup", "proc/1170/cgroup", "proc/23158/cgroup", "proc/23160/cgroup"}) {
                         if (!replace(path, "0::/\n", "")(root))
                             return false;
                     }
                     return true;
                 }),
            {});
        row("no swap support", remove({u"proc/swaps"_s}), {u"swaps"_s}, {}, u"does not exist"_s);
        row("no THP",
            both(remove({u"sys/kernel/mm/transparent_hugepage"_s}),
                 edit("proc/meminfo",
                      [](QByteArray text) {
                          for (const char *line : {"AnonHugePages:         0 kB\n", "ShmemHugePages:        0 kB\n", "ShmemPmdMapped:        0 kB\n"})
                              text = Fixtures::replaced(text, line, {});
                          return text;
                      })),
            {u"thp (enabled|defrag)"_s},
            {u"meminfo: (AnonHugePages|ShmemHugePages|ShmemPmdMapped)"_s});
    }

    void damagedTree()
    {
        QFETCH(Damage, damage);
        QFETCH(QStringList, flagged);
        QFETCH(QStringList, absent);
        QFETCH(QString, because);
        QFETCH(QStringList, changing);

        QTemporaryDir tree;
        QVERIFY(tree.isValid() && Fixtures::copyTree("linux-6.18", tree));
        // A sampler that has already seen the pristine tree, as on a live system where the damage
        // comes between ticks.
        ProcessSampler ticking{SysRoot(tree.path())};
        ticking.sampleIncremental(1000);
        QVERIFY(damage(QDir(tree.path())));

        const Figures damaged = figuresOf(tree.path());
        Figures anyTree = m_pristine;
        anyTree.insert(damaged);
        QStringList unmatched;
        const QStringList flaggedNames = matching(anyTree, flagged, unmatched);
        const QStringList absentNames = matching(anyTree, absent, unmatched);
        const QStringList changingNames = matching(anyTree, changing, unmatched);
        QVERIFY2(unmatched.isEmpty(), qPrintable(u"no figure matches "_s + unmatched.join(u", "_s)));
        for (const QString &name : flaggedNames) {
            const QString why = damaged.value(name, Figure{std::nullopt, damaged.value(readingOf(name)).why}).why;
            QVERIFY2(!why.isEmpty(), qPrintable(name + u" does not say what is wrong"_s));
            QVERIFY2(why.contains(because), qPrintable(name + u": "_s + why));
        }
        for (const QString &name : absentNames)
            QVERIFY2(!damaged.value(name).value, qPrintable(name + u" is still shown"_s));
        compare(damaged, flaggedNames + absentNames, changingNames);

        // The next ticks on the sampler that saw the tree before: whatever it keeps or reads
        // afresh keeps the same rules.
        for (int tick = 0; tick < 2; ++tick) {
            Figures incremental = damaged;
            incremental.removeIf([](const auto &it) {
                return it.key().startsWith(u"pid "_s) || it.key().startsWith(u"processes"_s);
            });
            addProcesses(incremental, tick == 0 ? ticking.sampleIncremental(1000) : ticking.sample(), ticking);
            compare(incremental, flaggedNames + absentNames, changingNames);
        }
    }

    // A process that ends after /proc was listed and before its files are read is dropped, and
    // its mappings are refused rather than read from whatever holds the pid next.
    void processVanishesAfterListing()
    {
        QTemporaryDir tree;
        QVERIFY(tree.isValid() && Fixtures::copyTree("linux-6.18", tree));
        ProcessReader reader{SysRoot(tree.path())};
        const auto child = reader.read(23160);
        QVERIFY(child);
        QVERIFY(reader.pids().contains(23160));
        QVERIFY(QDir(tree.filePath(u"proc/23160"_s)).removeRecursively());
        QVERIFY(!reader.read(23160));
        const auto mappings = reader.readMappings(child->key);
        QVERIFY(!mappings.available());
        QVERIFY(!mappings.unavailableReason.isEmpty());
    }

private:
    QTemporaryDir m_pristineTree;
    Figures m_pristine;
};

QTEST_GUILESS_MAIN(TestHostileTrees)
#include "tst_hostiletrees.moc"
