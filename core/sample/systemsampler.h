#pragma once

#include "read/systemreader.h"
#include "read/zramreader.h"

#include <QElapsedTimer>

// Samples the system figures and turns vmstat's counters into per-second rates between ticks.
class SystemSampler
{
public:
    explicit SystemSampler(const SysRoot &root);

    SystemSnapshot sample();

    // Rates of the counters in both samples, per second of monotonic time between them. A counter
    // that went backwards (reset, or a different machine's recording) gets no rate.
    static QList<CounterRate> rates(const NamedValues &before, const NamedValues &after, double seconds);

private:
    SystemReader m_reader;
    ZramReader m_zram;
    std::optional<NamedValues> m_previousVmstat;
    QElapsedTimer m_sincePrevious;
};
