// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// TextScan, which every parser cuts kernel text with, on any bytes: its numbers agree with
// std::from_chars on the trimmed text, and its other helpers keep the promises textscan.h makes.
#include "parse/textscan.h"

#include <charconv>
#include <cstdint>
#include <cstdlib>

// What toInt64/toUInt64 promise: the whole trimmed text is one number that fits, in that base,
// with no sign but a '-' right before the digits (and that only where a sign is allowed).
template<typename Integer>
static std::optional<Integer> reference(QByteArrayView text, int base = 10)
{
    text = text.trimmed();
    Integer value = 0;
    const auto [end, error] = std::from_chars(text.begin(), text.end(), value, base);
    if (text.isEmpty() || error != std::errc() || end != text.end())
        return std::nullopt;
    return value;
}

static bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(data, qsizetype(size));

    if (TextScan::toInt64(text) != reference<qint64>(text))
        abort();
    if (TextScan::toUInt64(text) != reference<quint64>(text))
        abort();
    if (TextScan::toUInt64(text, 16) != reference<quint64>(text, 16))
        abort();

    // Whole KiB, never negative, and only for text that says "kB".
    if (const auto bytes = TextScan::kibibytesToBytes(text)) {
        if (*bytes < 0 || *bytes % 1024 != 0 || !text.trimmed().endsWith("kB"))
            abort();
    }

    for (const char separator : {':', ' ', '='}) {
        if (const auto field = TextScan::splitKeyValue(text, separator)) {
            if (field->key.isEmpty() || field->key != field->key.trimmed() || field->value != field->value.trimmed())
                abort();
        }
    }

    bool printable = !text.isEmpty();
    for (const char c : text)
        printable = printable && c > 0x20 && c < 0x7f;
    if (TextScan::isPrintableName(text) != printable)
        abort();

    // Tokens are never empty and hold no separator; the loop always ends.
    QByteArrayView rest = text;
    qsizetype tokenBytes = 0;
    for (QByteArrayView token = TextScan::nextToken(rest); !token.isEmpty(); token = TextScan::nextToken(rest)) {
        for (const char c : token) {
            if (isSpace(c))
                abort();
        }
        tokenBytes += token.size();
        if (tokenBytes > text.size())
            abort();
    }

    // One visit per line: every '\n' ends one, and a last line without it still counts.
    int lines = 0;
    TextScan::forEachLine(text, [&](QByteArrayView line, int number) {
        if (number != ++lines || line.contains('\n'))
            abort();
    });
    if (lines != text.count('\n') + (!text.isEmpty() && !text.endsWith('\n') ? 1 : 0))
        abort();

    // Shortened to 40 characters, an ellipsis and the two quotes.
    if (TextScan::quoted(text).size() > 43)
        abort();
    return 0;
}
