// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>

#include <optional>

// The moment `memlens --replay FILE --at TIME` opens: an ISO 8601 date and time
// ("2026-12-06T18:40:05", with an offset or in local time; what a notification's action passes),
// or a time of day ("18:40", "18:40:05"): its last occurrence up to now, so that "the freeze at
// 23:50" still means yesterday's when asked just after midnight.
namespace RecordingMoment
{
// Ms since the epoch, or nullopt when text is neither form.
std::optional<qint64> parse(const QString &text, const QDateTime &now);
}
