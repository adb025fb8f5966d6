// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "historymodel.h"

#include "model/modelroles.h"

#include <QDateTime>
#include <QLocale>

HistoryModel::HistoryModel(const QStringList &seriesNames, qsizetype capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_names(seriesNames)
    , m_times(capacity)
{
    m_series.reserve(size_t(seriesNames.size()));
    for (qsizetype i = 0; i < seriesNames.size(); ++i)
        m_series.emplace_back(capacity);
}

void HistoryModel::append(qint64 timeMs, const QList<std::optional<double>> &values)
{
    // A clock that went back (a recording opened at an earlier moment, the time set) begins the
    // history afresh: a chart's line never runs backwards, nor stays on one moment twice.
    if (m_times.size() > 0 && timeMs <= m_times.at(m_times.size() - 1))
        clear();
    if (m_times.isFull()) {
        beginRemoveRows({}, 0, 0);
        m_times.removeOldest();
        for (auto &series : m_series)
            series.removeOldest();
        endRemoveRows();
    }
    const int row = int(m_times.size());
    beginInsertRows({}, row, row);
    m_times.append(timeMs);
    for (size_t i = 0; i < m_series.size(); ++i)
        m_series[i].append(qsizetype(i) < values.size() ? values[qsizetype(i)] : std::nullopt);
    endInsertRows();
}

void HistoryModel::clear()
{
    beginResetModel();
    while (m_times.size() > 0) {
        m_times.removeOldest();
        for (auto &series : m_series)
            series.removeOldest();
    }
    endResetModel();
}

std::optional<double> HistoryModel::average(int column, qint64 fromMs, qint64 toMs) const
{
    if (column < 1 || size_t(column) > m_series.size())
        return std::nullopt;
    const auto &series = m_series[size_t(column - 1)];
    double sum = 0;
    int count = 0;
    for (qsizetype i = 0; i < m_times.size(); ++i) {
        if (m_times.at(i) >= fromMs && m_times.at(i) < toMs && series.at(i)) {
            sum += *series.at(i);
            ++count;
        }
    }
    return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
}

std::optional<double> HistoryModel::maximum(int column) const
{
    if (column < 1 || size_t(column) > m_series.size())
        return std::nullopt;
    const auto &series = m_series[size_t(column - 1)];
    std::optional<double> largest;
    for (qsizetype i = 0; i < series.size(); ++i) {
        if (series.at(i) && (!largest || *series.at(i) > *largest))
            largest = series.at(i);
    }
    return largest;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_times.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_series.size()) + 1;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype row = index.row();
    if (index.column() == 0) {
        if (role == ModelRoles::RawValueRole)
            return m_times.at(row);
        if (role == Qt::DisplayRole)
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_times.at(row)).time(), QLocale::LongFormat);
        return {};
    }
    const std::optional<double> &value = m_series[size_t(index.column() - 1)].at(row);
    if (role == ModelRoles::RawValueRole)
        return value ? QVariant(*value) : QVariant();
    if (role == Qt::DisplayRole)
        return value ? QVariant(QLocale().toString(*value)) : QVariant();
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section > m_names.size())
        return {};
    return section == 0 ? tr("Time") : m_names[section - 1];
}
