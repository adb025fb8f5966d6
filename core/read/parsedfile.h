// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parse/textscan.h"
#include "read/filereader.h"
#include "read/sysroot.h"
#include "snapshot/reading.h"

#include <QCoreApplication>

// What to do with a file a parser only partly understood. Lists of named counters keep the lines
// that made sense (and say that the file was malformed); a single value has nothing to keep.
enum class OnParseError {
    KeepPartial,
    Discard,
};

// Reads one file under the root and parses it into a Reading: the value, or why there is none.
// Messages name the logical path ("/proc/meminfo"), not where a captured tree happens to live.
template<typename Parser>
auto readParsed(FileReader &reader, const SysRoot &root, const QString &path, Parser parse, OnParseError onError)
    -> Reading<decltype(parse(QByteArrayView()).value)>
{
    using Value = decltype(parse(QByteArrayView()).value);
    const auto file = reader.read(root.path(path));
    if (!file.ok())
        return Reading<Value>::missing(FileReader::describe(file, path));
    auto parsed = TextScan::parseWholeLines(file.data, parse);
    if (parsed.ok())
        return Reading<Value>{std::move(parsed.value), {}, {}};
    const QString problem = QCoreApplication::translate("FileReader", "%1 is malformed (%2)").arg(path, parsed.error);
    if (onError == OnParseError::Discard)
        return Reading<Value>::missing(problem);
    return Reading<Value>{std::move(parsed.value), {}, problem};
}
