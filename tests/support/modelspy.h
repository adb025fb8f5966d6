// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractItemModel>
#include <QSignalSpy>
#include <QTest>

#include <set>

// What a model announced while a test drove it, in terms a test can compare exactly: the rows a
// dataChanged spy covered, named by one of their roles rather than by row numbers.
namespace ModelSpy
{
// The value of `role` (column 0) of every row inside the ranges a dataChanged spy recorded.
// Fails the test if a range spans two parents.
inline std::set<QString> changedRows(const QSignalSpy &dataChanged, int role)
{
    std::set<QString> rows;
    for (const QList<QVariant> &args : dataChanged) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        if (topLeft.parent() != bottomRight.parent() || topLeft.row() > bottomRight.row()) {
            QTest::qFail("dataChanged range is not one run of siblings", __FILE__, __LINE__);
            return {};
        }
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            rows.insert(topLeft.sibling(row, 0).data(role).toString());
    }
    return rows;
}
} // namespace ModelSpy
