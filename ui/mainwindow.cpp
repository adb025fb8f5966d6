#include "mainwindow.h"

#include "processfilterproxy.h"

#include "model/modelroles.h"
#include "model/processmodel.h"
#include "model/systemmemorymodel.h"
#include "sample/samplingengine.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

MainWindow::MainWindow(const SysRoot &root, int intervalMs, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(new SamplingEngine(root, this))
    , m_memoryModel(new SystemMemoryModel(this))
    , m_flatProcesses(new ProcessModel(ProcessModel::Layout::Flat, this))
    , m_processTree(new ProcessModel(ProcessModel::Layout::TreeByParent, this))
    , m_processProxy(new ProcessFilterProxy(this))
{
    setWindowTitle(root.isLive() ? tr("MemLens") : tr("MemLens — %1").arg(root.directory()));
    auto *tabs = new QTabWidget(this);
    tabs->setDocumentMode(true);
    tabs->addTab(createMemoryPage(), tr("&Memory"));
    tabs->addTab(createProcessesPage(), tr("&Processes"));
    setCentralWidget(tabs);
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    m_status->setText(tr("Reading memory figures…"));

    connect(m_engine, &SamplingEngine::systemSampled, this, &MainWindow::applySystem);
    connect(m_engine, &SamplingEngine::processesSampled, this, &MainWindow::applyProcesses);
    m_engine->start(intervalMs);
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createMemoryPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_memoryView = new QTreeView(page);
    m_memoryView->setModel(m_memoryModel);
    m_memoryView->setAlternatingRowColors(true);
    m_memoryView->setUniformRowHeights(true);
    m_memoryView->header()->setSectionResizeMode(SystemMemoryModel::FieldColumn, QHeaderView::Stretch);
    m_memoryView->header()->setStretchLastSection(false);
    m_explanation = new QLabel(tr("Select a field to see what it means."), page);
    m_explanation->setWordWrap(true);
    m_explanation->setMinimumHeight(3 * fontMetrics().height());
    layout->addWidget(m_memoryView, 1);
    layout->addWidget(m_explanation);
    // Groups appear on the first snapshot; open them so every field is visible at once.
    connect(m_memoryModel, &QAbstractItemModel::rowsInserted, m_memoryView, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            m_memoryView->expandAll();
    });
    connect(m_memoryView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        m_explanation->setText(current.siblingAtColumn(0).data(Qt::DisplayRole).toString() + QStringLiteral(": ")
                               + current.data(ModelRoles::ExplanationRole).toString());
    });
    return page;
}

QWidget *MainWindow::createProcessesPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    auto *filter = new QLineEdit(page);
    filter->setPlaceholderText(tr("Filter by name, user, command or cgroup"));
    filter->setClearButtonEnabled(true);
    auto *asTree = new QCheckBox(tr("Show as &tree"), page);
    auto *kernelThreads = new QCheckBox(tr("Show &kernel threads"), page);
    kernelThreads->setToolTip(tr("Kernel threads have no user-space memory; their figures are all unavailable."));
    bar->addWidget(filter, 1);
    bar->addWidget(asTree);
    bar->addWidget(kernelThreads);
    layout->addLayout(bar);

    connect(kernelThreads, &QCheckBox::toggled, m_processProxy, &ProcessFilterProxy::setShowKernelThreads);
    connect(filter, &QLineEdit::textChanged, m_processProxy, &QSortFilterProxyModel::setFilterFixedString);

    m_processView = new QTreeView(page);
    m_processView->setModel(m_processProxy);
    m_processView->setSortingEnabled(true);
    m_processView->setAlternatingRowColors(true);
    m_processView->setUniformRowHeights(true);
    m_processView->setSelectionBehavior(QAbstractItemView::SelectRows);
    QHeaderView *header = m_processView->header();
    header->setDefaultSectionSize(95);
    header->resizeSection(ProcessModel::PidColumn, 70);
    header->resizeSection(ProcessModel::NameColumn, 170);
    header->resizeSection(ProcessModel::UserColumn, 90);
    header->setStretchLastSection(true);
    layout->addWidget(m_processView, 1);
    connect(asTree, &QCheckBox::toggled, this, &MainWindow::showProcessTree);
    showProcessTree(false);
    m_processView->sortByColumn(ProcessModel::PssColumn, Qt::DescendingOrder);
    return page;
}

void MainWindow::showProcessTree(bool tree)
{
    m_processProxy->setSourceModel(tree ? m_processTree : m_flatProcesses);
    m_processView->setRootIsDecorated(tree);
    if (tree)
        m_processView->expandAll();
}

void MainWindow::applySystem(const SystemSnapshot &snapshot)
{
    m_memoryModel->setSnapshot(snapshot);
}

void MainWindow::applyProcesses(const ProcessSnapshot &snapshot)
{
    m_flatProcesses->setSnapshot(snapshot);
    m_processTree->setSnapshot(snapshot);
    m_status->setText(tr("Processes: %1 · sampled at %2 · PSS from %3")
                          .arg(QLocale().toString(snapshot.processes.size()),
                               QLocale().toString(QDateTime::fromMSecsSinceEpoch(snapshot.sampledAtMs).time(), QLocale::LongFormat),
                               snapshot.smapsSource));
}
