// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "namedvalues.h"

const NamedValue *NamedValues::find(QByteArrayView name) const
{
    // Linear on purpose: these files hold a few dozen to two hundred names, callers look up a
    // handful, and keeping the kernel's order matters more than a hash.
    for (const NamedValue &value : m_values) {
        if (value.name == name)
            return &value;
    }
    return nullptr;
}
