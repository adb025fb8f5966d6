// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "parseresult.h"

// A file that holds one decimal integer and a newline: /proc/sys/vm/* knobs, /proc/PID/oom_score,
// /proc/PID/oom_score_adj, cgroup v1 memory.usage_in_bytes.
ParseResult<qint64> parseInteger(QByteArrayView text);
