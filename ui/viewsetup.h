// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>

class QChart;
class QChartView;
class QLabel;
class QAbstractItemModel;
class QPalette;
class QSortFilterProxyModel;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

class QWidget;

// The look every MemLens page gives its tables and its explaining text, set in one place.
namespace ViewSetup
{
// A table or tree of live figures: sortable by its headers, striped, one row height (which keeps
// scrolling through thousands of rows cheap), named for settings and for screen readers.
void liveTree(QTreeView *view, const QString &objectName, const QString &accessibleName);
// A table over one of core's models: the model's own order until a header is clicked, then
// sorted on the raw values; rows the model marks with EmphasisRole in bold. The proxy it sorts
// through.
QSortFilterProxyModel *showModel(QTreeView *view, QAbstractItemModel *model);
// A figure in a small table of live rows: right-aligned, with its tooltip (the exact value, or
// why there is none).
void setFigure(QTreeWidgetItem *item, int column, const QString &text, const QString &toolTip = {});
// A figure in bytes: human units, the exact count on hover; or a dash with why there is none.
void setBytes(QTreeWidgetItem *item, int column, std::optional<qint64> bytes, const QString &why = {});
// Makes a table whose rows are few and fixed in number exactly as tall as they are.
void fitHeightToRows(QTreeView *view, int rows);
// Gives a small table of live rows exactly count top-level items, reusing those it has, so a
// refresh keeps the selection and the scroll position.
void setItemCount(QTreeWidget *tree, int count);
// A paragraph of explanation in rich text, wrapping, starting at the top left.
QLabel *paragraph(QWidget *parent, const QString &accessibleName = {});
// Hands a finished chart to its view. QChartView::setChart only releases the empty chart every
// view starts with, so it is deleted here: each chart view otherwise leaks a whole scene.
void showChart(QChartView *view, QChart *chart);
// A chart in the window's colours: background, title, legend, and every axis's labels and grid.
void applyChartPalette(QChart *chart, const QPalette &palette);
}
