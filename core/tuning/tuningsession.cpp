// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tuningsession.h"

#include "format/byteformat.h"
#include "format/textescape.h"
#include "model/systemhistory.h"
#include "snapshot/systemsnapshot.h"
#include "tuning/tuninglogmodel.h"

#include <QDateTime>
#include <QTimer>

namespace
{
using State = TuningChange::State;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString text(const PrivilegedReply &reply, const QString &key)
{
    return reply.data.value(key).toString();
}

// Where the page cache and the kernel's reclaimable caches stand: what dropping caches empties.
std::optional<qint64> cacheOf(const SystemSnapshot &snapshot)
{
    if (!snapshot.meminfo.value)
        return std::nullopt;
    const NamedValues &meminfo = *snapshot.meminfo.value;
    return meminfo.value("Buffers").value_or(0) + meminfo.value("Cached").value_or(0) + meminfo.value("SReclaimable").value_or(0);
}
}

TuningSession::TuningSession(PrivilegedClient *client, const SystemHistory *history, const TrialJournal &journal, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_history(history)
    , m_journal(journal)
    , m_log(new TuningLogModel(this))
    , m_countdown(new QTimer(this))
{
    m_client->setParent(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        m_log->setChanges(m_changes, now());
    });
    connect(m_client, &PrivilegedClient::asking, this, &TuningSession::asking);
    connect(m_client, &PrivilegedClient::finished, this, &TuningSession::finished);
}

void TuningSession::setTrialLength(std::chrono::milliseconds length)
{
    m_trialLength = length;
}

quint64 TuningSession::setSwappiness(int value, bool trial)
{
    return submit(PrivilegedRequest::swappiness(value), tr("swappiness → %1").arg(value), trial);
}

quint64 TuningSession::setTransparentHugePages(const QString &enabled, const QString &defrag, bool trial)
{
    QStringList said;
    if (!enabled.isEmpty())
        said.append(tr("huge pages enabled → %1").arg(enabled));
    if (!defrag.isEmpty())
        said.append(tr("huge pages defrag → %1").arg(defrag));
    return submit(PrivilegedRequest::transparentHugePages(enabled, defrag), said.join(QStringLiteral("; ")), trial);
}

quint64 TuningSession::dropCaches(int level)
{
    return submit(PrivilegedRequest::dropCaches(level), tr("drop %1").arg(PrivilegedRequest::cachesOf(level)), false);
}

quint64 TuningSession::setOomScoreAdj(const ProcessKey &process, const QString &name, int value)
{
    // The request's answer comes later, from the event loop: the target is known by then.
    const quint64 id = submit(PrivilegedRequest::oomScoreAdj(process, name, value),
                              tr("OOM score adjustment of %1 (PID %2) → %3").arg(TextEscape::visible(name)).arg(process.pid).arg(value),
                              false);
    m_oomTargets.insert(id, {process, name});
    return id;
}

quint64 TuningSession::submit(const PrivilegedRequest &request, const QString &description, bool trial)
{
    TuningChange change;
    change.id = ++m_lastId;
    change.request = request;
    change.askedAtMs = now();
    change.description = description;
    change.trial = trial;
    m_changes.append(change);
    m_pending.insert(m_client->submit(request), {change.id, true});
    publish(change.id);
    return change.id;
}

const TuningChange *TuningSession::change(quint64 id) const
{
    for (const TuningChange &change : m_changes) {
        if (change.id == id)
            return &change;
    }
    return nullptr;
}

TuningChange *TuningSession::find(quint64 id)
{
    return const_cast<TuningChange *>(std::as_const(*this).change(id));
}

void TuningSession::asking(PrivilegedClient::Ticket ticket)
{
    const auto pending = m_pending.constFind(ticket);
    if (pending == m_pending.cend() || !pending->forward)
        return; // a put-back says "putting back" from the moment it is asked for
    if (TuningChange *change = find(pending->id)) {
        change->state = State::Asking;
        publish(change->id);
    }
}

