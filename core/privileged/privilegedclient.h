// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "privileged/privilegedreply.h"

#include <QMap>
#include <QObject>

class QProcess;

// Runs MemLens's privileged actions through memlens-kauth-client, the small KAuth program built
// against the same KAuth as the helper (a Qt 6 process cannot load KF5Auth). Asynchronous: the
// GUI goes on while polkit asks for a password; the reply arrives as a signal.
class PrivilegedClient : public QObject
{
    Q_OBJECT

public:
    // clientPath: the client executable; empty for where MemLens installs or builds it.
    explicit PrivilegedClient(const QString &clientPath = {}, QObject *parent = nullptr);
    ~PrivilegedClient() override;

    // Where MemLens looks for the client: next to its own executable (the build tree), or in
    // the libexec directory of the installation it runs from; empty when in neither.
    static QString defaultClientPath();

    // action: the short name ("setswappiness"); message: what the password dialog names
    // ("Set vm.swappiness to 10"), with control, bidi and format characters escaped and cut to
    // maxMessageLength. One request at a time per client; a second while one runs is answered
    // Busy at once.
    void run(const QString &action, const QMap<QString, QString> &arguments, const QString &message);
    bool isRunning() const;
    static constexpr qsizetype maxMessageLength = 200;

Q_SIGNALS:
    void finished(const QString &action, const PrivilegedReply &reply);

private:
    QString m_clientPath;
    QProcess *m_process = nullptr;
    QString m_action;
};
