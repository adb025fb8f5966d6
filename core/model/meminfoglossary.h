// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QString>

// What each /proc/meminfo field means, in plain words, and the group it is shown in. A field this
// table does not know (a newer kernel's) goes to Other with a generic sentence, never hidden.
namespace MeminfoGlossary
{
enum class Group {
    Ram,
    PageCache,
    Anonymous,
    Kernel,
    Swap,
    HugePages,
    Commit,
    Other,
};
constexpr int groupCount = int(Group::Other) + 1;

Group groupOf(QByteArrayView field);
QString explanation(QByteArrayView field);
QString groupTitle(Group group);
QString groupExplanation(Group group);
}