void TuningSession::finished(PrivilegedClient::Ticket ticket, const PrivilegedReply &reply)
{
    const std::optional<Pending> pending = m_pending.contains(ticket) ? std::optional(m_pending.take(ticket)) : std::nullopt;
    TuningChange *change = pending ? find(pending->id) : nullptr;
    if (!change)
        return;
    const QString problem = reply.error == PrivilegedReply::Error::Cancelled ? tr("cancelled") : reply.explanation();
    if (pending->forward) {
        if (reply.ok()) {
            madeChange(*change, reply);
        } else {
            change->state = State::NotMade;
            change->problem = problem;
        }
    } else {
        change->state = reply.ok() ? State::PutBack : State::PutBackFailed;
        change->problem = reply.ok() ? QString() : problem;
        if (reply.ok())
            Q_EMIT made();
    }
    publish(change->id);
    if (!pending->forward && !puttingBack())
        Q_EMIT settled();
}

void TuningSession::madeChange(TuningChange &change, const PrivilegedReply &reply)
{
    change.madeAtMs = now();
    change.state = State::Made;
    switch (change.request.action) {
    case PrivilegedRequest::Action::SetSwappiness: {
        const QString old = text(reply, QStringLiteral("old"));
        change.description = tr("swappiness %1 → %2").arg(old, text(reply, QStringLiteral("new")));
        if (!old.isEmpty()) {
            change.back = PrivilegedRequest::swappiness(old.toInt());
            change.backDescription = tr("swappiness back to %1").arg(old);
        }
        break;
    }
    case PrivilegedRequest::Action::SetTransparentHugePages: {
        QStringList said;
        QStringList saidBack;
        QString back[2];
        const QString knobs[2] = {QStringLiteral("enabled"), QStringLiteral("defrag")};
        for (int i = 0; i < 2; ++i) {
            if (!change.request.arguments.contains(knobs[i]))
                continue;
            back[i] = text(reply, knobs[i] + QStringLiteral(".old"));
            said.append(tr("huge pages %1 %2 → %3").arg(knobs[i], back[i], text(reply, knobs[i] + QStringLiteral(".new"))));
            saidBack.append(tr("huge pages %1 back to %2").arg(knobs[i], back[i]));
        }
        change.description = said.join(QStringLiteral("; "));
        if (!back[0].isEmpty() || !back[1].isEmpty()) {
            change.back = PrivilegedRequest::transparentHugePages(back[0], back[1]);
            change.backDescription = saidBack.join(QStringLiteral("; "));
        }
        break;
    }
    case PrivilegedRequest::Action::DropCaches:
        change.description = tr("dropped %1").arg(PrivilegedRequest::cachesOf(change.request.arguments.value(QStringLiteral("value")).toInt()));
        if (m_cacheNow)
            m_cacheBeforeDrop.insert(change.id, *m_cacheNow);
        break;
    case PrivilegedRequest::Action::SetOomScoreAdj: {
        const auto [process, name] = m_oomTargets.value(change.id);
        const QString old = text(reply, QStringLiteral("old"));
        const QString subject = tr("OOM score adjustment of %1 (PID %2)").arg(TextEscape::visible(name)).arg(process.pid);
        change.description = tr("%1 %2 → %3").arg(subject, old, text(reply, QStringLiteral("new")));
        change.result = tr("its OOM score is now %1").arg(text(reply, QStringLiteral("oom_score")));
        if (!old.isEmpty()) {
            change.back = PrivilegedRequest::oomScoreAdj(process, name, old.toInt());
            change.backDescription = tr("%1 back to %2").arg(subject, old);
        }
        break;
    }
    }
    if (change.trial && change.back) {
        change.state = State::OnTrial;
        change.deadlineMs = change.madeAtMs + m_trialLength.count();
        const quint64 id = change.id;
        QTimer::singleShot(m_trialLength, this, [this, id] {
            deadlinePassed(id);
        });
    }
    Q_EMIT made();
}

void TuningSession::deadlinePassed(quint64 id)
{
    TuningChange *change = find(id);
    if (change && change->state == State::OnTrial)
        startPutBack(*change, TuningChange::PutBackBy::TrialEnd);
}

void TuningSession::startPutBack(TuningChange &change, TuningChange::PutBackBy by)
{
    if (!change.back)
        return;
    change.state = State::PuttingBack;
    change.putBackBy = by;
    change.problem.clear();
    m_pending.insert(m_client->submit(*change.back, PrivilegedClient::Urgency::PutBack), {change.id, false});
    publish(change.id);
}

void TuningSession::keep(quint64 id)
{
    TuningChange *change = find(id);
    if (change && (change->state == State::OnTrial || change->state == State::LeftOnTrial || change->state == State::PutBackFailed)) {
        change->state = State::Kept;
        change->problem.clear();
        publish(id);
    }
}

