// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "slabreclaimreader.h"

#include "parse/integerparser.h"
#include "read/parsedfile.h"

static ParseResult<bool> parseReclaimAccount(QByteArrayView text)
{
    const auto flag = parseInteger(text);
    if (flag.ok() && flag.value != 0 && flag.value != 1)
        return {false, QStringLiteral("%1 is neither 0 nor 1").arg(flag.value)};
    return {flag.value == 1, flag.error};
}

Reading<bool> readSlabReclaimable(FileReader &reader, const SysRoot &root, QByteArrayView cacheName)
{
    if (!TextScan::isPrintableName(cacheName) || cacheName.contains('/') || cacheName == "." || cacheName == "..")
        return Reading<bool>::missing(QCoreApplication::translate("FileReader", "%1 cannot be a slab cache's name").arg(TextScan::quoted(cacheName)));
    const QString path = QStringLiteral("/sys/kernel/slab/") + QString::fromLatin1(cacheName) + QStringLiteral("/reclaim_account");
    return readParsed(reader, root, path, parseReclaimAccount, OnParseError::Discard);
}
