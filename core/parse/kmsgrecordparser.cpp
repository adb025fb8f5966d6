// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kmsgrecordparser.h"

#include "textscan.h"

#include <climits>

// The kernel writes every byte outside printable ASCII, and the backslash itself, as \xNN, so a
// message never holds a newline that would end the record early.
static bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

static QByteArray unescape(QByteArrayView text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 3 < text.size() && text[i + 1] == 'x' && isHexDigit(text[i + 2]) && isHexDigit(text[i + 3])) {
            bytes.append(char(*TextScan::toUInt64(text.sliced(i + 2, 2), 16)));
            i += 3;
            continue;
        }
        bytes.append(text[i]);
    }
    return bytes;
}

// "6,345,11727045568,-" and newer kernels' ",caller=T123" after the flags.
static bool parseHeader(QByteArrayView header, KmsgRecord &record)
{
    QList<QByteArrayView> fields;
    while (fields.size() < 4) {
        const qsizetype comma = header.indexOf(',');
        fields.append(comma < 0 ? header : header.first(comma));
        if (comma < 0)
            break;
        header = header.sliced(comma + 1);
    }
    if (fields.size() < 4)
        return false;
    const auto priority = TextScan::toUInt64(fields[0]);
    const auto sequence = TextScan::toUInt64(fields[1]);
    const auto usec = TextScan::toInt64(fields[2]);
    const QByteArrayView flags = fields[3];
    if (!priority || *priority > INT_MAX || !sequence || !usec || *usec < 0 || flags.isEmpty() || !TextScan::isPrintableName(flags))
        return false;
    record.facility = int(*priority >> 3);
    record.level = int(*priority & 7);
    record.sequence = *sequence;
    record.sinceBootUsec = *usec;
    record.flags = flags.toByteArray();
    return true;
}

ParseResult<QList<KmsgRecord>> parseKmsgRecords(QByteArrayView text)
{
    ParseResult<QList<KmsgRecord>> result;
    bool inRecord = false; // whether dictionary lines now belong to the last record kept
    const auto fail = [&result](int number, const QString &what) {
        if (result.ok())
            result.error = TextScan::lineError(number, what);
    };
    TextScan::forEachLine(text, [&](QByteArrayView line, int number) {
        if (line.startsWith(' ')) {
            if (!inRecord)
                return fail(number, QStringLiteral("a dictionary line without its record: %1").arg(TextScan::quoted(line)));
            const QByteArrayView entry = line.sliced(1);
            const qsizetype equals = entry.indexOf('=');
            if (equals <= 0)
                return fail(number, QStringLiteral("not a KEY=VALUE line: %1").arg(TextScan::quoted(line)));
            result.value.last().dictionary.append({unescape(entry.first(equals)), unescape(entry.sliced(equals + 1))});
            return;
        }
        inRecord = false;
        const qsizetype semicolon = line.indexOf(';');
        KmsgRecord record;
        if (semicolon < 0 || !parseHeader(line.first(semicolon), record))
            return fail(number, QStringLiteral("not a kernel log record: %1").arg(TextScan::quoted(line)));
        record.message = unescape(line.sliced(semicolon + 1));
        result.value.append(std::move(record));
        inRecord = true;
    });
    // read(2) on /dev/kmsg always ends a record with a newline: without one, the last record
    // may have been cut short (a truncated capture), though what it says so far is kept.
    if (!text.isEmpty() && !text.endsWith('\n') && result.ok())
        result.error = QStringLiteral("the last record has no final newline and may be cut short");
    return result;
}
