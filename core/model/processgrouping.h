// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/processmodel.h"

#include <QStringView>

#include <vector>

// The group rows of ProcessModel's ByApplication and ByUser layouts, each with its processes as
// children. Built every refresh for thousands of processes, so a process costs a hash lookup on
// a view of text it already holds; only a group allocates its label.
namespace ProcessGrouping
{
// The program a process runs, named by the file name of its first argument, or its task name
// when it has no command line. A view into the record.
QStringView applicationOf(const ProcessRecord &process);

// Kernel threads in one group, every other process under applicationOf().
std::vector<ProcessModel::Node> byApplication(const QList<ProcessRecord> &processes);
// One group per user name.
std::vector<ProcessModel::Node> byUser(const QList<ProcessRecord> &processes);
} // namespace ProcessGrouping
