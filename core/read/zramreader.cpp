// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "zramreader.h"

#include "parse/integerparser.h"
#include "parse/thpchoiceparser.h"
#include "read/parsedfile.h"

#include <QDir>

#include <algorithm>

// comp_algorithm is a sysfs choice list like THP's ("lzo-rle lzo [lz4]"); only the active one
// is shown.
static ParseResult<QString> parseCompAlgorithm(QByteArrayView text)
{
    const auto choice = parseThpChoice(text);
    return {QString::fromLatin1(choice.value.selected), choice.error};
}

ZramReader::ZramReader(const SysRoot &root)
    : m_root(root)
{
}

Reading<QList<ZramDevice>> ZramReader::read()
{
    QStringList names = QDir(m_root.path(u"/sys/block")).entryList({QStringLiteral("zram*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    // zram2 before zram10.
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    QList<ZramDevice> devices;
    devices.reserve(names.size());
    for (const QString &name : std::as_const(names)) {
        const QString directory = QStringLiteral("/sys/block/") + name + u'/';
        const auto read = [&](const QString &file, auto parse) {
            return readParsed(m_reader, m_root, directory + file, parse, OnParseError::Discard);
        };
        devices.append({name,
                        read(QStringLiteral("disksize"), parseInteger),
                        read(QStringLiteral("comp_algorithm"), parseCompAlgorithm),
                        read(QStringLiteral("mm_stat"), parseZramMmStat)});
    }
    return {std::move(devices), {}, {}};
}
