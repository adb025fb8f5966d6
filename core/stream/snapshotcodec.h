// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/processsnapshot.h"
#include "snapshot/systemsnapshot.h"

#include <QDataStream>

// Snapshots as bytes, field by field, for the snapshot stream (`memlens --agent`, recordings).
// Every field is written, so a snapshot read back compares equal to the one written.
QDataStream &operator<<(QDataStream &out, const SystemSnapshot &snapshot);
QDataStream &operator>>(QDataStream &in, SystemSnapshot &snapshot);
QDataStream &operator<<(QDataStream &out, const ProcessSnapshot &snapshot);
QDataStream &operator>>(QDataStream &in, ProcessSnapshot &snapshot);
