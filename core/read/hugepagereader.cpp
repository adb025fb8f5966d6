// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "hugepagereader.h"

#include "parse/hugepagedirectory.h"
#include "parse/integerparser.h"
#include "read/parsedfile.h"

#include <QDir>

#include <algorithm>

Reading<QList<HugePagePool>> readHugePagePools(FileReader &reader, const SysRoot &root, const QString &directory)
{
    const QDir dir(root.path(directory));
    if (!dir.exists())
        return Reading<QList<HugePagePool>>::missing(
            QCoreApplication::translate("FileReader", "%1 does not exist: this kernel has no huge page pools (hugetlbfs)").arg(directory));
    Reading<QList<HugePagePool>> result{QList<HugePagePool>(), {}, {}};
    for (const QString &name : dir.entryList({QStringLiteral("hugepages-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        const auto size = parseHugePageDirectory(name.toLatin1());
        if (!size.ok()) {
            result.problem = QCoreApplication::translate("FileReader", "%1 is malformed (%2)").arg(directory, size.error);
            continue;
        }
        const auto count = [&](const char *file) {
            return readParsed(reader, root, directory + u'/' + name + u'/' + QLatin1StringView(file), parseInteger, OnParseError::Discard);
        };
        result.value->append({size.value, count("nr_hugepages"), count("free_hugepages"), count("resv_hugepages"), count("surplus_hugepages")});
    }
    std::sort(result.value->begin(), result.value->end(), [](const HugePagePool &a, const HugePagePool &b) {
        return a.pageSizeBytes < b.pageSizeBytes;
    });
    return result;
}
