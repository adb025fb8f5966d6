// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "firstsnapshots.h"

#include <QEventLoop>

std::optional<FirstSnapshots> FirstSnapshots::of(SnapshotSource &source, QString *error)
{
    std::optional<SystemSnapshot> system;
    std::optional<FirstSnapshots> first;
    QEventLoop loop;
    const auto sampled = QObject::connect(&source, &SnapshotSource::sampled, &loop, [&](const SnapshotStream::Snapshot &snapshot) {
        if (const auto *s = std::get_if<SystemSnapshot>(&snapshot)) {
            system = *s;
        } else if (const auto *p = std::get_if<ProcessSnapshot>(&snapshot); p && system) {
            first = FirstSnapshots{*system, *p};
            loop.quit();
        }
    });
    const auto ended = QObject::connect(&source, &SnapshotSource::ended, &loop, [&](const QString &reason) {
        *error = reason;
        loop.quit();
    });
    source.start();
    loop.exec();
    QObject::disconnect(sampled);
    QObject::disconnect(ended);
    return first;
}
