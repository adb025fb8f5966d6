// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parseresult.h"

// The "btime" line of /proc/stat: when the system booted, in seconds since the epoch. It turns
// the kernel log's times (microseconds since boot) into wall-clock times.
ParseResult<qint64> parseBootTime(QByteArrayView procStat);
