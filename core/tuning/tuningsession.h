// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "privileged/privilegedclient.h"
#include "tuning/trialjournal.h"
#include "tuning/tuningchange.h"

#include <QHash>
#include <QObject>

#include <chrono>

class QTimer;
class SystemHistory;
class TuningLogModel;
struct SystemSnapshot;

// Everything a desktop user changes through the privileged helper in one run of MemLens: each
// change a row of log(), from asking to made, kept or put back. Changes may be tried first: any
// number at once, each put back at its own deadline unless kept, through the one request queue,
// so a put-back waits behind a request in flight and is never dropped. A put-back that fails
// stays listed with its reason and is offered again. Open trials are kept in a journal, so that
// a MemLens that died is followed by one that offers to put them back.
class TuningSession : public QObject
{
    Q_OBJECT

public:
    // client: taken over (parented to the session).
    TuningSession(PrivilegedClient *client, const SystemHistory *history, const TrialJournal &journal, QObject *parent = nullptr);

    TuningLogModel *log() const
    {
        return m_log;
    }
    std::chrono::milliseconds trialLength() const
    {
        return m_trialLength;
    }
    void setTrialLength(std::chrono::milliseconds length);

    // Each returns the change's id. trial: put back after trialLength() unless kept.
    quint64 setSwappiness(int value, bool trial);
    quint64 setTransparentHugePages(const QString &enabled, const QString &defrag, bool trial);
    quint64 dropCaches(int level);
    quint64 setOomScoreAdj(const ProcessKey &process, const QString &name, int value);

    const TuningChange *change(quint64 id) const;

    // What the log's offers do: keep a trial; undo a change, end a trial now or try a failed
    // put-back again.
    void keep(quint64 id);
    void putBack(quint64 id);

    // Quitting: are tried values still in place, and what to do with them.
    bool hasOpenTrials() const;
    void keepOpenTrials();
    void putBackOpenTrials();
    // Put-backs asked for and not yet answered.
    bool puttingBack() const;

    // Trials that a MemLens which stopped without ending them left in the journal, now rows of
    // this session on trial without a deadline; their ids. Said through notice(): trials the
    // machine's restart ended, and journals that could not be read.
    QList<quint64> recoverLeftTrials();

    // The effect figures and the cache a drop freed, from each new reading.
    void applySystem(const SystemSnapshot &snapshot);

Q_SIGNALS:
    void changed(quint64 id);
    // A value was written: the pages should sample now to show it.
    void made();
    void openTrialsChanged();
    // Every put-back asked for has its answer.
    void settled();
    void notice(const QString &text);

private:
    struct Pending {
        quint64 id;
        bool forward; // the change itself, or its put-back
    };

    quint64 submit(const PrivilegedRequest &request, const QString &description, bool trial);
    void asking(PrivilegedClient::Ticket ticket);
    void finished(PrivilegedClient::Ticket ticket, const PrivilegedReply &reply);
    void madeChange(TuningChange &change, const PrivilegedReply &reply);
    void startPutBack(TuningChange &change, TuningChange::PutBackBy by);
    void deadlinePassed(quint64 id);
    TuningChange *find(quint64 id);
    void publish(quint64 id);
    void writeJournal();

    PrivilegedClient *m_client;
    const SystemHistory *m_history;
    TrialJournal m_journal;
    TuningLogModel *m_log;
    QTimer *m_countdown;
    std::chrono::milliseconds m_trialLength{30'000};
    QList<TuningChange> m_changes; // in the order asked
    QHash<PrivilegedClient::Ticket, Pending> m_pending;
    QHash<quint64, qint64> m_cacheBeforeDrop; // change id → cache bytes when the drop was made
    QHash<quint64, std::pair<ProcessKey, QString>> m_oomTargets; // change id → process and its name
    std::optional<qint64> m_cacheNow;
    QList<TrialJournal::Trial> m_journaled;
    quint64 m_lastId = 0;
};
