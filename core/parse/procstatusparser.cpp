// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "procstatusparser.h"

#include "textscan.h"

#include <climits>

// The kernel escapes a task name with "\n" for newline and "\\" for a backslash (proc_task_name).
static QString unescapeTaskName(QByteArrayView raw)
{
    QByteArray name;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\\' && i + 1 < raw.size() && (raw[i + 1] == 'n' || raw[i + 1] == '\\')) {
            name += raw[i + 1] == 'n' ? '\n' : '\\';
            ++i;
        } else {
            name += raw[i];
        }
    }
    return QString::fromUtf8(name);
}

ParseResult<ProcStatus> parseProcStatus(QByteArrayView text)
{
    ParseResult<ProcStatus> result;
    ProcStatus &status = result.value;
    bool sawName = false;
    const auto fail = [&](int number, QByteArrayView line) {
        if (result.ok())
            result.error = TextScan::lineError(number, QStringLiteral("malformed field %1").arg(TextScan::quoted(line)));
    };
    TextScan::forEachLine(text, [&](QByteArrayView line, int number) {
        const auto field = TextScan::splitKeyValue(line, ':');
        if (!field)
            return; // status lines that are not "Key: value" carry nothing we read
        // A field we read that comes twice: the first is kept, as in the other parsers.
        const auto repeated = [&](bool seen) {
            if (seen)
                fail(number, line);
            return seen;
        };
        std::optional<qint64> *bytes = nullptr;
        if (field->key == "Name") {
            if (repeated(sawName))
                return;
            // Name is the one field whose value is free text; take it untrimmed after the tab.
            const qsizetype tab = line.indexOf('\t');
            status.name = unescapeTaskName(tab >= 0 ? line.sliced(tab + 1) : field->value);
            sawName = true;
        } else if (field->key == "Uid") {
            if (repeated(status.realUid.has_value()))
                return;
            QByteArrayView rest = field->value;
            const auto uid = TextScan::toInt64(TextScan::nextToken(rest));
            if (uid && *uid >= 0 && *uid <= UINT_MAX)
                status.realUid = uint(*uid);
            else
                fail(number, line);
        } else if (field->key == "Threads") {
            if (repeated(status.threads.has_value()))
                return;
            const auto threads = TextScan::toInt64(field->value);
            if (threads && *threads >= 0 && *threads <= INT_MAX)
                status.threads = int(*threads);
            else
                fail(number, line);
        } else if (field->key == "VmRSS") {
            bytes = &status.vmRss;
        } else if (field->key == "RssAnon") {
            bytes = &status.rssAnon;
        } else if (field->key == "RssFile") {
            bytes = &status.rssFile;
        } else if (field->key == "RssShmem") {
            bytes = &status.rssShmem;
        } else if (field->key == "VmSwap") {
            bytes = &status.vmSwap;
        }
        if (bytes && !repeated(bytes->has_value())) {
            *bytes = TextScan::kibibytesToBytes(field->value);
            if (!*bytes)
                fail(number, line);
        }
    });
    if (result.ok() && !sawName)
        result.error = QStringLiteral("no Name field");
    return result;
}
