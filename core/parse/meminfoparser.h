// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "namedvalues.h"
#include "parseresult.h"

// /proc/meminfo: every "Name:  123 kB" line, in bytes; the HugePages_* counts stay counts.
// A duplicated or malformed line is reported and skipped; the other lines are kept.
ParseResult<NamedValues> parseMeminfo(QByteArrayView text);

// One "Name:  123 kB" (or "HugePages_Total:  5") field added to values, as parseMeminfo does for
// each line; the per-node meminfo files write the same fields after a "Node N" prefix. Returns
// why the field was not added, or an empty string when it was.
QString addMeminfoField(QByteArrayView field, NamedValues &values);
