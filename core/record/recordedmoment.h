// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/processsnapshot.h"
#include "snapshot/systemsnapshot.h"

#include <QCoreApplication>

#include <optional>

// One moment of a recording as the pages showed it: the last sample begun at or before the time
// asked (a system snapshot, and the process snapshot read after it), read from the segment that
// holds it, as ReplaySource opens a moment.
struct RecordedMoment {
    Q_DECLARE_TR_FUNCTIONS(RecordedMoment)

public:
    SystemSnapshot system;
    ProcessSnapshot processes;

    // nullopt, and why in error, when the recording holds no whole sample up to atMs.
    static std::optional<RecordedMoment> read(const QString &recording, qint64 atMs, QString *error);
};
