// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "smapsparser.h"

#include "octalescape.h"
#include "textscan.h"

namespace
{

// "Rss:   12 kB" -> counter; "VmFlags: rd ex", "THPeligible: 0" and counters we do not model are
// skipped. Returns false for a name that is not printable, a counter we model whose value is
// not "N kB", or one this entry already had (the first is kept, as in the other parsers).
bool readCounter(const TextScan::KeyValue &field, SmapsCounters &counters)
{
    if (!TextScan::isPrintableName(field.key))
        return false;
    const auto which = SmapsCounters::fieldFromName(field.key);
    if (!which)
        return true;
    if (counters.has(*which))
        return false;
    const auto bytes = TextScan::kibibytesToBytes(field.value);
    if (!bytes)
        return false;
    counters.set(*which, *bytes);
    return true;
}

Mapping::Kind kindOf(const QString &path, qint64 inode)
{
    if (path.isEmpty())
        return Mapping::Kind::Anonymous;
    // Checked before the inode: the kernel writes [anon_shmem:name] in place of the path of a named
    // MAP_SHARED|MAP_ANONYMOUS mapping, whose header keeps the shmem file's device and inode.
    if (path.startsWith(u"[anon:") || path.startsWith(u"[anon_shmem:"))
        return Mapping::Kind::NamedAnonymous;
    if (!path.startsWith(u'[') || inode != 0)
        return Mapping::Kind::File;
    if (path == u"[heap]")
        return Mapping::Kind::Heap;
    if (path == u"[stack]")
        return Mapping::Kind::Stack;
    if (path == u"[vdso]" || path == u"[vvar]" || path == u"[vsyscall]" || path == u"[vvar_vclock]")
        return Mapping::Kind::Kernel;
    return Mapping::Kind::OtherPseudo;
}

// "7f3a1c000000-7f3a1c021000 rw-p 00000000 00:00 0    [anon:name]"
std::optional<Mapping> parseHeader(QByteArrayView line)
{
    QByteArrayView rest = line;
    const QByteArrayView range = TextScan::nextToken(rest);
    const qsizetype dash = range.indexOf('-');
    if (dash <= 0)
        return std::nullopt;
    Mapping mapping;
    const auto start = TextScan::toUInt64(range.first(dash), 16);
    const auto end = TextScan::toUInt64(range.sliced(dash + 1), 16);
    mapping.permissions = TextScan::nextToken(rest).toByteArray();
    const auto offset = TextScan::toUInt64(TextScan::nextToken(rest), 16);
    mapping.device = TextScan::nextToken(rest).toByteArray();
    const auto inode = TextScan::toUInt64(TextScan::nextToken(rest));
    if (!start || !end || *end < *start || mapping.permissions.size() != 4 || !offset || !mapping.device.contains(':') || !inode)
        return std::nullopt;
    mapping.start = *start;
    mapping.end = *end;
    mapping.offset = *offset;
    mapping.inode = *inode;

    // The path is the rest of the line after the padding; it may contain spaces.
    QByteArrayView path = rest.trimmed();
    constexpr QByteArrayView deletedSuffix = " (deleted)";
    if (path.endsWith(deletedSuffix)) {
        mapping.deleted = true;
        path.chop(deletedSuffix.size());
    }
    mapping.path = unescapeOctal(path);
    mapping.kind = kindOf(mapping.path, qint64(mapping.inode));
    return mapping;
}

bool isHeaderLine(QByteArrayView line)
{
    QByteArrayView rest = line;
    const QByteArrayView first = TextScan::nextToken(rest);
    return !first.endsWith(':') && first.contains('-');
}

} // namespace

ParseResult<QList<Mapping>> parseSmaps(QByteArrayView text)
{
    ParseResult<QList<Mapping>> result;
    bool stopped = false;
    TextScan::forEachLine(text, [&](QByteArrayView line, int number) {
        if (stopped || line.trimmed().isEmpty())
            return;
        if (isHeaderLine(line)) {
            auto mapping = parseHeader(line);
            if (!mapping) {
                result.error = TextScan::lineError(number, QStringLiteral("not a mapping header: %1").arg(TextScan::quoted(line)));
                stopped = true;
                return;
            }
            result.value.append(*mapping);
            return;
        }
        const auto field = TextScan::splitKeyValue(line, ':');
        if (result.value.isEmpty() || !field || !readCounter(*field, result.value.last().counters)) {
            if (result.ok())
                result.error = TextScan::lineError(number, QStringLiteral("malformed field %1").arg(TextScan::quoted(line)));
        }
    });
    return result;
}

ParseResult<SmapsCounters> parseSmapsRollup(QByteArrayView text)
{
    ParseResult<SmapsCounters> result;
    TextScan::forEachLine(text, [&](QByteArrayView line, int number) {
        if (line.trimmed().isEmpty() || (number == 1 && isHeaderLine(line)))
            return;
        const auto field = TextScan::splitKeyValue(line, ':');
        if (!field || !readCounter(*field, result.value)) {
            if (result.ok())
                result.error = TextScan::lineError(number, QStringLiteral("malformed field %1").arg(TextScan::quoted(line)));
        }
    });
    // Every kernel's rollup has Pss; without it the counters cannot give PSS, and must say why.
    if (result.ok() && !result.value.isEmpty() && !result.value.has(SmapsCounters::Pss))
        result.error = QStringLiteral("no Pss field");
    return result;
}
