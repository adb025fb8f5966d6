// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "read/sysroot.h"
#include "sample/processsampler.h"
#include "sample/systemsampler.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// Helpers shared by the reader and model tests: captured trees under tests/fixtures, and
// writable copies of them for the cases a test has to damage (a file removed, made unreadable).
namespace Fixtures
{
inline QString tree(const char *name)
{
    return QStringLiteral(MEMLENS_FIXTURES "/") + QLatin1StringView(name);
}

// The bytes of one captured file, e.g. file("linux-6.18", "proc/meminfo").
inline QByteArray file(const char *treeName, const char *path)
{
    QFile f(tree(treeName) + u'/' + QLatin1StringView(path));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s/%s", treeName, path);
    return f.readAll();
}

// A captured vm sysctl, e.g. sysctl("linux-6.18", "dirty_ratio").
inline qint64 sysctl(const char *treeName, const char *name)
{
    return file(treeName, QByteArray("proc/sys/vm/").append(name).constData()).trimmed().toLongLong();
}

// A real line of a captured file, altered: the damaged inputs parsers must survive.
inline QByteArray replaced(QByteArray text, QByteArrayView from, QByteArrayView to)
{
    const qsizetype at = text.indexOf(from);
    if (at < 0)
        qFatal("fixture text has no %s", from.toByteArray().constData());
    return text.replace(at, from.size(), to.toByteArray());
}

inline ProcessSnapshot processes(const char *name = "linux-6.18")
{
    return ProcessSampler(SysRoot(tree(name))).sample();
}

inline SystemSnapshot system(const char *name = "linux-6.18")
{
    return SystemSampler(SysRoot(tree(name))).sample();
}

// A copy of a fixture tree in a temporary directory, for tests that modify it.
inline bool copyTree(const char *name, const QTemporaryDir &into)
{
    return QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), tree(name) + QStringLiteral("/."), into.path()}) == 0;
}

// The GPU desktop tree (tests/fixtures/make-gpu-desktop.sh: linux-6.18 with an amdgpu card, its
// clients and a ZFS ARC), built once per test program; empty if it could not be built.
inline QString gpuDesktop()
{
    static QTemporaryDir directory;
    static const QString path = directory.path() + QStringLiteral("/tree");
    static const bool built = QProcess::execute(QStringLiteral("bash"), {QStringLiteral(MEMLENS_FIXTURES "/make-gpu-desktop.sh"), path}) == 0;
    return built ? path : QString();
}

// Replaces a file of such a copy with the given bytes: a damaged kernel file.
inline bool overwrite(const QString &path, QByteArrayView bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes.data(), bytes.size()) == bytes.size();
}

// A compiler's command line of 4 KiB, its arguments NUL-separated as in /proc/PID/cmdline
// (without the last NUL): what a details panel must keep to one line.
inline QByteArray longCommandLine()
{
    QByteArray commandLine = QByteArrayLiteral("/usr/lib/gcc/x86_64-linux-gnu/12/cc1plus");
    for (int i = 0; commandLine.size() < 4096; ++i)
        commandLine += QByteArrayLiteral("\0-I/a/rather/long/include/path/number/") + QByteArray::number(i);
    return commandLine;
}

// Replaces the first `from` in a file of such a copy with `to`: a kernel file that changed
// between two ticks.
inline bool rewrite(const QString &path, QByteArrayView from, QByteArrayView to)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && overwrite(path, replaced(file.readAll(), from, to));
}

inline const ProcessRecord *find(const ProcessSnapshot &snapshot, qint64 pid)
{
    for (const ProcessRecord &process : snapshot.processes) {
        if (process.key.pid == pid)
            return &process;
    }
    return nullptr;
}
} // namespace Fixtures
