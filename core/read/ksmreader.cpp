// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ksmreader.h"

#include "parse/integerparser.h"
#include "read/parsedfile.h"

#include <QDir>
#include <QFileInfo>

Reading<NamedValues> readKsm(FileReader &reader, const SysRoot &root)
{
    const QString directory = QStringLiteral("/sys/kernel/mm/ksm");
    if (!QDir(root.path(directory)).exists())
        return Reading<NamedValues>::missing(QCoreApplication::translate("FileReader", "this kernel has no KSM (%1 does not exist)").arg(directory));
    Reading<NamedValues> result{NamedValues(), {}, {}};
    for (const char *name : {"pages_shared", "pages_sharing", "pages_unshared", "pages_volatile", "ksm_zero_pages", "run", "full_scans", "general_profit"}) {
        const QString path = directory + u'/' + QLatin1StringView(name);
        const Reading<qint64> value = readParsed(reader, root, path, parseInteger, OnParseError::Discard);
        if (value.value)
            result.value->append({name, *value.value, NamedValue::Unit::Number});
        else if (QFileInfo::exists(root.path(path)) && result.problem.isEmpty())
            result.problem = value.unavailableReason; // absent is an older kernel; present but unread is a problem
    }
    return result;
}

std::optional<qint64> ksmSavedBytes(const NamedValues &ksm, qint64 pageSize)
{
    const std::optional<qint64> sharing = ksm.value("pages_sharing");
    qint64 bytes = 0;
    if (!sharing || __builtin_mul_overflow(*sharing, pageSize, &bytes))
        return std::nullopt;
    return bytes;
}
