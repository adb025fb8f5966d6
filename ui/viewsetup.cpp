// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "viewsetup.h"

#include "model/modelroles.h"

#include "format/byteformat.h"

#include <QAbstractAxis>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QTreeWidget>

namespace
{
// Bold where the model says a row deserves attention.
class EmphasisDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ModelRoles::EmphasisRole).toBool())
            option->font.setBold(true);
    }
};
}

QSortFilterProxyModel *ViewSetup::showModel(QTreeView *view, QAbstractItemModel *model)
{
    auto *proxy = new QSortFilterProxyModel(view);
    proxy->setSourceModel(model);
    proxy->setSortRole(ModelRoles::RawValueRole);
    view->setModel(proxy);
    view->setRootIsDecorated(false);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // the model's order (the kernel's) until asked
    view->setItemDelegate(new EmphasisDelegate(view));
    return proxy;
}

void ViewSetup::liveTree(QTreeView *view, const QString &objectName, const QString &accessibleName)
{
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->setUniformRowHeights(true);
}

QLabel *ViewSetup::paragraph(QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    if (!accessibleName.isEmpty())
        label->setAccessibleName(accessibleName);
    return label;
}

void ViewSetup::showChart(QChartView *view, QChart *chart)
{
    QChart *placeholder = view->chart();
    view->setChart(chart);
    delete placeholder;
}

void ViewSetup::applyChartPalette(QChart *chart, const QPalette &palette)
{
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.color(QPalette::Text));
        axis->setGridLineColor(palette.color(QPalette::Midlight));
    }
}

void ViewSetup::setItemCount(QTreeWidget *tree, int count)
{
    while (tree->topLevelItemCount() > count)
        delete tree->takeTopLevelItem(tree->topLevelItemCount() - 1);
    while (tree->topLevelItemCount() < count)
        new QTreeWidgetItem(tree);
}

void ViewSetup::setFigure(QTreeWidgetItem *item, int column, const QString &text, const QString &toolTip)
{
    item->setText(column, text);
    item->setToolTip(column, toolTip);
    item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
}

void ViewSetup::setBytes(QTreeWidgetItem *item, int column, std::optional<qint64> bytes, const QString &why)
{
    setFigure(item, column, ByteFormat::humanOrDash(bytes), bytes ? ByteFormat::exact(*bytes) : why);
}

void ViewSetup::fitHeightToRows(QTreeView *view, int rows)
{
    view->setFixedHeight(view->header()->sizeHint().height() + rows * view->sizeHintForRow(0) + 2 * view->frameWidth());
}
