// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "recordedmoment.h"

#include "record/recordingreader.h"

std::optional<RecordedMoment> RecordedMoment::read(const QString &recording, qint64 atMs, QString *error)
{
    RecordingReader reader(recording, atMs);
    std::optional<SystemSnapshot> system;
    std::optional<ProcessSnapshot> processes;
    while (const std::optional<SnapshotStream::Snapshot> snapshot = reader.next()) {
        if (const auto *s = std::get_if<SystemSnapshot>(&*snapshot)) {
            if (s->sampledAtMs > atMs)
                break;
            system = *s;
        } else if (const auto *p = std::get_if<ProcessSnapshot>(&*snapshot)) {
            processes = *p; // of the sample its system snapshot began, read a moment later
        }
    }
    if (system && processes)
        return RecordedMoment{*system, *processes};
    *error = !reader.error().isEmpty() ? reader.error() : tr("the recording holds no sample up to that moment");
    return std::nullopt;
}
