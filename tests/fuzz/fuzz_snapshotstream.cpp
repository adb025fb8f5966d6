// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The snapshot stream from any bytes (an agent on another machine, a recording someone sent):
// whole snapshots or a stated error, never a crash, and a broken stream stays broken. Every
// snapshot read writes back to a stream that reads the same.
#include "streaminput.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = streamInput(data, size);
    QBuffer input(&bytes);
    input.open(QIODevice::ReadOnly);
    SnapshotStream::Reader reader(&input);
    // Every snapshot read writes back to a stream that reads back to the same bytes (compared as
    // bytes: a figure that is NaN compares unequal to itself).
    const auto rewrite = [](const QList<SnapshotStream::Snapshot> &snapshots) {
        QByteArray bytes;
        QBuffer output(&bytes);
        output.open(QIODevice::WriteOnly);
        SnapshotStream::Writer writer(&output);
        for (const SnapshotStream::Snapshot &snapshot : snapshots)
            writer.write(snapshot);
        return bytes;
    };
    const auto readAll = [](SnapshotStream::Reader &reader) {
        QList<SnapshotStream::Snapshot> snapshots;
        while (const auto snapshot = reader.next())
            snapshots.append(*snapshot);
        return snapshots;
    };
    const QList<SnapshotStream::Snapshot> read = readAll(reader);
    if (!reader.error().isEmpty() && reader.next())
        abort();
    QByteArray written = rewrite(read);
    QBuffer again(&written);
    again.open(QIODevice::ReadOnly);
    SnapshotStream::Reader rereader(&again);
    const QList<SnapshotStream::Snapshot> reread = readAll(rereader);
    if (reread.size() != read.size() || !rereader.error().isEmpty() || rewrite(reread) != written)
        abort();
    return 0;
}
