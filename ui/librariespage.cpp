// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "librariespage.h"

#include "viewsetup.h"

#include "model/librarymodel.h"
#include "model/modelroles.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <unistd.h>

LibrariesPage::LibrariesPage(LibraryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_rankBy(new QComboBox(this))
    , m_view(new QTreeView(this))
    , m_note(new QLabel(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ModelRoles::RawValueRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);

    auto *filter = new QLineEdit(this);
    filter->setPlaceholderText(tr("Filter by file or process"));
    filter->setClearButtonEnabled(true);
    filter->setAccessibleName(tr("Filter libraries"));
    m_rankBy->setAccessibleName(tr("Rank libraries by"));
    m_rankBy->addItem(tr("PSS"), int(LibraryModel::PssColumn));
    m_rankBy->addItem(tr("Memory saved by sharing"), int(LibraryModel::SavedBySharingColumn));
    m_rankBy->addItem(tr("RSS"), int(LibraryModel::RssColumn));
    m_rankBy->addItem(tr("Number of processes"), int(LibraryModel::ProcessesColumn));
    auto *rankLabel = new QLabel(tr("&Rank by:"), this);
    rankLabel->setBuddy(m_rankBy);
    auto *bar = new QHBoxLayout;
    bar->addWidget(filter, 1);
    bar->addWidget(rankLabel);
    bar->addWidget(m_rankBy);

    ViewSetup::liveTree(m_view, QStringLiteral("libraryView"), tr("Libraries"));
    m_view->setModel(m_proxy);
    m_view->setTextElideMode(Qt::ElideMiddle); // a path's file name is at its end
    m_view->header()->setSectionResizeMode(LibraryModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setDefaultSectionSize(110);
    m_note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_note);

    connect(filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_rankBy, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_view->sortByColumn(m_rankBy->itemData(index).toInt(), Qt::DescendingOrder);
    });
    // Sorting by a header keeps the choice in step when it is one of the rankings.
    connect(m_view->header(), &QHeaderView::sortIndicatorChanged, this, [this](int column) {
        const int choice = m_rankBy->findData(column);
        if (choice >= 0)
            m_rankBy->setCurrentIndex(choice);
    });
    connect(model, &LibraryModel::snapshotApplied, this, &LibrariesPage::updateNote);
    m_view->sortByColumn(LibraryModel::PssColumn, Qt::DescendingOrder);
    updateNote();
}

void LibrariesPage::updateNote()
{
    if (m_model->rowCount() == 0) {
        m_note->setText(tr("Reading the mappings of every process…"));
        return;
    }
    QString text = tr("Mapped files: %1. “Saved by sharing” is what the file would cost again if every process that maps it had its own copy "
                      "(the RSS of all users minus their PSS).")
                       .arg(QLocale().toString(m_model->rowCount()));
    if (const auto age = m_model->oldestReadingAgeMs()) {
        text += QLatin1Char(' ')
            + tr("Each refresh reads the mappings again for the processes whose PSS it reads again (their memory moved, or their reading was due): "
                 "the oldest shown now were read %n s ago.",
                 nullptr,
                 int(*age / 1000));
    }
    if (m_model->unreadableProcesses() > 0) {
        text += QLatin1Char(' ')
            + (getuid() == 0 ? tr("Not counted: processes whose mappings could not be read (%1).")
                             : tr("Not counted: processes of other users, whose mappings only root may read (%1). Run MemLens as root to include them."))
                  .arg(QLocale().toString(m_model->unreadableProcesses()));
    }
    m_note->setText(text);
}

QString LibrariesPage::note() const
{
    return m_note->text();
}
