// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "privileged/privilegedrequest.h"
#include "tuning/tuningeffect.h"

#include <optional>

// One change asked for in a tuning session, from the moment it is asked until it is kept or put
// back: a row of the session's log.
struct TuningChange {
    enum class State {
        Queued, // waiting behind another request
        Asking, // with polkit and the helper
        NotMade, // refused, cancelled or failed: problem says why, nothing changed
        Made, // in place
        OnTrial, // in place until deadlineMs, then put back unless kept
        LeftOnTrial, // on trial when an earlier MemLens stopped without ending it
        Kept, // a trial the user kept
        PuttingBack, // the old value is asked for
        PutBack, // the old value is back
        PutBackFailed, // the old value could not be written back: problem says why
    };
    // Why a change was put back.
    enum class PutBackBy { Undo, TrialEnd, Quit };

    quint64 id = 0;
    PrivilegedRequest request;
    qint64 askedAtMs = 0;
    qint64 madeAtMs = 0; // when the helper answered; 0 until then
    QString description; // "swappiness 60 → 10", old values once the helper has told them
    std::optional<PrivilegedRequest> back; // what puts it back; none for dropped caches
    QString backDescription; // "swappiness back to 60"
    bool trial = false;
    State state = State::Queued;
    PutBackBy putBackBy = PutBackBy::Undo;
    qint64 deadlineMs = 0; // on trial: when it goes back
    QString problem;
    QString result; // what it did beyond the value: "freed 1.2 GiB of cache"
    std::optional<TuningEffect> effect;

    bool operator==(const TuningChange &) const = default;

    // A trial that has not ended by keep or by a successful put-back: the tried value may still
    // be in place, so quitting asks, and a journal keeps it.
    bool trialOpen() const
    {
        return trial && (state == State::OnTrial || state == State::LeftOnTrial || state == State::PuttingBack || state == State::PutBackFailed);
    }
};
