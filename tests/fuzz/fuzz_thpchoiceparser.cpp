// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// parseThpChoice (sysfs choice files) on any bytes: a result and at most an error, never a
// crash; when understood, the active choice is one of those offered, and each is offered once.
#include "parse/thpchoiceparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto choice = parseThpChoice(QByteArrayView(data, qsizetype(size)));
    if (choice.ok() && !choice.value.offered.contains(choice.value.selected))
        abort();
    for (qsizetype i = 0; i < choice.value.offered.size(); ++i) {
        const QByteArray &word = choice.value.offered[i];
        if (word.isEmpty() || word.contains('[') || word.contains(']') || choice.value.offered.indexOf(word) != i)
            abort();
    }
    return 0;
}
