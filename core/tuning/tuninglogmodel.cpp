// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tuninglogmodel.h"

#include "format/byteformat.h"
#include "model/modelroles.h"

#include <QDateTime>
#include <QLocale>

TuningLogModel::TuningLogModel(QObject *parent)
    : KeyedTreeModel(ColumnCount, parent)
{
}

void TuningLogModel::setChanges(const QList<TuningChange> &changes, qint64 nowMs)
{
    std::vector<Node> rows;
    rows.reserve(size_t(changes.size()));
    for (const TuningChange &change : changes)
        rows.push_back({change.id, {change, stateText(change, nowMs)}, {}});
    apply(std::move(rows));
}

TuningLogModel::Offer TuningLogModel::offerFor(const TuningChange &change)
{
    using State = TuningChange::State;
    switch (change.state) {
    case State::OnTrial:
    case State::LeftOnTrial:
        return Offer::KeepOrPutBack;
    case State::Made:
    case State::Kept:
        return change.back ? Offer::Undo : Offer::Nothing;
    case State::PutBackFailed:
        return Offer::TryPutBackAgain;
    case State::Queued:
    case State::Asking:
    case State::NotMade:
    case State::PuttingBack:
    case State::PutBack:
        break;
    }
    return Offer::Nothing;
}

QString TuningLogModel::stateText(const TuningChange &change, qint64 nowMs)
{
    using State = TuningChange::State;
    switch (change.state) {
    case State::Queued:
        return tr("Waiting for the request before it");
    case State::Asking:
        return tr("Asking for permission…");
    case State::NotMade:
        return tr("Not made: %1").arg(change.problem);
    case State::Made:
        return change.result.isEmpty() ? tr("Made") : tr("Made: %1").arg(change.result);
    case State::OnTrial:
        return tr("On trial: %1 unless kept").arg(countdown(change, nowMs));
    case State::LeftOnTrial:
        return tr("Still on trial: %1").arg(countdown(change, nowMs));
    case State::Kept:
        return tr("Kept");
    case State::PuttingBack:
        return tr("Putting back…");
    case State::PutBack:
        switch (change.putBackBy) {
        case TuningChange::PutBackBy::Undo:
            return tr("Undone");
        case TuningChange::PutBackBy::TrialEnd:
            return tr("Put back at the end of its trial");
        case TuningChange::PutBackBy::Quit:
            return tr("Put back when MemLens closed");
        }
        break;
    case State::PutBackFailed:
        return tr("Not put back: %1").arg(change.problem);
    }
    return {};
}

QString TuningLogModel::countdown(const TuningChange &change, qint64 nowMs)
{
    if (change.state == TuningChange::State::LeftOnTrial)
        return tr("left by a MemLens that stopped");
    return tr("back in %1 s").arg(std::max<qint64>(0, (change.deadlineMs - nowMs + 999) / 1000));
}

QString TuningLogModel::effectText(const TuningEffect::Window &window)
{
    const QLocale locale;
    return tr("PSI %1 % · swap-out %2/s · faults %3/s")
        .arg(window.pressurePercent ? locale.toString(*window.pressurePercent, 'f', 2) : ByteFormat::unavailable(),
             window.swapOutBytesPerSecond ? ByteFormat::human(qint64(*window.swapOutBytesPerSecond)) : ByteFormat::unavailable(),
             window.majorFaultsPerSecond ? locale.toString(*window.majorFaultsPerSecond, 'f', 1) : ByteFormat::unavailable());
}

QVariant TuningLogModel::data(const QModelIndex &index, int role) const
{
    const TuningLogRow *row = rowAt(index);
    if (!row)
        return {};
    const TuningChange *change = &row->change;
    if (role == ChangeIdRole)
        return change->id;
    if (role == OfferRole)
        return QVariant::fromValue(offerFor(*change));
    if (role == ModelRoles::KeyRole)
        return QString::number(change->id);
    const bool text = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    switch (index.column()) {
    case TimeColumn: {
        const qint64 at = change->madeAtMs ? change->madeAtMs : change->askedAtMs;
        if (role == ModelRoles::RawValueRole)
            return at;
        if (role == Qt::DisplayRole)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at).time(), QLocale::ShortFormat);
        if (role == Qt::ToolTipRole)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at), QLocale::LongFormat);
        break;
    }
    case ChangeColumn:
        if (text || role == ModelRoles::RawValueRole)
            return change->description;
        break;
    case StateColumn:
        if (text || role == ModelRoles::RawValueRole)
            return row->state;
        break;
    case BeforeColumn:
    case AfterColumn: {
        if (!change->effect)
            break;
        const bool before = index.column() == BeforeColumn;
        QString said = effectText(before ? change->effect->before : change->effect->after);
        if (!before && !change->effect->settled())
            said += tr(" (%1 s so far)").arg(change->effect->afterMs / 1000);
        if (text || role == ModelRoles::RawValueRole)
            return said;
        break;
    }
    case OfferColumn:
        break;
    }
    return {};
}

QVariant TuningLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && (section == BeforeColumn || section == AfterColumn))
        return tr("Memory pressure (PSI some), data written to swap and major page faults, averaged");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ChangeColumn:
        return tr("Change");
    case StateColumn:
        return tr("State");
    case BeforeColumn:
        return tr("The minute before");
    case AfterColumn:
        return tr("The minute after");
    }
    return {};
}

QList<int> TuningLogModel::valueRoles() const
{
    return {Qt::DisplayRole, Qt::ToolTipRole, ModelRoles::RawValueRole, OfferRole};
}
