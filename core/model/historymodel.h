// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/ringbuffer.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <optional>

// Values over time for charts: column 0 is the sample time (ms since the epoch), every other
// column one series; a row per sample, oldest first. Each column is a ring buffer, so an hour
// at 1 Hz stays an hour: when full, the oldest row is removed as the newest is appended.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr qsizetype defaultCapacity = 3600; // one hour at one sample a second

    HistoryModel(const QStringList &seriesNames, qsizetype capacity = defaultCapacity, QObject *parent = nullptr);

    // One value per series, in column order; nullopt where a sample has no value (a gap, not 0).
    void append(qint64 timeMs, const QList<std::optional<double>> &values);

    // Forgets every sample (a chart that starts over, e.g. for another process).
    void clear();

    qsizetype capacity() const
    {
        return m_times.capacity();
    }
    // The mean of a series over the samples taken in [fromMs, toMs), gaps left out; nullopt when
    // there is none (how a tuning change's effect is shown: the minute before against the minute after).
    std::optional<double> average(int column, qint64 fromMs, qint64 toMs) const;
    // The largest value of a series over the rows held, for a chart's axis; nullopt if none.
    std::optional<double> maximum(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_names;
    RingBuffer<qint64> m_times;
    std::vector<RingBuffer<std::optional<double>>> m_series;
};
