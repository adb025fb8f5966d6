// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/processsnapshot.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

// One of the four writes the privileged helper makes, built only by the typed constructors
// below: they alone know the helper's action names and argument keys, so no widget spells them.
struct PrivilegedRequest {
    Q_DECLARE_TR_FUNCTIONS(PrivilegedRequest)

public:
    enum class Action { SetSwappiness, SetTransparentHugePages, DropCaches, SetOomScoreAdj };

    Action action = Action::SetSwappiness;
    QMap<QString, QString> arguments; // the helper's keys and their values, as text
    QString message; // what polkit's dialog says, before escaping ("Set vm.swappiness to 10")

    bool operator==(const PrivilegedRequest &) const = default;

    // The helper's short name for the action ("setswappiness"): its id in helper/actionids.h
    // without the helper's prefix.
    QString actionName() const;
    // The action a short name stands for, or nothing for a name the helper does not have.
    static std::optional<Action> actionFromName(const QString &name);

    static PrivilegedRequest swappiness(int value);
    // The kernel's own words ("madvise", "defer"); an empty one leaves that knob as it is.
    static PrivilegedRequest transparentHugePages(const QString &enabled, const QString &defrag);
    // 1: page cache, 2: dentries and inodes, 3: both.
    static PrivilegedRequest dropCaches(int level);
    // What a drop of that level empties, in words ("the page cache").
    static QString cachesOf(int level);
    // name: the process's own (of its owner's choosing), for the dialog only.
    static PrivilegedRequest oomScoreAdj(const ProcessKey &process, const QString &name, int value);

    // The same request in another form: what a journal keeps and reads back.
    static std::optional<PrivilegedRequest> fromActionName(const QString &name, const QMap<QString, QString> &arguments, const QString &message);
};
