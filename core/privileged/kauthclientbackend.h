// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "privileged/privilegedbackend.h"

class QProcess;
class QTimer;

// Runs privileged requests through memlens-kauth-client, the small KAuth program built against
// the same KAuth as the helper (a Qt 6 process cannot load KF5Auth). One client process serves
// every request of a session, one JSON line each way: polkit keeps an auth_admin_keep answer for
// the process that asked, so one process is what lets a trial's automatic put-back, or an undo a
// minute later, go through without a second password. The process ends once it has been idle
// longer than polkit keeps an answer, and starts again with the next request.
class KAuthClientBackend : public PrivilegedBackend
{
    Q_OBJECT

public:
    // clientPath: the client executable; empty for where MemLens installs or builds it.
    explicit KAuthClientBackend(const QString &clientPath = {}, QObject *parent = nullptr);
    ~KAuthClientBackend() override;

    // Where MemLens looks for the client: next to its own executable (the build tree), or in
    // the libexec directory of the installation it runs from; empty when in neither.
    static QString defaultClientPath();

    void run(const PrivilegedRequest &request) override;

    // polkit 122 keeps an answer for five minutes.
    static constexpr int idleMs = 5 * 60 * 1000;
    static constexpr qsizetype maxMessageLength = 200;

private:
    void readReplies();
    void clientEnded(const QString &why);
    void answer(const PrivilegedReply &reply);

    QString m_clientPath;
    QProcess *m_process = nullptr;
    QTimer *m_idle;
    bool m_waiting = false; // a request was written and its reply has not come
};
