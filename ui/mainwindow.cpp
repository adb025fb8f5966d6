// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "mainwindow.h"

#include "aboutdialog.h"
#include "cgroupspage.h"
#include "comparedialog.h"
#include "connectdialog.h"
#include "kernelpage.h"
#include "leakwatchpage.h"
#include "librariespage.h"
#include "overviewpage.h"
#include "pressurepage.h"
#include "processdetailspanel.h"
#include "processespage.h"
#include "processfilterproxy.h"
#include "themedicon.h"
#include "timelinebar.h"
#include "tuningpage.h"
#include "watch/watchersettings.h"
#include "watcherdialog.h"

#include "kernelmemoryview.h"
#include "model/cgroupmodel.h"
#include "model/leakwatchmodel.h"
#include "model/librarymodel.h"
#include "model/processmodel.h"
#include "model/systemhistory.h"
#include "model/systemmemorymodel.h"
#include "model/topapplicationsmodel.h"
#include "privileged/kauthclientbackend.h"
#include "privileged/privilegedclient.h"
#include "read/killhistoryreader.h"
#include "sample/changescope.h"
#include "sample/samplingengine.h"
#include "snapshot/slabcachesnapshot.h"
#include "source/recenthosts.h"
#include "tuning/tuningsession.h"
#include "watch/notifier.h"

#include <QAction>
#include <QCloseEvent>
#include <QDBusConnection>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSettings>

#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

#include <unistd.h>

namespace
{
constexpr int defaultIntervalMs = 2000;
constexpr int defaultPssMaxAgeS = 10;

QString settingsKey(const QObject *object)
{
    return QStringLiteral("state/") + object->objectName();
}
}

namespace
{
QString titleFor(const SourceChoice &source)
{
    switch (source.kind) {
    case SourceChoice::Kind::Replay:
        return MainWindow::tr("MemLens — recording %1").arg(source.recording);
    case SourceChoice::Kind::RemoteAgent:
        return MainWindow::tr("MemLens — %1").arg(source.agent.hostName);
    case SourceChoice::Kind::Local:
        if (!source.root.isLive())
            return MainWindow::tr("MemLens — %1").arg(source.root.directory());
        break;
    case SourceChoice::Kind::HostAgent:
        break;
    }
    return MainWindow::tr("MemLens");
}
}

