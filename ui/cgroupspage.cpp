// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cgroupspage.h"

#include "usagebardelegate.h"
#include "viewsetup.h"

#include "model/cgroupmodel.h"
#include "model/modelroles.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

CgroupsPage::CgroupsPage(CgroupModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_bars(new UsageBarDelegate(CgroupModel::MaxColumn, CgroupModel::HighColumn, this))
    , m_note(new QLabel(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ModelRoles::RawValueRole);
    ViewSetup::liveTree(m_view, QStringLiteral("cgroupView"), tr("Control groups"));
    m_view->setModel(m_proxy);
    m_view->sortByColumn(CgroupModel::CurrentColumn, Qt::DescendingOrder);
    m_view->setItemDelegateForColumn(CgroupModel::CurrentColumn, m_bars);
    QHeaderView *header = m_view->header();
    header->setSectionResizeMode(CgroupModel::NameColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->setDefaultSectionSize(100);
    header->resizeSection(CgroupModel::CurrentColumn, 200);
    m_note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        // Open the slices and their units when the tree first appears; processes stay folded.
        if (!parent.isValid())
            m_view->expandToDepth(1);
        updateNote();
    });
    connect(model, &QAbstractItemModel::dataChanged, this, &CgroupsPage::updateNote);
    updateNote();
}

void CgroupsPage::updateNote()
{
    switch (m_model->version()) {
    case CgroupSnapshot::Version::None:
        m_note->setText(m_model->unavailableReason().isEmpty() ? tr("Reading control groups…")
                                                               : tr("Control groups are unavailable: %1").arg(m_model->unavailableReason()));
        break;
    case CgroupSnapshot::Version::V1:
        m_note->setText(
            tr("This system uses cgroup v1: it has a usage and a hard limit per group, but no soft limit (high), no swap "
               "figure and no pressure per group. The bar shows usage against the hard limit."));
        break;
    case CgroupSnapshot::Version::V2:
        m_note->setText(
            tr("The bar shows memory in use against the group's hard limit (max); the line marks its soft limit (high). Groups "
               "without limits show the figure alone. Processes are listed under their group."));
        break;
    }
}

QString CgroupsPage::note() const
{
    return m_note->text();
}
