// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "leakwatch.h"

#include "format/byteformat.h"

#include <QLocale>

#include <algorithm>
#include <climits>
#include <cmath>

namespace
{
constexpr double msPerHour = 3'600'000.0;

// "40 min", "2.5 h", "45 s": how long a trend has been watched.
QString duration(qint64 ms)
{
    const int seconds = int(std::min<qint64>(ms / 1000, INT_MAX));
    const int minutes = seconds / 60;
    if (seconds < 60)
        return QCoreApplication::translate("LeakWatch", "%n s", nullptr, seconds);
    if (seconds < 2 * 3600)
        return QCoreApplication::translate("LeakWatch", "%n min", nullptr, minutes);
    return QCoreApplication::translate("LeakWatch", "%1 h").arg(QLocale().toString(double(seconds) / 3600, 'f', 1));
}
}

LeakWatch::LeakWatch(Settings settings)
    : m_settings(settings)
{
}

void LeakWatch::append(const ProcessSnapshot &snapshot)
{
    // A clock that went back (a recording opened at an earlier moment) begins every trend afresh.
    if (snapshot.sampledAtMs < m_lastAtMs) {
        m_tracks.clear();
        m_firstAtMs = 0;
    }
    if (m_firstAtMs == 0)
        m_firstAtMs = snapshot.sampledAtMs;
    m_lastAtMs = snapshot.sampledAtMs;
    // Updated in place, every refresh: rebuilding the hash would allocate a node per process.
    ++m_generation;
    for (const ProcessRecord &process : snapshot.processes) {
        if (process.kernelThread)
            continue;
        Track &track = m_tracks[process.key];
        track.seenIn = m_generation;
        if (track.name != process.name)
            track.name = process.name;
        if (track.points.empty())
            track.pss = process.pss().has_value();
        // The figure a track started with, kept: PSS and RSS of the same process differ by its
        // shared pages, and a switch between them would read as growth.
        const std::optional<qint64> bytes = track.pss ? process.pss() : process.rss.value;
        const qint64 atMs = process.readAtMs > 0 ? process.readAtMs : snapshot.sampledAtMs;
        if (bytes && (track.points.empty() || atMs > track.points.back().atMs)) {
            const qint64 bucket = std::max<qint64>(m_settings.bucketMs, 1);
            if (!track.points.empty() && atMs / bucket == track.points.back().atMs / bucket)
                track.points.back() = {atMs, *bytes};
            else
                track.points.push_back({atMs, *bytes});
            const auto inWindow = std::find_if(track.points.begin(), track.points.end(), [&](const Point &point) {
                return atMs - point.atMs <= m_settings.windowMs;
            });
            track.points.erase(track.points.begin(), inWindow);
        }
    }
    m_tracks.removeIf([this](const auto &it) {
        return it.value().seenIn != m_generation;
    });
}

std::optional<LeakWatch::Growth> LeakWatch::growthOf(const ProcessKey &key) const
{
    const auto it = m_tracks.constFind(key);
    if (it == m_tracks.cend())
        return std::nullopt;
    return judge(key, *it);
}

QList<LeakWatch::Growth> LeakWatch::growing() const
{
    QList<Growth> result;
    for (auto it = m_tracks.cbegin(); it != m_tracks.cend(); ++it) {
        Growth growth = judge(it.key(), *it);
        if (growth.trend == Trend::Steady || growth.trend == Trend::Noisy)
            result.append(std::move(growth));
    }
    std::sort(result.begin(), result.end(), [](const Growth &a, const Growth &b) {
        if ((a.trend == Trend::Steady) != (b.trend == Trend::Steady))
            return a.trend == Trend::Steady;
        return a.bytesPerHour > b.bytesPerHour;
    });
    return result;
}

QList<QPointF> LeakWatch::points(const ProcessKey &key) const
{
    QList<QPointF> result;
    const auto it = m_tracks.constFind(key);
    if (it == m_tracks.cend())
        return result;
    result.reserve(qsizetype(it->points.size()));
    for (const Point &point : it->points)
        result.append(QPointF(double(point.atMs), double(point.bytes)));
    return result;
}