MainWindow::MainWindow(const SourceChoice &source, std::optional<int> intervalMs, PrivilegedBackend *privileged, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(new SamplingEngine(source, this))
    , m_history(new SystemHistory(this))
    , m_memoryModel(new SystemMemoryModel(this))
    , m_flatProcesses(new ProcessModel(ProcessModel::Layout::Flat, this))
    , m_libraryModel(new LibraryModel(this))
    , m_cgroupModel(new CgroupModel(this))
    , m_leakWatchModel(new LeakWatchModel(this))
    , m_topApplications(new TopApplicationsModel(8, this))
    , m_sidebar(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_sampledAt(new QLabel(this))
    , m_source(source)
    , m_reconnect(new QPushButton(tr("Reconnect"), this))
{
    const bool replaying = source.kind == SourceChoice::Kind::Replay;
    setWindowTitle(titleFor(source));
    // The installed icon where the theme has it, else the one compiled in.
    setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.memlens.MemLens"), QIcon(QStringLiteral(":/icons/io.github.memlens.MemLens.svg"))));

    m_overview = new OverviewPage(m_history, m_memoryModel, m_topApplications, this);
    m_processes = new ProcessesPage(m_flatProcesses, this);
    m_libraries = new LibrariesPage(m_libraryModel, this);
    m_cgroups = new CgroupsPage(m_cgroupModel, this);
    m_pressure = new PressurePage(m_history, m_flatProcesses, this);
    m_leakWatchPage = new LeakWatchPage(m_leakWatchModel, this);
    m_kernelPage = new KernelPage(m_history, replaying, this);
    // One queue for every privileged request of this process, and one session owning them.
    auto *client = new PrivilegedClient(privileged ? privileged : new KAuthClientBackend);
    m_tuningSession = new TuningSession(client, m_history, TrialJournal(), this);
    m_tuning = new TuningPage(m_tuningSession, this);
    // Changes act on this machine: offered only where this machine, live, is what is shown.
    const ChangeScope changes = ChangeScope::of(source);
    m_processes->setTuningSession(m_tuningSession);
    m_processes->setChangeScope(changes);
    m_tuning->setChangeScope(changes);
    m_kernelPage->kernelMemory()->setAdministratorOffered(changes.allowed());
    addPage(m_overview, tr("Overview"), QStringLiteral("view-statistics"));
    addPage(m_processes, tr("Processes"), QStringLiteral("view-process-tree"));
    addPage(m_libraries, tr("Libraries"), QStringLiteral("code-context"));
    addPage(m_cgroups, tr("Control groups"), QStringLiteral("view-list-tree"));
    addPage(m_pressure, tr("Pressure, swap & OOM"), QStringLiteral("speedometer"));
    addPage(m_leakWatchPage, tr("Leak watch"), QStringLiteral("office-chart-line"));
    addPage(m_kernelPage, tr("Kernel"), QStringLiteral("preferences-system"));
    addPage(m_tuning, tr("Tuning"), QStringLiteral("configure"));

    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_sidebar->setFixedWidth(m_sidebar->sizeHintForColumn(0) + 2 * fontMetrics().averageCharWidth() + 8);
    m_sidebar->setSpacing(2);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    if (replaying) {
        central = withTimeline(central, source.recording, false);
    } else if (source.kind == SourceChoice::Kind::Local && source.root.isLive()) {
        // Attached to the background watcher, the window shows its recording up to now.
        central = withTimeline(central, WatcherSettings::recordingDirectory(), true);
        m_timelineRow->hide();
    }
    setCentralWidget(central);

    m_status->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_sampledAt);
    statusBar()->addPermanentWidget(m_reconnect);
    m_reconnect->setObjectName(QStringLiteral("reconnectButton"));
    m_reconnect->hide();
    m_reconnect->setToolTip(tr("Start the agent again, on the same host"));
    connect(m_reconnect, &QPushButton::clicked, this, [this] {
        m_reconnect->setObjectName(QStringLiteral("reconnectButton"));
        m_reconnect->hide();
        m_sourceEnded.clear();
        m_status->setText(tr("Connecting to %1…").arg(m_source.agent.hostName));
        m_engine->restart();
    });
    m_status->setText(tr("Reading memory figures…"));

    connect(m_sidebar, &QListWidget::currentRowChanged, this, &MainWindow::pageChanged);
    connect(m_engine, &SamplingEngine::systemSampled, this, &MainWindow::applySystem);
    connect(m_engine, &SamplingEngine::processesSampled, this, &MainWindow::applyProcesses);
    connect(m_engine, &SamplingEngine::mappingsSampled, m_processes->details(), &ProcessDetailsPanel::applyMappings);
    connect(m_engine, &SamplingEngine::numaResidencySampled, m_processes->details(), &ProcessDetailsPanel::applyNumaResidency);
    connect(m_engine, &SamplingEngine::librariesSampled, m_libraryModel, &LibraryModel::setSnapshot);
    connect(m_engine, &SamplingEngine::cgroupsSampled, this, [this](const CgroupSnapshot &snapshot) {
        m_cgroupModel->setCgroups(snapshot);
        m_pressure->applyCgroups(snapshot);
    });
    connect(m_tuningSession, &TuningSession::made, m_engine, &SamplingEngine::refresh);
    connect(m_overview, &OverviewPage::applicationChosen, this, [this](const QString &name) {
        showPage(ProcessesPageIndex);
        m_processes->showApplication(name);
    });
    connect(m_tuningSession, &TuningSession::settled, this, [this] {
        if (!m_trialsAnswered)
            return;
        if (!m_tuningSession->hasOpenTrials()) {
            close();
            return;
        }
        // A put-back failed (a password dialog dismissed, say): the user sees why and decides again.
        m_trialsAnswered = false;
        showPage(TuningPageIndex);
        // A message of its own: the next refresh rewrites the status line.
        statusBar()->showMessage(tr("Not every change on trial could be put back: the Tuning page says why."), 60'000);
    });
    // Trials a MemLens that died left open are this machine's: offered where changes are.
    if (changes.allowed())
        QTimer::singleShot(0, this, &MainWindow::offerLeftTrials);
    connect(m_processes, &ProcessesPage::showAllProcessesToggled, m_engine, &SamplingEngine::setAllProcesses);
    connect(m_engine, &SamplingEngine::allProcessesStarted, this, [this] {
        statusBar()->showMessage(tr("Reading as administrator: every process's figures and the kernel's caches"), 15'000);
    });
    connect(m_engine, &SamplingEngine::allProcessesEnded, this, [this](const QString &reason) {
        m_processes->setShowAllProcesses(false);
        statusBar()->showMessage(tr("Reading as yourself again: %1").arg(reason), 30'000);
    });
    KernelMemoryView *kernelMemory = m_kernelPage->kernelMemory();
    connect(kernelMemory, &KernelMemoryView::slabCachesWanted, m_engine, &SamplingEngine::readSlabCaches);
    connect(m_engine, &SamplingEngine::slabCachesSampled, kernelMemory, &KernelMemoryView::applySlabCaches);
    connect(kernelMemory, &KernelMemoryView::administratorWanted, this, [this] {
        setAllProcesses(true);
    });
    connect(m_engine, &SamplingEngine::sourceEnded, this, &MainWindow::sourceEnded);
    connect(m_engine, &SamplingEngine::watcherAttachedChanged, this, [this](bool attached, const QString &reason) {
        m_watcherSamples = attached;
        if (m_timelineRow) {
            if (attached)
                reloadTimeline();
            m_timelineRow->setVisible(attached);
        }
        if (!attached)
            statusBar()->showMessage(tr("Sampling in this window again: %1").arg(reason), 30'000);
    });
    if (m_timeline && !replaying) // a replay's bookmarks are in its recording's timeline already
        connect(m_engine, &SamplingEngine::bookmarked, m_timeline, &TimelineBar::addBookmark);
    connect(m_engine, &SamplingEngine::killHistorySampled, m_pressure, &PressurePage::applyKillHistory);
    connect(m_processes, &ProcessesPage::processSelected, this, [this](std::optional<ProcessKey> process) {
        m_engine->setMappingsProcess(process);
        if (m_pause->isChecked())
            m_engine->refresh(); // a paused window still shows what was picked
    });

    QSettings settings;
    const int savedInterval = settings.value(QStringLiteral("intervalMs"), defaultIntervalMs).toInt();
    createToolBar(intervalMs.value_or(savedInterval));
    m_pssMaxAgeS = settings.value(QStringLiteral("pssMaxAgeSeconds"), defaultPssMaxAgeS).toInt();
    m_engine->setPssMaxAge(m_pssMaxAgeS * 1000);
    restoreSettings();
    if (source.kind == SourceChoice::Kind::RemoteAgent)
        m_status->setText(tr("Connecting to %1…").arg(source.agent.hostName));
    m_engine->start(int(m_interval->value() * 1000));
}

MainWindow::~MainWindow() = default;

void MainWindow::reloadTimeline()
{
    if (m_recordingTimeline)
        m_recordingTimeline->reload();
    else // live: read once a watcher is there to show it
        m_recordingTimeline.emplace(WatcherSettings::recordingDirectory());
    m_timeline->setTimeline(*m_recordingTimeline);
}

QWidget *MainWindow::withTimeline(QWidget *pages, const QString &recording, bool live)
{
    auto *column = new QWidget(this);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(0);
    columnLayout->addWidget(pages, 1);
    m_timelineRow = new QWidget(column);
    auto *timelineRow = new QHBoxLayout(m_timelineRow);
    timelineRow->setContentsMargins(0, 0, fontMetrics().averageCharWidth(), 0);
    m_timeline = new TimelineBar(m_timelineRow);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setLive(live);
    if (!live) {
        m_recordingTimeline.emplace(recording);
        m_timeline->setTimeline(*m_recordingTimeline);
    }
    timelineRow->addWidget(m_timeline, 1);
    columnLayout->addWidget(m_timelineRow);
    // The watcher's recording grows while it is shown.
    auto *reload = new QTimer(this);
    connect(reload, &QTimer::timeout, this, [this] {
        if (!m_timelineRow->isHidden())
            reloadTimeline();
    });
    reload->start(60'000);
    if (live) {
        // The past opens in a window of its own, where every page shows it; this one stays live.
        m_timeline->setToolTip(tr("The background watcher's recording: click a moment to open it in a new window"));
        connect(m_timeline, &TimelineBar::momentChosen, this, [this, recording](qint64 atMs) {
            const QStringList arguments{QStringLiteral("--replay"),
                                        recording,
                                        QStringLiteral("--at"),
                                        QDateTime::fromMSecsSinceEpoch(atMs).toString(Qt::ISODateWithMs)};
            if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments))
                statusBar()->showMessage(tr("MemLens could not start a window on the recording"), 15'000);
        });
        return column;
    }
    auto *compare = new QPushButton(tr("&Compare with…"), m_timelineRow);
    compare->setObjectName(QStringLiteral("compareButton"));
    compare->setToolTip(tr("What grew and what appeared between the moment shown and another one"));
    connect(compare, &QPushButton::clicked, this, [this, recording] {
        if (!m_timeline->shownMs())
            return;
        auto *dialog = new CompareDialog(recording, *m_recordingTimeline, *m_timeline->shownMs(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    timelineRow->addWidget(compare);
    connect(m_timeline, &TimelineBar::momentChosen, m_engine, &SamplingEngine::openMoment);
    return column;
}

void MainWindow::connectToHost()
{
    ConnectDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    RecentHosts::remember(dialog.host());
    // A window of its own, as each source is chosen before its window samples anything.
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--connect"), dialog.host()}))
        statusBar()->showMessage(tr("MemLens could not start a new window for %1").arg(dialog.host()), 15'000);
}

// The figures on screen stay, marked as the last ones, with why no more come and what to do.
void MainWindow::sourceEnded(const QString &reason)
{
    switch (m_source.kind) {
    case SourceChoice::Kind::Replay:
        m_sourceEnded = tr("Replay: %1").arg(reason);
        break;
    case SourceChoice::Kind::RemoteAgent:
        // ssh's sentences name the host already.
        m_sourceEnded = reason.left(1).toUpper() + reason.mid(1);
        m_reconnect->show();
        break;
    case SourceChoice::Kind::HostAgent:
        m_sourceEnded = tr("Host agent: %1").arg(reason);
        break;
    case SourceChoice::Kind::Local:
        m_sourceEnded = reason;
        break;
    }
    m_status->setText(m_sourceEnded);
    m_status->setToolTip(m_sourceEnded);
    if (m_shownProcesses.sampledAtMs > 0)
        m_sampledAt->setText(
            tr("Last data from %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_shownProcesses.sampledAtMs).time(), QLocale::LongFormat)));
}

void MainWindow::addPage(QWidget *page, const QString &title, const QString &iconName)
{
    const int index = m_stack->addWidget(page);
    auto *item = new QListWidgetItem(ThemedIcon::named(iconName), title, m_sidebar);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(index + 1));
    page->setAccessibleName(title);
    // Ctrl+1 … Ctrl+8 reach every page from anywhere.
    auto *go = new QAction(title, this);
    go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)));
    connect(go, &QAction::triggered, this, [this, index] {
        showPage(Page(index));
    });
    addAction(go);
}

void MainWindow::createToolBar(int intervalMs)
{
    QToolBar *bar = addToolBar(tr("Sampling"));
    bar->setObjectName(QStringLiteral("samplingToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pause = bar->addAction(ThemedIcon::named(QStringLiteral("media-playback-pause")), tr("&Pause"));
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_pause->setToolTip(tr("Stop refreshing, to read figures that would otherwise move (Ctrl+P)"));
    connect(m_pause, &QAction::toggled, this, &MainWindow::setPaused);
    QAction *refresh = bar->addAction(ThemedIcon::named(QStringLiteral("view-refresh")), tr("&Refresh now"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Sample everything now (F5)"));
    connect(refresh, &QAction::triggered, m_engine, &SamplingEngine::refresh);
    QAction *connectTo = bar->addAction(ThemedIcon::named(QStringLiteral("network-connect")), tr("&Connect to host…"));
    connectTo->setObjectName(QStringLiteral("connectAction"));
    connectTo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connectTo->setToolTip(tr("Show another machine's memory in a new window, through ssh (Ctrl+Shift+O)"));
    connect(connectTo, &QAction::triggered, this, &MainWindow::connectToHost);
    bar->addSeparator();
    auto *label = new QLabel(tr("Refresh every "), bar);
    m_interval = new QDoubleSpinBox(bar);
    m_interval->setAccessibleName(tr("Refresh interval in seconds"));
    m_interval->setToolTip(tr("How often MemLens reads memory figures. Shorter intervals cost more CPU."));
    m_interval->setRange(0.5, 10);
    m_interval->setSingleStep(0.5);
    m_interval->setDecimals(1);
    m_interval->setSuffix(tr(" s"));
    m_interval->setValue(std::clamp(intervalMs, 500, 10'000) / 1000.0);
    label->setBuddy(m_interval);
    bar->addWidget(label);
    bar->addWidget(m_interval);
    connect(m_interval, &QDoubleSpinBox::valueChanged, this, [this](double seconds) {
        m_engine->setInterval(int(seconds * 1000));
    });

    // The application menu at the far end, as KDE applications without a menu bar have it.
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    auto *menu = new QMenu(tr("Menu"), this);
    menu->addAction(connectTo);
    QAction *watcher = menu->addAction(ThemedIcon::named(QStringLiteral("view-history")), tr("Background &watcher…"));
    watcher->setObjectName(QStringLiteral("watcherAction"));
    connect(watcher, &QAction::triggered, this, [this] {
        auto *dialog = new WatcherDialog(QCoreApplication::applicationFilePath(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    menu->addSeparator();
    QAction *about = menu->addAction(ThemedIcon::named(QStringLiteral("help-about")), tr("&About MemLens"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // Ctrl+Q closes as the window's close button does: through closeEvent, which asks about trials.
    QAction *quit = menu->addAction(ThemedIcon::named(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addAction(quit);
    auto *menuButton = new QToolButton(bar);
    menuButton->setIcon(ThemedIcon::named(QStringLiteral("open-menu")));
    menuButton->setText(tr("Menu"));
    menuButton->setToolTip(tr("Connect to another host, about MemLens, quit"));
    menuButton->setAccessibleName(tr("Menu"));
    menuButton->setMenu(menu);
    menuButton->setPopupMode(QToolButton::InstantPopup);
    bar->addWidget(menuButton);
}

void MainWindow::showPage(Page page)
{
    m_sidebar->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

void MainWindow::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused)
        m_pause->setChecked(paused); // comes back here through toggled
    m_engine->setPaused(paused);
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    m_pause->setIcon(ThemedIcon::named(paused ? QStringLiteral("media-playback-start") : QStringLiteral("media-playback-pause")));
}

void MainWindow::setAllProcesses(bool on)
{
    m_processes->setShowAllProcesses(on);
    m_engine->setAllProcesses(on);
}

void MainWindow::pageChanged(int page)
{
    m_stack->setCurrentIndex(page);
    // Reading every process's mappings or the cgroup tree costs: only while someone looks.
    m_engine->setLibrariesEnabled(page == LibrariesPageIndex);
    m_engine->setCgroupsEnabled(page == CgroupsPageIndex || page == PressurePageIndex);
    m_engine->setKillHistoryEnabled(page == PressurePageIndex);
    if (page == LibrariesPageIndex || page == CgroupsPageIndex || page == PressurePageIndex)
        m_engine->refresh();
    applyProcessesToPage();
}

void MainWindow::applySystem(const SystemSnapshot &snapshot)
{
    m_memTotal = snapshot.meminfo.value ? snapshot.meminfo.value->value("MemTotal") : std::nullopt;
    m_gpuDevices = snapshot.gpuDevices.value && !snapshot.gpuDevices.value->isEmpty();
    m_history->append(snapshot);
    if (m_timeline && !m_timelineRow->isHidden())
        m_timeline->setShownMs(snapshot.sampledAtMs);
    m_memoryModel->setSnapshot(snapshot);
    m_overview->applySystem(snapshot);
    m_pressure->applySystem(snapshot);
    m_tuning->applySystem(snapshot);
    m_kernelPage->applySystem(snapshot);
}

void MainWindow::applyProcesses(const ProcessSnapshot &snapshot)
{
    // A GPU sysfs does not show (a container given /dev/dri) still has clients.
    m_processes->setGpuShown(m_gpuDevices || std::any_of(snapshot.processes.cbegin(), snapshot.processes.cend(), [](const ProcessRecord &process) {
                                 return process.gpu.value && !process.gpu.value->isEmpty();
                             }));
    m_processes->applyProcesses(snapshot);
    m_shownProcesses = snapshot;
    m_leakWatch.append(snapshot);
    markGrowing(snapshot.sampledAtMs);
    applyProcessesToPage();
    showProcessStatus(snapshot);
}

// Judging every process's trend costs a little per process; trends move a point a bucket, so the
// marks in the process table are judged again once a bucket, not on every refresh.
void MainWindow::markGrowing(qint64 nowMs)
{
    const qint64 bucket = nowMs / std::max<qint64>(m_leakWatch.settings().bucketMs, 1);
    if (bucket == m_growingMarkedBucket)
        return;
    m_growingMarkedBucket = bucket;
    QHash<ProcessKey, QString> steady;
    const QList<LeakWatch::Growth> growing = m_leakWatch.growing();
    for (const LeakWatch::Growth &growth : growing) {
        if (growth.trend == LeakWatch::Trend::Steady)
            steady.insert(growth.key, LeakWatch::describe(growth));
    }
    m_processes->proxy()->setGrowing(std::move(steady));
}

// Only the models of the page in front follow every refresh: with thousands of processes the
// GUI thread's time goes to what the user is looking at. The processes page updates the model
// of its own layout.
void MainWindow::applyProcessesToPage()
{
    switch (currentPage()) {
    case OverviewPageIndex:
        m_topApplications->setProcesses(m_shownProcesses.processes, m_memTotal);
        m_overview->showRest();
        break;
    case PressurePageIndex:
        m_flatProcesses->setSnapshot(m_shownProcesses);
        break;
    case CgroupsPageIndex:
        m_cgroupModel->setProcesses(m_shownProcesses);
        break;
    case LeakWatchPageIndex:
        m_leakWatchModel->setGrowing(m_leakWatch.growing());
        m_leakWatchPage->applyWatch(m_leakWatch);
        break;
    case KernelPageIndex:
        m_kernelPage->applyProcesses(m_shownProcesses.processes);
        break;
    default:
        break;
    }
}

void MainWindow::showProcessStatus(const ProcessSnapshot &snapshot)
{
    const uint me = getuid();
    int othersWithoutPss = 0;
    int withoutPss = 0;
    for (const ProcessRecord &process : snapshot.processes) {
        if (process.kernelThread || process.smaps.available())
            continue;
        ++withoutPss;
        if (process.uid != me)
            ++othersWithoutPss;
    }
    const QLocale locale;
    QString status = tr("Processes: %1").arg(locale.toString(snapshot.processes.size()));
    if (m_source.kind == SourceChoice::Kind::RemoteAgent)
        status = tr("%1 · processes: %2").arg(m_source.agent.hostName, locale.toString(snapshot.processes.size()));
    if (othersWithoutPss > 0 && me != 0) {
        status +=
            tr(" · PSS unavailable for %1 of them, of other users — \"Show all processes\" reads them as administrator").arg(locale.toString(othersWithoutPss));
    } else if (withoutPss > 0) {
        status += tr(" · PSS unavailable for %1 of them (hover a dash to see why)").arg(locale.toString(withoutPss));
    }
    if (snapshot.vanished > 0)
        status += tr(" · ended while being read: %1").arg(locale.toString(snapshot.vanished));
    if (m_watcherSamples)
        status += tr(" · sampled by the background watcher");
    m_status->setText(status);
    m_sampledAt->setText(tr("Sampled at %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(snapshot.sampledAtMs).time(), QLocale::LongFormat)));
    qint64 oldest = snapshot.sampledAtMs;
    for (const ProcessRecord &process : snapshot.processes) {
        if (process.smaps.available() && process.readAtMs > 0)
            oldest = std::min(oldest, process.readAtMs);
    }
    // As a paragraph, so that the tooltip wraps.
    m_sampledAt->setToolTip(QStringLiteral("<p>%1</p>")
                                .arg(tr("PSS read from %1. Each refresh reads it again for the processes whose memory moved, and for the others within %2 s of "
                                        "when it could have changed: the oldest shown now was read %3 s ago.")
                                         .arg(snapshot.smapsSource)
                                         .arg(m_pssMaxAgeS)
                                         .arg((snapshot.sampledAtMs - oldest) / 1000)
                                         .toHtmlEscaped()));
}

void MainWindow::setPssMaxAge(int seconds)
{
    m_pssMaxAgeS = seconds;
    m_engine->setPssMaxAge(seconds * 1000);
    QSettings().setValue(QStringLiteral("pssMaxAgeSeconds"), seconds);
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray());
    if (!settings.contains(QStringLiteral("geometry")))
        resize(1280, 860);
    restoreState(settings.value(QStringLiteral("windowState")).toByteArray());
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            splitter->restoreState(settings.value(settingsKey(splitter)).toByteArray());
    }
    for (QTreeView *view : findChildren<QTreeView *>()) {
        if (!view->objectName().isEmpty())
            view->header()->restoreState(settings.value(settingsKey(view)).toByteArray());
    }
    m_processes->setLayoutMode(ProcessModel::Layout(settings.value(QStringLiteral("processLayout"), int(ProcessModel::Layout::Flat)).toInt()));
    showPage(Page(std::clamp(settings.value(QStringLiteral("page"), 0).toInt(), 0, PageCount - 1)));
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("windowState"), saveState());
    settings.setValue(QStringLiteral("page"), int(currentPage()));
    settings.setValue(QStringLiteral("intervalMs"), int(m_interval->value() * 1000));
    settings.setValue(QStringLiteral("processLayout"), int(m_processes->layoutMode()));
    for (const QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(settingsKey(splitter), splitter->saveState());
    }
    for (const QTreeView *view : findChildren<QTreeView *>()) {
        if (!view->objectName().isEmpty())
            settings.setValue(settingsKey(view), view->header()->saveState());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_tuningSession->hasOpenTrials() && !m_trialsAnswered) {
        event->ignore();
        askAboutOpenTrials();
        return;
    }
    if (m_tuningSession->puttingBack()) {
        event->ignore(); // closes once the put-backs have their answers
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ActivationChange && m_source.showsThisMachineLive()) {
        const QString inFront = QLatin1StringView(Notifier::windowInFrontName);
        if (isActiveWindow())
            QDBusConnection::sessionBus().registerService(inFront);
        else
            QDBusConnection::sessionBus().unregisterService(inFront);
    }
    QMainWindow::changeEvent(event);
}

// Closing while values are on trial: put back by default, as their trial would have.
void MainWindow::askAboutOpenTrials()
{
    if (m_trialQuestion)
        return;
    QStringList trials;
    const TuningLogModel *log = m_tuningSession->log();
    for (int row = 0; row < log->rowCount(); ++row) {
        const TuningChange &change = log->rowAt(log->index(row, 0))->change;
        if (change.trialOpen())
            trials.append(tr("<li>%1</li>").arg(change.description.toHtmlEscaped()));
    }
    m_trialQuestion =
        new QMessageBox(QMessageBox::Question,
                        tr("Changes on trial"),
                        tr("These changes are still on trial:<ul>%1</ul>Put the old values back before MemLens closes?").arg(trials.join(QString())),
                        QMessageBox::NoButton,
                        this);
    m_trialQuestion->setObjectName(QStringLiteral("trialQuestion"));
    QPushButton *putBack = m_trialQuestion->addButton(tr("&Put back and close"), QMessageBox::AcceptRole);
    QPushButton *keep = m_trialQuestion->addButton(tr("&Keep and close"), QMessageBox::DestructiveRole);
    m_trialQuestion->addButton(QMessageBox::Cancel);
    m_trialQuestion->setDefaultButton(putBack);
    m_trialQuestion->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_trialQuestion, &QMessageBox::finished, this, [this, putBack, keep] {
        QAbstractButton *answer = std::exchange(m_trialQuestion, nullptr)->clickedButton();
        if (answer == keep) {
            m_trialsAnswered = true;
            m_tuningSession->keepOpenTrials();
            close();
        } else if (answer == putBack) {
            m_trialsAnswered = true;
            statusBar()->showMessage(tr("Putting back the changes on trial…"));
            m_tuningSession->putBackOpenTrials();
        }
    });
    m_trialQuestion->open();
}

// A MemLens that stopped during a trial: its values are offered to be put back, by default.
void MainWindow::offerLeftTrials()
{
    const QList<quint64> left = m_tuningSession->recoverLeftTrials();
    if (left.isEmpty())
        return;
    QStringList trials;
    for (const quint64 id : left) {
        const TuningChange *change = m_tuningSession->change(id);
        trials.append(
            tr("<li>%1, set %2</li>")
                .arg(change->description.toHtmlEscaped(), QLocale().toString(QDateTime::fromMSecsSinceEpoch(change->madeAtMs), QLocale::ShortFormat)));
    }
    auto *question = new QMessageBox(
        QMessageBox::Question,
        tr("Changes left on trial"),
        tr("MemLens stopped while these changes were on trial, and they are still in place:<ul>%1</ul>Put the old values back?").arg(trials.join(QString())),
        QMessageBox::NoButton,
        this);
    question->setObjectName(QStringLiteral("leftTrialsQuestion"));
    QPushButton *putBack = question->addButton(tr("&Put back"), QMessageBox::AcceptRole);
    question->addButton(tr("&Keep them"), QMessageBox::RejectRole);
    question->setDefaultButton(putBack);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, question, putBack, left] {
        for (const quint64 id : left) {
            if (question->clickedButton() == putBack)
                m_tuningSession->putBack(id);
            else
                m_tuningSession->keep(id);
        }
    });
    question->open();
}
