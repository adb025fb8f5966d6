// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

// Small, allocation-free helpers shared by the /proc and /sys parsers. Kernel text is ASCII,
// line oriented and usually "key: value" or "key value"; these helpers are the only place that
// knows how to cut it up, so every parser handles overflow and garbage the same way.
namespace TextScan
{

// Calls f(line, lineNumber) for each line (without '\n'), numbering from 1. A final line without
// a newline is still visited; an empty text visits nothing.
template<typename F>
void forEachLine(QByteArrayView text, F &&f)
{
    int number = 0;
    while (!text.isEmpty()) {
        const qsizetype end = text.indexOf('\n');
        const QByteArrayView line = end < 0 ? text : text.first(end);
        f(line, ++number);
        text = end < 0 ? QByteArrayView() : text.sliced(end + 1);
    }
}

// Decimal integers. Rejects empty text, signs where not allowed, trailing garbage and values
// that do not fit: a number the kernel could not have written is an error, never a wrap-around.
std::optional<qint64> toInt64(QByteArrayView text);
std::optional<quint64> toUInt64(QByteArrayView text, int base = 10);

// "123 kB" -> 125952. The kernel's "kB" means KiB.
std::optional<qint64> kibibytesToBytes(QByteArrayView text);

// Splits "Key: value" at the first separator; both parts trimmed. Empty key -> nullopt.
struct KeyValue {
    QByteArrayView key;
    QByteArrayView value;
};
std::optional<KeyValue> splitKeyValue(QByteArrayView line, char separator);

// Whether text can be a kernel counter's name: printable ASCII, no spaces. Rejects garbage that
// would otherwise become a counter with a nonsense name.
bool isPrintableName(QByteArrayView text);

// Returns the next whitespace-separated token and advances text past it.
QByteArrayView nextToken(QByteArrayView &text);

// "line 7: <what>" — the one error format all parsers use.
QString lineError(int lineNumber, const QString &what);

// Printable form of an untrusted fragment for an error message, shortened.
QString quoted(QByteArrayView fragment);

// Kernel text ends with a newline. A last line without one was cut short (a copy, a capture or a
// disk that stopped) and may hold half a number, which would parse as a smaller one: parse only
// the whole lines, and report the cut, which also explains whatever those lines lack.
template<typename Parse>
auto parseWholeLines(QByteArrayView text, Parse parse) -> decltype(parse(text))
{
    const QByteArrayView whole = text.first(text.lastIndexOf('\n') + 1);
    auto parsed = parse(whole);
    if (whole.size() < text.size())
        parsed.error = QStringLiteral("the last line is cut short: %1").arg(quoted(text.sliced(whole.size())));
    return parsed;
}

} // namespace TextScan
