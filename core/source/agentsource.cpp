// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "agentsource.h"

#include "format/textescape.h"

namespace
{
// Enough of stderr to hold the sentence that says what went wrong.
constexpr qsizetype maxErrorBytes = 4096;
}

AgentSource::AgentSource(const AgentCommand &command, QObject *parent)
    : StreamSource(&m_process, parent)
    , m_command(command)
    , m_process(this)
{
    if (!m_command.environment.isEmpty())
        m_process.setProcessEnvironment(m_command.environment);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &AgentSource::readStream);
    connect(&m_process, &QProcess::readyReadStandardError, this, &AgentSource::readErrors);
    connect(&m_process, &QProcess::finished, this, &AgentSource::processEnded);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            end(tr("%1 could not be started: %2").arg(m_command.program, m_process.errorString()));
    });
}

AgentSource::~AgentSource()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.disconnect(this);
    // A closed stdin ends the agent; pkexec and ssh pass that on. One that does not is ended.
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(1000)) {
        m_process.terminate();
        if (!m_process.waitForFinished(1000))
            m_process.kill();
    }
}

void AgentSource::start()
{
    m_process.start(m_command.program, m_command.arguments);
    writePending();
}

bool AgentSource::canWrite() const
{
    return m_process.state() != QProcess::NotRunning;
}

void AgentSource::readErrors()
{
    m_errors += m_process.readAllStandardError();
    if (m_errors.size() > maxErrorBytes)
        m_errors = m_errors.right(maxErrorBytes);
}

void AgentSource::processEnded(int exitCode, QProcess::ExitStatus status)
{
    readStream();
    readErrors();
    if (m_command.explainExit && status == QProcess::NormalExit) {
        end(m_command.explainExit(exitCode, m_errors));
        return;
    }
    const QByteArray lastLine = m_errors.trimmed().split('\n').constLast();
    QString reason = status == QProcess::CrashExit ? tr("%1 stopped unexpectedly").arg(m_command.program)
                                                   : tr("%1 ended (exit code %2)").arg(m_command.program).arg(exitCode);
    if (!lastLine.isEmpty())
        reason += QStringLiteral(": ") + TextEscape::forDialog(QString::fromUtf8(lastLine), 200);
    end(reason);
}

void AgentSource::abandon()
{
    if (m_process.state() != QProcess::NotRunning)
        m_process.kill();
}
