// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// A recording's outline (what the timeline lays out without decoding snapshots) from any bytes:
// a recording someone sent, a segment cut short. Never a crash; and where the stream reads whole,
// the outline names exactly its samples' times and its bookmarks.
#include "streaminput.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = streamInput(data, size);
    QBuffer forOutline(&bytes);
    forOutline.open(QIODevice::ReadOnly);
    const SnapshotStream::Outline outline = SnapshotStream::outline(&forOutline);

    QBuffer forReader(&bytes);
    forReader.open(QIODevice::ReadOnly);
    SnapshotStream::Reader reader(&forReader);
    SnapshotStream::Outline decoded;
    while (const auto snapshot = reader.next()) {
        if (const auto *system = std::get_if<SystemSnapshot>(&*snapshot))
            decoded.sampleTimesMs.append(system->sampledAtMs);
        else if (const auto *bookmark = std::get_if<Bookmark>(&*snapshot))
            decoded.bookmarks.append(*bookmark);
    }
    if (reader.error().isEmpty() && !reader.holdsPartialRecord() && (outline.sampleTimesMs != decoded.sampleTimesMs || outline.bookmarks != decoded.bookmarks))
        abort();
    return 0;
}
