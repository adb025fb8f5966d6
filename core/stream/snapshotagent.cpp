// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "snapshotagent.h"

#include "sample/processsampler.h"
#include "sample/systemsampler.h"
#include "stream/snapshotstream.h"

#include <QElapsedTimer>
#include <QFileDevice>
#include <QThread>

int SnapshotAgent::run(const SysRoot &root, int intervalMs, std::optional<int> count, QIODevice *output, qint64 pssMaxAgeMs)
{
    SystemSampler system(root);
    ProcessSampler processes(root);
    PssScheduler::Settings settings;
    settings.maxAgeMs = pssMaxAgeMs;
    processes.setSchedulerSettings(settings);
    SnapshotStream::Writer writer(output);
    for (int tick = 0; !count || tick < *count; ++tick) {
        QElapsedTimer took;
        took.start();
        // The first tick reads everything; later ones read smaps_rollup only where it moved.
        const bool written = writer.write(system.sample()) && writer.write(tick == 0 ? processes.sample() : processes.sampleIncremental(intervalMs));
        if (auto *file = qobject_cast<QFileDevice *>(output))
            file->flush(); // the reader is waiting for this tick, not for a full buffer
        if (!written)
            return tick == 0 ? 1 : 0;
        if (!count || tick + 1 < *count)
            QThread::msleep(ulong(std::max<qint64>(0, intervalMs - took.elapsed())));
    }
    return 0;
}
