// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <Qt>

// Roles shared by every MemLens model, beside Qt's display and tooltip roles.
namespace ModelRoles
{
enum Role {
    // The value behind the cell, unformatted: qint64 bytes or counts, double percentages, QString
    // text. An invalid QVariant where the value is unavailable (never a zero). Views sort on it.
    RawValueRole = Qt::UserRole,
    // Why the cell has no value ("permission denied reading /proc/1/smaps_rollup"), else empty.
    UnavailableReasonRole,
    // One sentence in plain words on what the row means (for tooltips and side panels).
    ExplanationRole,
    // Text the filter box matches against: name, user, command line, cgroup.
    FilterTextRole,
    // The process id of a process row (qint64), invalid for other rows.
    PidRole,
    // The row's stable key, as text (for tests and for restoring a selection by hand).
    KeyRole,
    // True for a kernel thread's row (no user-space memory), so views can hide them.
    KernelThreadRole,
    // True for a group row (ProcessModel's ByApplication and ByUser layouts: an application's or
    // a user's processes, with their sums), false for a process row; views may style it apart.
    GroupRole,
    // For a process that leak watch sees climbing steadily, its sentence ("firefox has grown
    // 210 MiB/h steadily for 40 min"); empty otherwise. The process views' proxy adds it.
    GrowthRole,
    // A figure's share (double, 0–1) of what its bar is measured against, for views that draw one
    // behind the figure: an application's PSS against the largest shown.
    ShareRole,
    // True for a row that deserves attention (a shared memory segment nobody has attached):
    // views draw it in bold.
    EmphasisRole,
};
}
