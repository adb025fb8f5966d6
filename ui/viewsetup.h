#pragma once

#include <QString>

class QChart;
class QChartView;
class QLabel;
class QPalette;
class QTreeView;
class QTreeWidget;
class QWidget;

// The look every MemLens page gives its tables and its explaining text, set in one place.
namespace ViewSetup
{
// A table or tree of live figures: sortable by its headers, striped, one row height (which keeps
// scrolling through thousands of rows cheap), named for settings and for screen readers.
void liveTree(QTreeView *view, const QString &objectName, const QString &accessibleName);
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
