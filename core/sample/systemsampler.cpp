#include "systemsampler.h"

SystemSampler::SystemSampler(const SysRoot &root)
    : m_reader(root)
    , m_zram(root)
{
}

SystemSnapshot SystemSampler::sample()
{
    SystemSnapshot snapshot = m_reader.read();
    snapshot.zram = m_zram.read();
    const double seconds = m_sincePrevious.isValid() ? double(m_sincePrevious.nsecsElapsed()) / 1e9 : 0;
    m_sincePrevious.start();
    if (!snapshot.vmstat.value)
        return snapshot;
    if (m_previousVmstat && seconds > 0)
        snapshot.vmstatRates = rates(*m_previousVmstat, *snapshot.vmstat.value, seconds);
    m_previousVmstat = snapshot.vmstat.value;
    return snapshot;
}

QList<CounterRate> SystemSampler::rates(const NamedValues &before, const NamedValues &after, double seconds)
{
    QList<CounterRate> rates;
    const QList<NamedValue> &old = before.list();
    const QList<NamedValue> &now = after.list();
    rates.reserve(now.size());
    for (qsizetype i = 0; i < now.size(); ++i) {
        // The kernel's order is stable between reads, so the same index is almost always the
        // same counter; look it up by name only when it is not.
        const NamedValue *previous = i < old.size() && old[i].name == now[i].name ? &old[i] : before.find(now[i].name);
        if (previous && now[i].value >= previous->value)
            rates.append({now[i].name, double(now[i].value - previous->value) / seconds});
    }
    return rates;
}
