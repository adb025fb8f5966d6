// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "textscan.h"

#include <limits>

namespace TextScan
{

static bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

std::optional<quint64> toUInt64(QByteArrayView text, int base)
{
    text = text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    quint64 value = 0;
    for (const char c : text) {
        int digit;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (base == 16 && c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (base == 16 && c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return std::nullopt;
        if (digit >= base) // an 8 or 9 in octal
            return std::nullopt;
        if (value > (std::numeric_limits<quint64>::max() - quint64(digit)) / quint64(base))
            return std::nullopt;
        value = value * quint64(base) + quint64(digit);
    }
    return value;
}

std::optional<qint64> toInt64(QByteArrayView text)
{
    text = text.trimmed();
    const bool negative = text.startsWith('-');
    const QByteArrayView digits = negative ? text.sliced(1) : text;
    // toUInt64 trims, which would let "- 5" and "-\n5" through; the sign must touch the digits.
    if (negative && (digits.isEmpty() || digits.front() < '0' || digits.front() > '9'))
        return std::nullopt;
    const auto magnitude = toUInt64(digits);
    if (!magnitude)
        return std::nullopt;
    constexpr auto max = quint64(std::numeric_limits<qint64>::max());
    if (negative) {
        if (*magnitude > max + 1)
            return std::nullopt;
        return qint64(0 - *magnitude);
    }
    if (*magnitude > max)
        return std::nullopt;
    return qint64(*magnitude);
}

std::optional<qint64> kibibytesToBytes(QByteArrayView text)
{
    text = text.trimmed();
    if (!text.endsWith("kB"))
        return std::nullopt;
    const auto kib = toInt64(text.chopped(2));
    if (!kib || *kib < 0 || *kib > std::numeric_limits<qint64>::max() / 1024)
        return std::nullopt;
    return *kib * 1024;
}

std::optional<KeyValue> splitKeyValue(QByteArrayView line, char separator)
{
    qsizetype at = -1;
    if (separator == ' ') {
        for (qsizetype i = 0; i < line.size() && at < 0; ++i) {
            if (isSpace(line[i]))
                at = i;
        }
    } else {
        at = line.indexOf(separator);
    }
    if (at <= 0)
        return std::nullopt;
    const QByteArrayView key = line.first(at).trimmed();
    if (key.isEmpty())
        return std::nullopt;
    return KeyValue{key, line.sliced(at + 1).trimmed()};
}

bool isPrintableName(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c <= 0x20 || c >= 0x7f)
            return false;
    }
    return true;
}

QByteArrayView nextToken(QByteArrayView &text)
{
    qsizetype begin = 0;
    while (begin < text.size() && isSpace(text[begin]))
        ++begin;
    qsizetype end = begin;
    while (end < text.size() && !isSpace(text[end]))
        ++end;
    const QByteArrayView token = text.sliced(begin, end - begin);
    text = text.sliced(end);
    return token;
}

QString lineError(int lineNumber, const QString &what)
{
    return QStringLiteral("line %1: %2").arg(lineNumber).arg(what);
}

QString quoted(QByteArrayView fragment)
{
    constexpr qsizetype maxShown = 40;
    QString shown;
    for (const char c : fragment.first(std::min(fragment.size(), maxShown)))
        shown += (c >= 0x20 && c < 0x7f) ? QChar::fromLatin1(c) : QChar(u'?');
    if (fragment.size() > maxShown)
        shown += QStringLiteral("…");
    return u'"' + shown + u'"';
}

} // namespace TextScan
