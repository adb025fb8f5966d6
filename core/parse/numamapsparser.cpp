// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "numamapsparser.h"

#include "octalescape.h"
#include "textscan.h"

#include <QtNumeric>

#include <algorithm>

namespace
{

// Fields are cut at spaces only: a path's other whitespace is not escaped by the kernel.
QByteArrayView nextField(QByteArrayView &rest)
{
    while (rest.startsWith(' '))
        rest = rest.sliced(1);
    const qsizetype end = rest.indexOf(' ');
    const QByteArrayView field = end < 0 ? rest : rest.first(end);
    rest = rest.sliced(field.size());
    return field;
}

bool readCount(QByteArrayView text, qint64 &count)
{
    const auto value = TextScan::toInt64(text);
    if (!value || *value < 0)
        return false;
    count = *value;
    return true;
}

// "N1=256": the node's pages added to the mapping; false if malformed or the node is repeated.
bool readNode(QByteArrayView key, QByteArrayView value, NumaMapping &mapping)
{
    const auto node = TextScan::toInt64(key.sliced(1));
    qint64 pages;
    // The kernel has at most 1 << CONFIG_NODES_SHIFT (at most 1024) nodes.
    if (!node || *node < 0 || *node >= 1024 || !readCount(value, pages) || qAddOverflow(mapping.pages, pages, &mapping.pages))
        return false;
    for (const NodeAmount &seen : std::as_const(mapping.nodePages)) {
        if (seen.node == *node)
            return false;
    }
    mapping.nodePages.append({int(*node), pages});
    return true;
}

bool readField(QByteArrayView field, NumaMapping &mapping)
{
    mapping.heap |= field == "heap";
    mapping.stack |= field == "stack" || field.startsWith("stack:");
    mapping.huge |= field == "huge";
    const qsizetype equals = field.indexOf('=');
    if (equals <= 0)
        return TextScan::isPrintableName(field); // heap, stack, huge, or a flag a newer kernel may add
    const QByteArrayView key = field.first(equals);
    const QByteArrayView value = field.sliced(equals + 1);
    if (key == "file") {
        mapping.path = unescapeOctal(value);
        constexpr QStringView deletedSuffix = u" (deleted)";
        mapping.deleted = mapping.path.endsWith(deletedSuffix);
        if (mapping.deleted)
            mapping.path.chop(deletedSuffix.size());
        return !value.isEmpty();
    }
    if (key == "anon")
        return readCount(value, mapping.anonPages);
    if (key == "dirty")
        return readCount(value, mapping.dirtyPages);
    if (key == "kernelpagesize_kB") {
        qint64 kib;
        // A power of two, at least 4 KiB: a cut-short "2048" ("2", "20", "204") is not taken for a size.
        if (!readCount(value, kib) || kib < 4 || (kib & (kib - 1)) != 0 || kib > (qint64(1) << 40))
            return false;
        mapping.pageSizeBytes = kib * 1024;
        return true;
    }
    if (key.size() > 1 && key.front() == 'N' && key[1] >= '0' && key[1] <= '9')
        return readNode(key, value, mapping);
    // mapped=, mapmax=, swapcache=, active=, writeback= and whatever comes later: counts only
    // checked for shape, since pages and the per-node split already say what is resident.
    qint64 ignored;
    return TextScan::isPrintableName(key) && readCount(value, ignored);
}

// "7fb693a00000 default anon=1024 dirty=1024 mapmax=256 active=0 N0=1024 kernelpagesize_kB=4"
std::optional<NumaMapping> parseMapping(QByteArrayView line)
{
    QByteArrayView rest = line;
    NumaMapping mapping;
    const auto start = TextScan::toUInt64(nextField(rest), 16);
    mapping.policy = nextField(rest).toByteArray();
    if (!start || !TextScan::isPrintableName(mapping.policy))
        return std::nullopt;
    mapping.start = *start;
    for (QByteArrayView field = nextField(rest); !field.isEmpty(); field = nextField(rest)) {
        if (!readField(field, mapping))
            return std::nullopt;
    }
    if (mapping.pages > 0 && mapping.pageSizeBytes == 0)
        return std::nullopt;
    return mapping;
}

// Adds the mapping's pages to the per-node byte sums; false (and nothing added) on overflow.
bool addToNodes(const NumaMapping &mapping, QList<NodeAmount> &nodeBytes)
{
    QVarLengthArray<qint64, 2> bytes;
    for (const NodeAmount &pages : mapping.nodePages) {
        qint64 add;
        const auto at = std::lower_bound(nodeBytes.cbegin(), nodeBytes.cend(), pages.node, [](const NodeAmount &a, int node) {
            return a.node < node;
        });
        const qint64 before = at != nodeBytes.cend() && at->node == pages.node ? at->amount : 0;
        if (qMulOverflow(pages.amount, mapping.pageSizeBytes, &add) || qAddOverflow(before, add, &add))
            return false;
        bytes.append(add);
    }
    for (qsizetype i = 0; i < mapping.nodePages.size(); ++i) {
        const int node = mapping.nodePages[i].node;
        const auto at = std::lower_bound(nodeBytes.begin(), nodeBytes.end(), node, [](const NodeAmount &a, int n) {
            return a.node < n;
        });
        if (at != nodeBytes.end() && at->node == node)
            at->amount = bytes[i];
        else
            nodeBytes.insert(at, {node, bytes[i]});
    }
    return true;
}

} // namespace

ParseResult<NumaMaps> parseNumaMaps(QByteArrayView text)
{
    ParseResult<NumaMaps> result;
    TextScan::forEachLine(text, [&](QByteArrayView line, int number) {
        if (line.trimmed().isEmpty())
            return;
        auto mapping = parseMapping(line);
        QString problem;
        if (!mapping)
            problem = QStringLiteral("not a numa_maps line: %1").arg(TextScan::quoted(line));
        else if (!result.value.mappings.isEmpty() && mapping->start <= result.value.mappings.constLast().start)
            problem = QStringLiteral("mapping %1 is not above the one before").arg(mapping->start, 0, 16);
        else if (!addToNodes(*mapping, result.value.nodeBytes))
            problem = QStringLiteral("mapping %1 holds more bytes than can be counted").arg(mapping->start, 0, 16);
        if (problem.isEmpty())
            result.value.mappings.append(std::move(*mapping));
        else if (result.ok())
            result.error = TextScan::lineError(number, problem);
    });
    return result;
}
