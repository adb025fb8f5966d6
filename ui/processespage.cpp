// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "processespage.h"

#include "oomadjustdialog.h"
#include "processdetailspanel.h"
#include "processfilterproxy.h"
#include "pssrsschart.h"
#include "viewsetup.h"

#include "format/textescape.h"
#include "model/modelroles.h"
#include "sample/changescope.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

ProcessesPage::ProcessesPage(ProcessModel *flatModel, QWidget *parent)
    : QWidget(parent)
    , m_flatModel(flatModel)
    , m_proxy(new ProcessFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_layoutChoice(new QComboBox(this))
    , m_showAll(new QPushButton(tr("Show &all processes"), this))
    , m_view(new QTreeView(this))
    , m_chart(new PssRssChart(m_proxy, this))
    , m_details(new ProcessDetailsPanel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sideSplitter(new QSplitter(Qt::Vertical, this))
{
    m_filter->setPlaceholderText(tr("Filter by name, user, command or cgroup"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter processes"));
    m_layoutChoice->setAccessibleName(tr("Show processes as"));
    m_layoutChoice->addItem(tr("List"), int(ProcessModel::Layout::Flat));
    m_layoutChoice->addItem(tr("Tree by parent"), int(ProcessModel::Layout::TreeByParent));
    m_layoutChoice->addItem(tr("By application"), int(ProcessModel::Layout::ByApplication));
    m_layoutChoice->addItem(tr("By user"), int(ProcessModel::Layout::ByUser));
    auto *layoutLabel = new QLabel(tr("&Show as:"), this);
    layoutLabel->setBuddy(m_layoutChoice);
    auto *kernelThreads = new QCheckBox(tr("&Kernel threads"), this);
    kernelThreads->setToolTip(tr("Kernel threads have no user-space memory; their figures are all unavailable."));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(layoutLabel);
    bar->addWidget(m_layoutChoice);
    bar->addWidget(kernelThreads);
    m_showAll->setCheckable(true);
    m_showAll->setToolTip(
        tr("Read PSS and USS of other users' processes too, and the kernel's caches: MemLens reads as root from now on (asks for the administrator password "
           "once)."));
    bar->addWidget(m_showAll);
    connect(m_showAll, &QPushButton::toggled, this, &ProcessesPage::showAllProcessesToggled);

    ViewSetup::liveTree(m_view, QStringLiteral("processView"), tr("Processes"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    QHeaderView *header = m_view->header();
    header->setDefaultSectionSize(90);
    header->resizeSection(ProcessModel::PidColumn, 70);
    header->resizeSection(ProcessModel::NameColumn, 160);
    header->resizeSection(ProcessModel::UserColumn, 80);
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_view, 1);

    // The table and the details of its selected row share the left; PSS against RSS has the full
    // height on the right, where a dozen bars stay readable.
    m_sideSplitter->setObjectName(QStringLiteral("processDetailsSplitter"));
    m_sideSplitter->addWidget(left);
    m_sideSplitter->addWidget(m_details);
    m_sideSplitter->setStretchFactor(0, 3);
    m_sideSplitter->setStretchFactor(1, 2);
    m_splitter->setObjectName(QStringLiteral("processSplitter"));
    m_splitter->addWidget(m_sideSplitter);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 2);
    m_chart->setMinimumWidth(28 * fontMetrics().averageCharWidth());
    m_splitter->setSizes({5 * 200, 2 * 200}); // the first run's proportions; the user's are restored
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(kernelThreads, &QCheckBox::toggled, m_proxy, &ProcessFilterProxy::setShowKernelThreads);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ProcessFilterProxy::setFilterText);
    connect(m_layoutChoice, &QComboBox::currentIndexChanged, this, [this](int index) {
        setLayoutMode(ProcessModel::Layout(m_layoutChoice->itemData(index).toInt()));
    });
    connect(m_view, &QTreeView::activated, this, &ProcessesPage::showCurrent);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ProcessesPage::showContextMenu);
    connect(m_details, &ProcessDetailsPanel::adjustOomScoreRequested, this, &ProcessesPage::adjustOomScore);
    setLayoutMode(ProcessModel::Layout::Flat);
    m_view->sortByColumn(ProcessModel::PssColumn, Qt::DescendingOrder);
}

void ProcessesPage::setLayoutMode(ProcessModel::Layout layout)
{
    const int choice = m_layoutChoice->findData(int(layout));
    if (choice != m_layoutChoice->currentIndex()) {
        m_layoutChoice->setCurrentIndex(choice); // comes back here through the signal
        return;
    }
    m_layout = layout;
    std::unique_ptr<ProcessModel> previous = std::move(m_layoutModel);
    if (layout != ProcessModel::Layout::Flat)
        m_layoutModel = std::make_unique<ProcessModel>(layout);
    currentModel()->setSnapshot(m_lastSnapshot);
    m_proxy->setSourceModel(currentModel());
    m_view->setRootIsDecorated(layout != ProcessModel::Layout::Flat);
    if (layout != ProcessModel::Layout::Flat && layout != ProcessModel::Layout::TreeByParent)
        m_view->expandToDepth(0);
    else if (layout == ProcessModel::Layout::TreeByParent)
        m_view->expandAll();
    // Selecting in the view follows the current row, so the details follow the keyboard too.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProcessesPage::showCurrent, Qt::UniqueConnection);
    m_view->header()->setSectionHidden(ProcessModel::GpuColumn, !m_gpuShown); // a new model brings its sections back
}

void ProcessesPage::setGpuShown(bool shown)
{
    if (shown == m_gpuShown)
        return;
    m_gpuShown = shown;
    m_view->header()->setSectionHidden(ProcessModel::GpuColumn, !shown);
    m_details->setGpuShown(shown);
}

void ProcessesPage::showApplication(const QString &name)
{
    m_filter->clear();
    setLayoutMode(ProcessModel::Layout::ByApplication);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex group = m_proxy->index(row, ProcessModel::NameColumn);
        if (group.data(ModelRoles::RawValueRole).toString() != name)
            continue;
        m_view->setCurrentIndex(group);
        m_view->expand(group);
        m_view->scrollTo(group, QAbstractItemView::PositionAtTop);
        return;
    }
}

void ProcessesPage::applyProcesses(const ProcessSnapshot &snapshot)
{
    m_lastSnapshot = snapshot;
    if (isVisible())
        currentModel()->setSnapshot(snapshot);
    m_details->applyProcesses(snapshot);
}

ProcessModel *ProcessesPage::currentModel() const
{
    return m_layoutModel ? m_layoutModel.get() : m_flatModel;
}

void ProcessesPage::setShowAllProcesses(bool on)
{
    const QSignalBlocker quiet(m_showAll); // said from outside: no request back
    m_showAll->setChecked(on);
}

void ProcessesPage::setChangeScope(const ChangeScope &scope)
{
    m_changeRefusal = scope.refusal();
    m_showAll->setEnabled(scope.allowed());
    if (!scope.allowed())
        m_showAll->setToolTip(scope.refusal());
    m_details->setChangeScope(scope);
}

void ProcessesPage::showContextMenu(const QPoint &position)
{
    const QModelIndex source = m_proxy->mapToSource(m_view->indexAt(position).siblingAtColumn(0));
    const ProcessRecord *process = source.isValid() ? static_cast<const ProcessModel *>(source.model())->processAt(source) : nullptr;
    if (!process)
        return; // a group row, or empty space
    QMenu menu(this);
    QAction *adjust = menu.addAction(tr("Adjust &OOM score of %1…").arg(TextEscape::visible(process->name)));
    adjust->setEnabled(!process->kernelThread && m_changeRefusal.isEmpty());
    adjust->setToolTip(m_changeRefusal);
    menu.setToolTipsVisible(true);
    const ProcessKey key = process->key;
    connect(adjust, &QAction::triggered, this, [this, key] {
        adjustOomScore(key);
    });
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ProcessesPage::setTuningSession(TuningSession *session)
{
    m_tuningSession = session;
}

void ProcessesPage::adjustOomScore(const ProcessKey &key)
{
    if (!m_tuningSession)
        return;
    for (const ProcessRecord &process : std::as_const(m_lastSnapshot.processes)) {
        if (process.key == key) {
            auto *dialog = new OomAdjustDialog(process, m_tuningSession, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
            return;
        }
    }
}

// A page out of sight neither re-sorts nor regroups on every refresh; it catches up when shown.
void ProcessesPage::showEvent(QShowEvent *event)
{
    currentModel()->setSnapshot(m_lastSnapshot);
    m_proxy->setDynamicSortFilter(true);
    QWidget::showEvent(event);
}

void ProcessesPage::hideEvent(QHideEvent *event)
{
    m_proxy->setDynamicSortFilter(false);
    QWidget::hideEvent(event);
}

void ProcessesPage::showCurrent(const QModelIndex &current)
{
    std::optional<ProcessKey> key;
    const QVariant pid = current.data(ModelRoles::PidRole);
    if (pid.isValid()) {
        const QModelIndex source = m_proxy->mapToSource(current.siblingAtColumn(0));
        const auto *model = static_cast<const ProcessModel *>(source.model());
        if (const ProcessRecord *record = model ? model->processAt(source) : nullptr)
            key = record->key;
    }
    if (!key)
        return; // a group row: keep showing the last process
    if (key != m_details->process()) {
        m_details->setProcess(key);
        m_details->applyProcesses(m_lastSnapshot);
        Q_EMIT processSelected(key);
    }
}
