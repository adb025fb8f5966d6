// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "privileged/privilegedreply.h"
#include "privileged/privilegedrequest.h"

#include <QObject>

#include <deque>

class PrivilegedBackend;

// The application's one way to the privileged helper: typed requests into one queue, handed to
// the backend one at a time. Busy means queued, never dropped: every request ends in exactly one
// finished(), with the helper's reply or the reason it could not be made. Putting a value back
// goes ahead of new changes still waiting, so a trial's end is not held up behind them.
class PrivilegedClient : public QObject
{
    Q_OBJECT

public:
    using Ticket = quint64;
    enum class Urgency { Change, PutBack };

    // backend: taken over (parented to the client).
    explicit PrivilegedClient(PrivilegedBackend *backend, QObject *parent = nullptr);

    Ticket setSwappiness(int value);
    Ticket setTransparentHugePages(const QString &enabled, const QString &defrag);
    Ticket dropCaches(int level);
    Ticket setOomScoreAdj(const ProcessKey &process, const QString &name, int value);
    Ticket submit(const PrivilegedRequest &request, Urgency urgency = Urgency::Change);

Q_SIGNALS:
    // The request went to the helper: polkit may be asking for a password now.
    void asking(PrivilegedClient::Ticket ticket);
    void finished(PrivilegedClient::Ticket ticket, const PrivilegedReply &reply);

private:
    struct Queued {
        Ticket ticket;
        PrivilegedRequest request;
        Urgency urgency;
    };
    void startNext();

    PrivilegedBackend *m_backend;
    std::deque<Queued> m_queue;
    std::optional<Ticket> m_running;
    Ticket m_lastTicket = 0;
};
