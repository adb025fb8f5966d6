// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sysvshmparser.h"

#include "textscan.h"

#include <array>
#include <climits>

namespace
{

enum Column { Key, Shmid, Perms, Size, Cpid, Lpid, Nattch, Uid, Gid, Cuid, Cgid, Atime, Dtime, Ctime, Rss, Swap, ColumnCount };
constexpr std::array<QByteArrayView, ColumnCount> columnNames =
    {"key", "shmid", "perms", "size", "cpid", "lpid", "nattch", "uid", "gid", "cuid", "cgid", "atime", "dtime", "ctime", "rss", "swap"};
constexpr int firstOptional = Rss;
// Kernels write 16; room for columns a later one may add, without allocating per line.
constexpr int maxColumns = 32;

// Where each known column is in a line, -1 where the header does not have it.
using Layout = std::array<int, ColumnCount>;

// The header's column names, or why it cannot be used.
QString readHeader(QByteArrayView line, Layout &layout, int &columns)
{
    layout.fill(-1);
    columns = 0;
    QByteArrayView rest = line;
    for (QByteArrayView name = TextScan::nextToken(rest); !name.isEmpty(); name = TextScan::nextToken(rest)) {
        if (columns == maxColumns)
            return QStringLiteral("a header of more than %1 columns").arg(maxColumns);
        for (int column = 0; column < ColumnCount; ++column) {
            if (name != columnNames[column])
                continue;
            if (layout[column] >= 0)
                return QStringLiteral("column %1 appears twice in the header").arg(TextScan::quoted(name));
            layout[column] = columns;
        }
        ++columns;
    }
    for (int column = 0; column < firstOptional; ++column) {
        if (layout[column] < 0)
            return QStringLiteral("the header has no %1 column: %2").arg(TextScan::quoted(columnNames[column]), TextScan::quoted(line));
    }
    return QString();
}

bool inRange(const std::optional<qint64> &value, qint64 low, qint64 high)
{
    return value && *value >= low && *value <= high;
}

std::optional<SysVShmSegment> parseSegment(QByteArrayView line, const Layout &layout, int columns)
{
    std::array<QByteArrayView, maxColumns> fields;
    int count = 0;
    for (QByteArrayView field = TextScan::nextToken(line); !field.isEmpty(); field = TextScan::nextToken(line)) {
        if (count == columns)
            return std::nullopt;
        fields[count++] = field;
    }
    if (count != columns)
        return std::nullopt;
    std::array<std::optional<qint64>, ColumnCount> values;
    for (int column = 0; column < ColumnCount; ++column) {
        if (layout[column] < 0)
            continue;
        const QByteArrayView field = fields[layout[column]];
        if (column == Perms) {
            const auto mode = TextScan::toUInt64(field, 8);
            values[column] = mode && *mode <= 07777 ? std::optional<qint64>(qint64(*mode)) : std::nullopt;
        } else {
            values[column] = TextScan::toInt64(field);
        }
        const qint64 low = column == Key ? INT_MIN : 0;
        const qint64 high = column == Key || column == Shmid ? INT_MAX : column >= Uid && column <= Cgid ? UINT_MAX : LLONG_MAX;
        if (!inRange(values[column], low, high))
            return std::nullopt;
    }
    SysVShmSegment segment;
    segment.key = int(*values[Key]);
    segment.shmid = int(*values[Shmid]);
    segment.permissions = uint(*values[Perms]) & 0777;
    // SHM_DEST and SHM_LOCKED, which the kernel keeps in the mode's upper bits.
    segment.destroyWhenDetached = (*values[Perms] & 01000) != 0;
    segment.locked = (*values[Perms] & 02000) != 0;
    segment.sizeBytes = *values[Size];
    segment.creatorPid = *values[Cpid];
    segment.lastPid = *values[Lpid];
    segment.attachments = *values[Nattch];
    segment.uid = uint(*values[Uid]);
    segment.gid = uint(*values[Gid]);
    segment.creatorUid = uint(*values[Cuid]);
    segment.creatorGid = uint(*values[Cgid]);
    segment.attachTime = *values[Atime];
    segment.detachTime = *values[Dtime];
    segment.changeTime = *values[Ctime];
    segment.rssBytes = values[Rss];
    segment.swapBytes = values[Swap];
    return segment;
}

} // namespace

ParseResult<QList<SysVShmSegment>> parseSysVShm(QByteArrayView text)
{
    ParseResult<QList<SysVShmSegment>> result;
    Layout layout;
    int columns = 0;
    bool sawHeader = false;
    bool refused = false;
    TextScan::forEachLine(text, [&](QByteArrayView line, int number) {
        if (refused || line.trimmed().isEmpty())
            return;
        if (!sawHeader) {
            sawHeader = true;
            const QString problem = readHeader(line, layout, columns);
            refused = !problem.isEmpty();
            if (refused)
                result.error = TextScan::lineError(number, problem);
            return;
        }
        const auto segment = parseSegment(line, layout, columns);
        QString problem;
        if (!segment) {
            problem = QStringLiteral("not a segment line under this header: %1").arg(TextScan::quoted(line));
        } else {
            for (const SysVShmSegment &seen : std::as_const(result.value)) {
                if (seen.shmid == segment->shmid)
                    problem = QStringLiteral("shmid %1 appears twice; the first is kept").arg(segment->shmid);
            }
        }
        if (problem.isEmpty())
            result.value.append(*segment);
        else if (result.ok())
            result.error = TextScan::lineError(number, problem);
    });
    return result;
}
