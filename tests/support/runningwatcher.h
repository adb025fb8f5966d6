// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

// A real `memlens --watch` reading a tree (empty: the live system), with a runtime and a state
// directory of its own that this test process shares (XDG_RUNTIME_DIR, XDG_STATE_HOME), so that
// a window of the test finds its socket and its recording, and no other.
class RunningWatcher
{
public:
    RunningWatcher(const QString &tree, int intervalMs)
        : m_previousRuntime(qgetenv("XDG_RUNTIME_DIR"))
        , m_previousState(qgetenv("XDG_STATE_HOME"))
    {
        qputenv("XDG_RUNTIME_DIR", m_dir.path().toUtf8());
        qputenv("XDG_STATE_HOME", m_dir.path().toUtf8());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        // A test that crashes takes its watcher along.
        m_process.setChildProcessModifier([] {
            prctl(PR_SET_PDEATHSIG, SIGKILL);
        });
        QStringList arguments{QStringLiteral("--watch"), QStringLiteral("--interval"), QString::number(intervalMs)};
        if (!tree.isEmpty())
            arguments << QStringLiteral("--root") << tree;
        m_process.start(QStringLiteral(MEMLENS_BINARY), arguments);
    }
    ~RunningWatcher()
    {
        m_process.kill();
        m_process.waitForFinished();
        restore("XDG_RUNTIME_DIR", m_previousRuntime);
        restore("XDG_STATE_HOME", m_previousState);
    }

    // Whether it says it watches (its socket is then there) within timeoutMs.
    bool waitUntilWatching(int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        while (!m_said.contains("watching") && !deadline.hasExpired() && m_process.state() != QProcess::NotRunning) {
            m_process.waitForReadyRead(100);
            m_said += m_process.readAll();
        }
        return m_said.contains("watching");
    }
    // Its XDG_RUNTIME_DIR, where its socket is.
    QString runtimeDirectory() const
    {
        return m_dir.path();
    }
    // Where it records: the default, under its state directory.
    QString recording() const
    {
        return m_dir.filePath(QStringLiteral("memlens/recording"));
    }
    QProcess &process()
    {
        return m_process;
    }
    // What it said on stderr so far.
    QByteArray said()
    {
        return m_said += m_process.readAll();
    }

private:
    static void restore(const char *variable, const QByteArray &value)
    {
        if (value.isNull())
            qunsetenv(variable);
        else
            qputenv(variable, value);
    }

    QTemporaryDir m_dir;
    QByteArray m_previousRuntime;
    QByteArray m_previousState;
    QProcess m_process;
    QByteArray m_said;
};
