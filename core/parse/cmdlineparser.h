// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QStringList>

// /proc/PID/cmdline: arguments separated by NUL. Empty for kernel threads and zombies. A process
// may overwrite its own argument area (setproctitle), leaving one string with spaces and no NULs;
// that is returned as the single argument it is. Never fails: any bytes are a command line.
QStringList parseCmdline(QByteArrayView text);
