// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "privilegedclient.h"

#include "format/textescape.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>

PrivilegedClient::PrivilegedClient(const QString &clientPath, QObject *parent)
    : QObject(parent)
    , m_clientPath(clientPath.isEmpty() ? defaultClientPath() : clientPath)
{
}

PrivilegedClient::~PrivilegedClient()
{
    if (m_process) {
        // Leaving polkit's dialog behind with nobody to answer would be worse than ending it.
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

QString PrivilegedClient::defaultClientPath()
{
    const QDir here(QCoreApplication::applicationDirPath());
    // The build tree keeps it beside memlens; an installation in the libexec directory beside bin/.
    for (const QString &candidate :
         {here.filePath(QStringLiteral("memlens-kauth-client")), here.filePath(QLatin1StringView("../" MEMLENS_LIBEXEC_RELATIVE "/memlens-kauth-client"))}) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return {};
}

bool PrivilegedClient::isRunning() const
{
    return m_process != nullptr;
}

void PrivilegedClient::run(const QString &action, const QMap<QString, QString> &arguments, const QString &message)
{
    if (m_process) {
        Q_EMIT finished(action, {PrivilegedReply::Error::Busy, tr("another change is still waiting for its answer"), {}});
        return;
    }
    if (m_clientPath.isEmpty() || !QFileInfo(m_clientPath).isExecutable()) {
        Q_EMIT finished(action, {PrivilegedReply::Error::ClientMissing, m_clientPath, {}});
        return;
    }
    QStringList args{action};
    for (auto it = arguments.cbegin(); it != arguments.cend(); ++it)
        args.append(it.key() + u'=' + it.value());
    // polkit shows the message as it is, over a password field: nothing in it may drive the
    // dialog's text, whatever the caller put in.
    if (!message.isEmpty())
        args << QStringLiteral("--message") << TextEscape::forDialog(message, maxMessageLength);

    m_action = action;
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    connect(m_process, &QProcess::finished, this, [this] {
        QProcess *process = std::exchange(m_process, nullptr);
        process->deleteLater();
        const QByteArray output = process->readAllStandardOutput();
        const int newline = output.indexOf('\n');
        Q_EMIT finished(m_action, PrivilegedReply::fromClientOutput(newline < 0 ? output : output.left(newline)));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // a crash still ends in finished()
        QProcess *process = std::exchange(m_process, nullptr);
        process->deleteLater();
        Q_EMIT finished(m_action, {PrivilegedReply::Error::ClientMissing, process->errorString(), {}});
    });
    m_process->start(m_clientPath, args);
}
