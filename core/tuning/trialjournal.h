// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "privileged/privilegedrequest.h"

#include <QCoreApplication>
#include <QList>

// A small file per running MemLens in the user's state directory ($XDG_STATE_HOME/memlens,
// ~/.local/state/memlens by default) naming the changes it has on trial, rewritten whenever that
// set changes. A MemLens that crashed, was killed or lost power leaves its file behind; the next
// one finds it and offers to put those values back. A trial from before the machine restarted
// ended with the restart: the kernel started with its own values again.
class TrialJournal
{
    Q_DECLARE_TR_FUNCTIONS(TrialJournal)

public:
    struct Trial {
        PrivilegedRequest back; // what puts the old value back
        QString description; // "swappiness 60 → 10"
        QString backDescription; // "swappiness back to 60"
        qint64 setAtMs = 0;
        bool operator==(const Trial &) const = default;
    };
    struct LeftBehind {
        QList<Trial> stillSet; // by a MemLens that ended during this boot
        QList<Trial> endedByRestart; // by one that ran before the machine last started
        QStringList problems; // journals that could not be read, each with where it was kept
    };

    explicit TrialJournal(const QString &directory = defaultDirectory());
    static QString defaultDirectory();

    // Keeps this process's open trials on disk (none removes its file). Empty, or why not.
    QString write(const QList<Trial> &open) const;
    // The journals of MemLens processes no longer running, read and removed.
    LeftBehind takeLeftBehind() const;

private:
    QString m_directory;
};
