#include "viewsetup.h"

#include <QChartView>
#include <QLabel>
#include <QTreeView>

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
