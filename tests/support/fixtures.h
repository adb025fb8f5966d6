#pragma once

#include "read/sysroot.h"
#include "sample/processsampler.h"
#include "sample/systemsampler.h"

#include <QDir>
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

inline const ProcessRecord *find(const ProcessSnapshot &snapshot, qint64 pid)
{
    for (const ProcessRecord &process : snapshot.processes) {
        if (process.key.pid == pid)
            return &process;
    }
    return nullptr;
}
} // namespace Fixtures