void TuningSession::putBack(quint64 id)
{
    TuningChange *change = find(id);
    if (!change)
        return;
    switch (TuningLogModel::offerFor(*change)) {
    case TuningLogModel::Offer::KeepOrPutBack:
    case TuningLogModel::Offer::Undo:
        startPutBack(*change, TuningChange::PutBackBy::Undo);
        break;
    case TuningLogModel::Offer::TryPutBackAgain:
        startPutBack(*change, change->putBackBy);
        break;
    case TuningLogModel::Offer::Nothing:
        break;
    }
}

bool TuningSession::hasOpenTrials() const
{
    return std::any_of(m_changes.cbegin(), m_changes.cend(), [](const TuningChange &change) {
        return change.trialOpen();
    });
}

void TuningSession::keepOpenTrials()
{
    for (const TuningChange &change : std::as_const(m_changes)) {
        if (change.trialOpen())
            keep(change.id);
    }
}

void TuningSession::putBackOpenTrials()
{
    for (TuningChange &change : m_changes) {
        if (change.trialOpen() && change.state != State::PuttingBack)
            startPutBack(change, TuningChange::PutBackBy::Quit);
    }
}

bool TuningSession::puttingBack() const
{
    return std::any_of(m_changes.cbegin(), m_changes.cend(), [](const TuningChange &change) {
        return change.state == State::PuttingBack;
    });
}

QList<quint64> TuningSession::recoverLeftTrials()
{
    const TrialJournal::LeftBehind left = m_journal.takeLeftBehind();
    QList<quint64> ids;
    for (const TrialJournal::Trial &trial : left.stillSet) {
        TuningChange change;
        change.id = ++m_lastId;
        change.request = trial.back;
        change.askedAtMs = change.madeAtMs = trial.setAtMs;
        change.description = trial.description;
        change.back = trial.back;
        change.backDescription = trial.backDescription;
        change.trial = true;
        change.state = State::LeftOnTrial;
        m_changes.append(change);
        ids.append(change.id);
        publish(change.id);
    }
    for (const TrialJournal::Trial &trial : left.endedByRestart)
        Q_EMIT notice(tr("%1 was on trial when the machine restarted: the restart ended it.").arg(trial.description));
    for (const QString &problem : left.problems)
        Q_EMIT notice(tr("A journal of changes on trial could not be read: %1").arg(problem));
    return ids;
}

void TuningSession::applySystem(const SystemSnapshot &snapshot)
{
    m_cacheNow = cacheOf(snapshot);
    const qint64 at = now();
    for (TuningChange &change : m_changes) {
        if (!change.madeAtMs || change.state == State::LeftOnTrial)
            continue;
        // The first reading after a drop is taken after the write: what the drop freed.
        if (m_cacheNow && m_cacheBeforeDrop.contains(change.id)) {
            const qint64 before = m_cacheBeforeDrop.take(change.id);
            change.result = tr("freed %1 of cache (%2 → %3)")
                                .arg(ByteFormat::human(std::max<qint64>(0, before - *m_cacheNow)), ByteFormat::human(before), ByteFormat::human(*m_cacheNow));
        }
        if (!change.effect || !change.effect->settled())
            change.effect = TuningEffect::measure(*m_history, change.madeAtMs, at);
    }
    m_log->setChanges(m_changes, at);
}

void TuningSession::publish(quint64 id)
{
    m_log->setChanges(m_changes, now());
    const bool counting = std::any_of(m_changes.cbegin(), m_changes.cend(), [](const TuningChange &change) {
        return change.state == State::OnTrial;
    });
    if (counting != m_countdown->isActive())
        counting ? m_countdown->start() : m_countdown->stop();
    writeJournal();
    Q_EMIT changed(id);
}

void TuningSession::writeJournal()
{
    QList<TrialJournal::Trial> open;
    for (const TuningChange &change : std::as_const(m_changes)) {
        if (change.trialOpen())
            open.append({*change.back, change.description, change.backDescription, change.madeAtMs});
    }
    if (open == m_journaled)
        return;
    m_journaled = open;
    const QString problem = m_journal.write(open);
    if (!problem.isEmpty())
        Q_EMIT notice(tr("Changes on trial could not be noted down, so a crash would leave them in place unnoticed: %1").arg(problem));
    Q_EMIT openTrialsChanged();
}
