// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kauthclientbackend.h"

#include "format/textescape.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

KAuthClientBackend::KAuthClientBackend(const QString &clientPath, QObject *parent)
    : PrivilegedBackend(parent)
    , m_clientPath(clientPath.isEmpty() ? defaultClientPath() : clientPath)
    , m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    m_idle->setInterval(idleMs);
    connect(m_idle, &QTimer::timeout, this, [this] {
        if (m_process && !m_waiting)
            m_process->closeWriteChannel(); // the client ends at the end of its input
    });
}

KAuthClientBackend::~KAuthClientBackend()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    if (m_waiting) {
        // Leaving polkit's dialog behind with nobody to answer would be worse than ending it.
        m_process->kill();
    } else {
        m_process->closeWriteChannel();
        if (m_process->waitForFinished(1000))
            return;
        m_process->kill();
    }
    m_process->waitForFinished(1000);
}

QString KAuthClientBackend::defaultClientPath()
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

void KAuthClientBackend::run(const PrivilegedRequest &request)
{
    Q_ASSERT(!m_waiting);
    m_idle->stop();
    if (m_clientPath.isEmpty() || !QFileInfo(m_clientPath).isExecutable()) {
        const QString path = m_clientPath;
        QTimer::singleShot(0, this, [this, path] {
            answer({PrivilegedReply::Error::ClientMissing, path, {}});
        });
        m_waiting = true;
        return;
    }
    if (!m_process) {
        m_process = new QProcess(this);
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        connect(m_process, &QProcess::readyReadStandardOutput, this, &KAuthClientBackend::readReplies);
        connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
            readReplies(); // a reply written just before the end still counts
            clientEnded(status == QProcess::CrashExit ? tr("memlens-kauth-client crashed") : tr("memlens-kauth-client ended with exit code %1").arg(code));
        });
        connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                clientEnded(m_process->errorString());
        });
        m_process->start(m_clientPath, {QStringLiteral("--serve")});
    }
    QJsonObject arguments;
    for (auto it = request.arguments.cbegin(); it != request.arguments.cend(); ++it)
        arguments.insert(it.key(), it.value());
    QJsonObject line{{QStringLiteral("action"), request.actionName()}, {QStringLiteral("arguments"), arguments}};
    // polkit shows the message as it is, over a password field: nothing in it may drive the
    // dialog's text, whatever the caller put in.
    if (!request.message.isEmpty())
        line.insert(QStringLiteral("message"), TextEscape::forDialog(request.message, maxMessageLength));
    m_waiting = true;
    m_process->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}

void KAuthClientBackend::readReplies()
{
    while (m_process && m_process->canReadLine()) {
        const QByteArray line = m_process->readLine();
        if (m_waiting)
            answer(PrivilegedReply::fromClientOutput(line));
    }
}

void KAuthClientBackend::clientEnded(const QString &why)
{
    QProcess *process = std::exchange(m_process, nullptr);
    if (!process)
        return;
    process->disconnect(this);
    const bool neverRan = process->error() == QProcess::FailedToStart;
    process->deleteLater();
    if (!m_waiting)
        return; // ended when idle, as asked
    answer(neverRan ? PrivilegedReply{PrivilegedReply::Error::ClientMissing, why, {}} : PrivilegedReply{PrivilegedReply::Error::Failed, why, {}});
}

void KAuthClientBackend::answer(const PrivilegedReply &reply)
{
    m_waiting = false;
    if (m_process)
        m_idle->start();
    Q_EMIT finished(reply);
}
