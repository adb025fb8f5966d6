#include "pssscheduler.h"

#include <QSet>

#include <algorithm>
#include <cmath>

void PssScheduler::setSettings(Settings settings)
{
    m_settings = settings;
}

qint64 PssScheduler::estimatedCostNs(qint64 rssPages) const
{
    return m_nsFixed + qint64(m_nsPerPage * double(std::max<qint64>(rssPages, 0)));
}

QList<qsizetype> PssScheduler::plan(const QList<Observation> &live, qint64 nowMs, qint64 intervalMs)
{
    QSet<ProcessKey> alive;
    alive.reserve(live.size());
    for (const Observation &seen : live)
        alive.insert(seen.key);
    m_states.removeIf([&alive](const auto &it) {
        return !alive.contains(it.key());
    });

    struct Candidate {
        qsizetype index;
        qint64 costNs;
        qint64 ageMs;
        double priority; // for changed processes: how much moved, how long ago read, per ns of cost
    };
    QList<qsizetype> chosen;
    QList<Candidate> changed;
    QList<Candidate> unchanged;
    qint64 spentNs = 0;
    qint64 totalCostNs = 0;
    for (qsizetype i = 0; i < live.size(); ++i) {
        const Observation &seen = live[i];
        const auto state = m_states.constFind(seen.key);
        if (state == m_states.cend()) { // never read: nothing to show without it
            const qint64 cost = estimatedCostNs(seen.rssPages);
            chosen.append(i);
            spentNs += cost;
            totalCostNs += cost;
            continue;
        }
        const qint64 cost = std::max<qint64>(state->costNs, 1);
        const qint64 ageMs = nowMs - state->readAtMs;
        totalCostNs += cost;
        if (ageMs + intervalMs >= m_settings.maxAgeMs) { // would reach the bound by the next tick
            chosen.append(i);
            spentNs += cost;
            continue;
        }
        const Observation &before = state->lastRead;
        const double rssMoved = std::abs(double(seen.rssPages - before.rssPages)) / double(std::max<qint64>(before.rssPages, 1));
        const bool faulted = seen.faults != before.faults;
        if (rssMoved > 0 || faulted || seen.cpuTicks != before.cpuTicks) {
            const double moved = 1.0 + 100.0 * rssMoved + (faulted ? 1.0 : 0.0);
            changed.append({i, cost, ageMs, moved * double(ageMs + intervalMs) / double(cost)});
        } else {
            unchanged.append({i, cost, ageMs, 0});
        }
    }

    // Changed processes, best value first, as long as they fit in this tick's budget; one that
    // does not fit waits and is read by the bound's share below or, at the latest, when due.
    std::sort(changed.begin(), changed.end(), [](const Candidate &a, const Candidate &b) {
        return a.priority > b.priority;
    });
    const qint64 budgetNs = m_settings.budgetNsPerSecond * intervalMs / 1000;
    qint64 changedSpentNs = 0;
    for (Candidate &candidate : changed) {
        if (changedSpentNs + candidate.costNs > budgetNs) {
            unchanged.append(candidate);
            continue;
        }
        chosen.append(candidate.index);
        changedSpentNs += candidate.costNs;
    }

    // The bound's share: over maxAge every process is read once, so each tick spends at least
    // interval / maxAge of the cost of reading them all, on the most stale. Spreading it evenly
    // keeps the processes read together at start from all falling due on the same tick. Reads
    // of changed processes do not count: they tend to be the same few, read again and again.
    const qint64 shareNs = qint64(double(totalCostNs) * double(intervalMs) / double(std::max<qint64>(m_settings.maxAgeMs, intervalMs)));
    std::sort(unchanged.begin(), unchanged.end(), [](const Candidate &a, const Candidate &b) {
        return a.ageMs > b.ageMs;
    });
    for (const Candidate &candidate : unchanged) {
        if (spentNs >= shareNs)
            break;
        chosen.append(candidate.index);
        spentNs += candidate.costNs;
    }
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

void PssScheduler::recordRead(const Observation &seen, qint64 nowMs, qint64 costNs)
{
    m_states.insert(seen.key, State{seen, nowMs, costNs});
    // Learn the cost per resident page for processes not read yet; the exponential average
    // follows the machine (caches, CPU frequency) without one odd read swinging it.
    if (seen.rssPages > 0 && costNs > m_nsFixed) {
        const double perPage = double(costNs - m_nsFixed) / double(seen.rssPages);
        m_nsPerPage = m_nsPerPage == 0 ? perPage : 0.9 * m_nsPerPage + 0.1 * perPage;
    }
}
