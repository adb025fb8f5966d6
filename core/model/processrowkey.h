// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/processsnapshot.h"

#include <QString>

// The identity of a row of ProcessModel. A process row is its process (pid + start time) and an
// empty label; a group row (by application, by user) is its label and a null process, which no
// real process has (pid 0 is never listed). The label is an implicitly shared QString, so a key
// costs a reference count, never a copy of text.
struct ProcessRowKey {
    ProcessKey process;
    QString group;

    bool operator==(const ProcessRowKey &) const = default;
};

inline size_t qHash(const ProcessRowKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.process, key.group);
}
