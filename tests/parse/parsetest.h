// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "support/fixtures.h"

#include <QTest>

#include <optional>

// What the parser tests share besides the fixture files: expected sizes written as the kernel
// writes them (KiB), and readable QCOMPARE failures for the optional figures the parsers return
// (Qt 6.4's QTest cannot print std::optional).
namespace ParseTest
{
using OptionalBytes = std::optional<qint64>;

inline OptionalBytes kib(qint64 kibibytes)
{
    return kibibytes * 1024;
}

// A figure the parser must report as unknown: absent from the text, or unreadable there.
inline const OptionalBytes absent;
} // namespace ParseTest

namespace QTest
{
template<>
inline char *toString(const std::optional<qint64> &value)
{
    return value ? QTest::toString(*value) : qstrdup("(absent)");
}
template<>
inline char *toString(const std::optional<int> &value)
{
    return value ? QTest::toString(*value) : qstrdup("(absent)");
}
template<>
inline char *toString(const std::optional<uint> &value)
{
    return value ? QTest::toString(*value) : qstrdup("(absent)");
}
} // namespace QTest
