#include "snapshotagent.h"

#include "sample/processsampler.h"
#include "sample/systemsampler.h"
#include "stream/snapshotstream.h"

#include <QElapsedTimer>
#include <QFileDevice>
#include <QThread>

int SnapshotAgent::run(const SysRoot &root, int intervalMs, std::optional<int> count, QIODevice *output)
{
    SystemSampler system(root);
    ProcessSampler processes(root);
    SnapshotStream::Writer writer(output);
    for (int tick = 0; !count || tick < *count; ++tick) {
        QElapsedTimer took;
        took.start();
        const bool written = writer.write(system.sample()) && writer.write(processes.sample());
        if (auto *file = qobject_cast<QFileDevice *>(output))
            file->flush(); // the reader is waiting for this tick, not for a full buffer
        if (!written)
            return tick == 0 ? 1 : 0;
        if (!count || tick + 1 < *count)
            QThread::msleep(ulong(std::max<qint64>(0, intervalMs - took.elapsed())));
    }
    return 0;
}
