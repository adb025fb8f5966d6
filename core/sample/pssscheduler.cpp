// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pssscheduler.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace
{
constexpr qint64 pageBytes = 4096;
}

void PssScheduler::setSettings(Settings settings)
{
    m_settings = settings;
}

qint64 PssScheduler::estimatedCostNs(qint64 rssPages) const
{
    return m_nsFixed + qint64(m_nsPerPage * double(std::max<qint64>(rssPages, 0)));
}

qint64 PssScheduler::pagesMoved(const QList<Observation> &live)
{
    QSet<ProcessKey> alive;
    alive.reserve(live.size());
    qint64 moved = 0;
    for (const Observation &seen : live) {
        alive.insert(seen.key);
        const auto state = m_states.find(seen.key);
        if (state == m_states.end()) {
            moved += seen.rssPages; // a fork maps all its parent's pages without a fault
            continue;
        }
        const Observation &before = state->lastSeen;
        if (seen.key.pid == m_samplingPid || seen.key.pid == m_readerPid) {
            state->lastSeen = seen;
            continue;
        }
        // RSS shows the pages mapped or unmapped on balance; faults beyond that are pages replaced
        // (copy on write) or mapped and unmapped again within the interval: two moves each.
        const qint64 net = std::abs(seen.rssPages - before.rssPages);
        const qint64 faults = qint64(seen.faults - std::min(seen.faults, before.faults));
        moved += net + 2 * std::max<qint64>(faults - net, 0);
        state->lastSeen = seen;
    }
    m_states.removeIf([&](const auto &it) {
        if (alive.contains(it.key()))
            return false;
        moved += it.value().lastSeen.rssPages; // an exit unmaps everything
        return true;
    });
    return moved;
}

QList<qsizetype> PssScheduler::plan(const QList<Observation> &live, qint64 nowMs, qint64 intervalMs, qint64 unseenPagesMoved)
{
    // Each page mapped or unmapped anywhere moves the PSS of a process sharing it by at most half
    // a page (from alone to shared by two).
    const qint64 driftBytes = (pagesMoved(live) + unseenPagesMoved) * pageBytes / 2;

    struct Candidate {
        qsizetype index;
        qint64 costNs;
        double lateness; // age against its bound: 1 is due
        double priority; // for changed processes: how much moved, how long ago read, per ns of cost
    };
    QList<qsizetype> chosen;
    QList<Candidate> changed;
    QList<Candidate> unchanged;
    qint64 spentNs = 0;
    double shareNs = 0; // the bound's share of this tick: each process's cost over its bound
    for (qsizetype i = 0; i < live.size(); ++i) {
        const Observation &seen = live[i];
        const auto state = m_states.find(seen.key);
        if (state == m_states.end()) { // never read: nothing to show without it
            chosen.append(i);
            spentNs += estimatedCostNs(seen.rssPages);
            continue;
        }
        state->driftBytes += driftBytes;
        const bool settled = state->toleranceBytes > 0 && state->driftBytes <= state->toleranceBytes;
        if (!settled && state->unsettledAtMs < 0)
            state->unsettledAtMs = std::max(state->readAtMs, nowMs - intervalMs);
        // A settled reading is as good as fresh up to the longer bound; one that could have
        // drifted may be shown for the short bound from when it could have. So a burst of activity
        // that unsettles many old readings at once spreads their reads over the short bound.
        const qint64 boundMs = std::max(settled ? m_settings.settledMaxAgeMs : m_settings.maxAgeMs, intervalMs);
        const qint64 cost = std::max<qint64>(state->costNs, 1);
        const qint64 ageMs = nowMs - (settled ? state->readAtMs : state->unsettledAtMs);
        // Read when it would reach its bound by the next tick: once every bound less one interval.
        shareNs += double(cost) * double(intervalMs) / double(std::max(boundMs - intervalMs, intervalMs));
        if (ageMs + intervalMs >= boundMs || nowMs - state->readAtMs + intervalMs >= m_settings.settledMaxAgeMs) {
            chosen.append(i);
            spentNs += cost;
            continue;
        }
        const double lateness = double(ageMs) / double(boundMs);
        const Observation &before = state->lastRead;
        const double rssMoved = std::abs(double(seen.rssPages - before.rssPages)) / double(std::max<qint64>(before.rssPages, 1));
        const bool faulted = seen.faults != before.faults;
        if (rssMoved > 0 || faulted || seen.cpuTicks != before.cpuTicks) {
            const double moved = 1.0 + 100.0 * rssMoved + (faulted ? 1.0 : 0.0);
            changed.append({i, cost, lateness, moved * double(ageMs + intervalMs) / double(cost)});
        } else {
            unchanged.append({i, cost, lateness, 0});
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

    // The bound's share: over its bound every process is read once, so each tick spends at least
    // that share of the cost of reading them all, on the latest. Spreading it evenly keeps the
    // processes read together at start from all falling due on the same tick. Reads of changed
    // processes do not count: they tend to be the same few, read again and again.
    std::sort(unchanged.begin(), unchanged.end(), [](const Candidate &a, const Candidate &b) {
        return a.lateness > b.lateness;
    });
    // The share is kept as a credit across ticks: a tick whose share is a third of one read reads
    // one every third tick, not one each tick. Reads that fell due this tick are paid from it,
    // but never from later ticks' share, which would only make more fall due later.
    m_shareCreditNs = std::clamp(m_shareCreditNs + shareNs - double(spentNs), 0.0, 2 * shareNs + double(budgetNs));
    for (const Candidate &candidate : unchanged) {
        if (double(candidate.costNs) > m_shareCreditNs)
            break;
        chosen.append(candidate.index);
        m_shareCreditNs -= double(candidate.costNs);
    }
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

void PssScheduler::recordRead(const Observation &seen, qint64 nowMs, qint64 costNs, std::optional<qint64> pssBytes)
{
    const qint64 tolerance = pssBytes && m_settings.tolerance > 0 ? std::max(16 * pageBytes, qint64(double(*pssBytes) * m_settings.tolerance)) : 0;
    m_states.insert(seen.key, State{seen, seen, nowMs, costNs, tolerance, 0, tolerance > 0 ? -1 : nowMs});
    // Learn the cost per resident page for processes not read yet; the exponential average
    // follows the machine (caches, CPU frequency) without one odd read swinging it.
    if (seen.rssPages > 0 && costNs > m_nsFixed) {
        const double perPage = double(costNs - m_nsFixed) / double(seen.rssPages);
        m_nsPerPage = m_nsPerPage == 0 ? perPage : 0.9 * m_nsPerPage + 0.1 * perPage;
    }
}
