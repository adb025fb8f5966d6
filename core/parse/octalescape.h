// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QString>

// The kernel writes paths in /proc/swaps, /proc/mounts and similar files with space, tab,
// newline and backslash as \040, \011, \012 and \134. This turns them back into the real path
// (decoded as UTF-8, as file names on a desktop are). Anything that is not a complete escape is
// kept as written.
QString unescapeOctal(QByteArrayView text);
