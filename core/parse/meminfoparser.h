#pragma once

#include "namedvalues.h"
#include "parseresult.h"

// /proc/meminfo: every "Name:  123 kB" line, in bytes; the HugePages_* counts stay counts.
// A duplicated or malformed line is reported and skipped; the other lines are kept.
ParseResult<NamedValues> parseMeminfo(QByteArrayView text);
