// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDeadlineTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// A real `memlens --watch` reading a tree, in a runtime directory of its own that this test
// process shares (XDG_RUNTIME_DIR), so that a window of the test finds its socket and no other.
class RunningWatcher
{
public:
    RunningWatcher(const QString &tree, int intervalMs)
        : m_previousRuntime(qgetenv("XDG_RUNTIME_DIR"))
    {
        qputenv("XDG_RUNTIME_DIR", m_dir.path().toUtf8());
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral(MEMLENS_BINARY),
                        {QStringLiteral("--watch"),
                         QStringLiteral("--root"),
                         tree,
                         QStringLiteral("--interval"),
                         QString::number(intervalMs),
                         QStringLiteral("--recording"),
                         recording()});
    }
    ~RunningWatcher()
    {
        m_process.kill();
        m_process.waitForFinished();
        if (m_previousRuntime.isNull())
            qunsetenv("XDG_RUNTIME_DIR");
        else
            qputenv("XDG_RUNTIME_DIR", m_previousRuntime);
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
    QString recording() const
    {
        return m_dir.filePath(QStringLiteral("recording"));
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
    QTemporaryDir m_dir;
    QByteArray m_previousRuntime;
    QProcess m_process;
    QByteArray m_said;
};
