// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/keyedtreemodel.h"
#include "tuning/tuningchange.h"

// The changes of a tuning session, one row each, keyed by the change's id: when, what, where it
// stands (asking, on trial with its countdown, kept, put back, failed and why) and its effect.
// Views show the newest first by sorting on the time column's raw value.
struct TuningLogRow {
    TuningChange change;
    QString state; // as of the last setChanges(): a trial's countdown moves with the clock
    bool operator==(const TuningLogRow &) const = default;
};

class TuningLogModel : public KeyedTreeModel<quint64, TuningLogRow>
{
    Q_OBJECT

public:
    // OfferColumn has no text: views put the offer's buttons there, beside the state it answers.
    enum Column { TimeColumn, ChangeColumn, StateColumn, OfferColumn, BeforeColumn, AfterColumn, ColumnCount };
    enum Role {
        // The change's id (quint64), to keep or put back through the session.
        ChangeIdRole = Qt::UserRole + 100,
        // What the user can do with the row now: an Offer.
        OfferRole,
    };
    enum class Offer { Nothing, KeepOrPutBack, Undo, TryPutBackAgain };
    Q_ENUM(Offer)

    explicit TuningLogModel(QObject *parent = nullptr);

    void setChanges(const QList<TuningChange> &changes, qint64 nowMs);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static Offer offerFor(const TuningChange &change);
    // "Waiting for permission…", "On trial: back in 12 s unless kept", "Not made: …"
    static QString stateText(const TuningChange &change, qint64 nowMs);
    // For a change on trial, when it goes back: "back in 12 s"; left by a MemLens that stopped,
    // that it waits for an answer.
    static QString countdown(const TuningChange &change, qint64 nowMs);
    // "PSI 0.10 % · swap-out 0 B/s · faults 1.2/s"
    static QString effectText(const TuningEffect::Window &window);

protected:
    QList<int> valueRoles() const override;
};
