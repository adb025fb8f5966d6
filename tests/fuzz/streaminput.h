// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "stream/snapshotstream.h"

#include <QDataStream>
#include <QIODevice>

#include <cstdint>

// A fuzzer's bytes as a snapshot stream: half the inputs (an even first byte) get a good header,
// so that the records behind it are reached; the others are taken as they are.
inline QByteArray streamInput(const uint8_t *data, size_t size)
{
    if (size == 0 || data[0] % 2 != 0)
        return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
    QByteArray bytes(SnapshotStream::magic);
    QDataStream(&bytes, QIODevice::Append) << SnapshotStream::version;
    return bytes + QByteArrayView(data + 1, qsizetype(size - 1));
}
