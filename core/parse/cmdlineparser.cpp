// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cmdlineparser.h"

QStringList parseCmdline(QByteArrayView text)
{
    while (text.endsWith('\0'))
        text.chop(1);
    QStringList arguments;
    if (text.isEmpty())
        return arguments;
    qsizetype begin = 0;
    for (;;) {
        const qsizetype end = text.indexOf('\0', begin);
        arguments.append(QString::fromUtf8(text.sliced(begin, (end < 0 ? text.size() : end) - begin)));
        if (end < 0)
            break;
        begin = end + 1;
    }
    return arguments;
}
