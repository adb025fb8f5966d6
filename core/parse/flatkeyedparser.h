// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "namedvalues.h"
#include "parseresult.h"

// The "name value" format shared by /proc/vmstat, cgroup v2 memory.stat and memory.events, and
// cgroup v1 memory.stat: one counter per line, a name, whitespace, a decimal number.
// Values are kept as written (NamedValue::Unit::Number); malformed and repeated lines are
// reported and skipped.
ParseResult<NamedValues> parseFlatKeyed(QByteArrayView text);
