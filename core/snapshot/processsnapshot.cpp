// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "processsnapshot.h"

QString ProcessRecord::displayCommand() const
{
    if (commandLine.isEmpty())
        return u'[' + name + u']';
    return commandLine.join(u' ');
}