LeakWatch::Growth LeakWatch::judge(const ProcessKey &key, const Track &track) const
{
    Growth growth;
    growth.key = key;
    growth.name = track.name;
    growth.pss = track.pss;
    const std::vector<Point> &points = track.points;
    growth.points = int(points.size());
    if (points.empty())
        return growth;
    growth.firstBytes = points.front().bytes;
    growth.lastBytes = points.back().bytes;
    growth.spanMs = points.back().atMs - points.front().atMs;
    if (points.size() < 2 || growth.spanMs <= 0)
        return growth;

    // Hours since the first point and bytes about the mean keep the sums well inside a double's
    // precision, whatever the size of the process.
    const double n = double(points.size());
    double meanT = 0;
    double meanY = 0;
    for (const Point &point : points) {
        meanT += double(point.atMs - points.front().atMs) / msPerHour;
        meanY += double(point.bytes);
    }
    meanT /= n;
    meanY /= n;
    double stt = 0;
    double sty = 0;
    double syy = 0;
    for (const Point &point : points) {
        const double t = double(point.atMs - points.front().atMs) / msPerHour - meanT;
        const double y = double(point.bytes) - meanY;
        stt += t * t;
        sty += t * y;
        syy += y * y;
    }
    growth.bytesPerHour = stt > 0 ? sty / stt : 0;
    double lineResidual = 0;
    for (const Point &point : points) {
        const double t = double(point.atMs - points.front().atMs) / msPerHour - meanT;
        const double residual = double(point.bytes) - meanY - growth.bytesPerHour * t;
        lineResidual += residual * residual;
    }
    growth.fit = syy > 0 ? std::clamp(1 - lineResidual / syy, 0.0, 1.0) : 0;

    if (int(points.size()) < m_settings.minPoints || growth.spanMs < m_settings.minSpanMs)
        return growth; // TooShort, with the figures so far

    // The best single step: two flat levels split at k, from running sums of the centred bytes.
    double stepResidual = syy;
    double left = 0;
    double total = 0;
    for (const Point &point : points)
        total += double(point.bytes) - meanY;
    for (size_t k = 1; k < points.size(); ++k) {
        left += double(points[k - 1].bytes) - meanY;
        const double right = total - left;
        const double explained = left * left / double(k) + right * right / (n - double(k));
        stepResidual = std::min(stepResidual, syy - explained);
    }

    const double change = growth.bytesPerHour * double(growth.spanMs) / msPerHour;
    const double threshold = std::max(double(m_settings.minGrowthBytes), 0.01 * std::abs(meanY));
    const double stepSize = std::abs(double(growth.lastBytes - growth.firstBytes));
    if (stepResidual < lineResidual && stepSize >= threshold)
        growth.trend = Trend::Jump;
    else if (std::abs(change) < threshold)
        growth.trend = Trend::Flat;
    else if (change < 0)
        growth.trend = Trend::Shrinking;
    else
        growth.trend = growth.fit >= m_settings.steadyFit ? Trend::Steady : Trend::Noisy;
    return growth;
}

QString LeakWatch::describe(const Growth &growth)
{
    const QString rate = ByteFormat::human(qint64(std::llround(std::abs(growth.bytesPerHour))));
    const QString span = duration(growth.spanMs);
    switch (growth.trend) {
    case Trend::Steady:
        return tr("%1 has grown %2/h steadily for %3").arg(growth.name, rate, span);
    case Trend::Noisy:
        return tr("%1 has grown %2/h over %3, unevenly").arg(growth.name, rate, span);
    case Trend::Shrinking:
        return tr("%1 has shrunk %2/h over %3").arg(growth.name, rate, span);
    case Trend::Jump: {
        const qint64 step = growth.lastBytes - growth.firstBytes;
        return (step > 0 ? tr("%1 grew by %2 at once in the last %3 and otherwise stayed level")
                         : tr("%1 dropped by %2 at once in the last %3 and otherwise stayed level"))
            .arg(growth.name, ByteFormat::human(std::abs(step)), span);
    }
    case Trend::Flat:
        return tr("%1 has stayed level for %2").arg(growth.name, span);
    case Trend::TooShort:
        break;
    }
    return tr("%1 has been watched for %2, not long enough to tell a trend").arg(growth.name, span);
}
