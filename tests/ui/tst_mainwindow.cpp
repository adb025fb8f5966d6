// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The whole window on a captured /proc + /sys tree: every page is opened and what its views,
// cards and charts show is compared with the fixture's own numbers.
#include "accountingbar.h"
#include "cgroupspage.h"
#include "connectdialog.h"
#include "headlinecard.h"
#include "historychart.h"
#include "leakwatchpage.h"
#include "librariespage.h"
#include "mainwindow.h"
#include "oomadjustdialog.h"
#include "overviewpage.h"
#include "pressurepage.h"
#include "processdetailspanel.h"
#include "processespage.h"
#include "processfilterproxy.h"
#include "pssrsschart.h"
#include "tuningpage.h"
#include "usagebardelegate.h"

#include "format/byteformat.h"
#include "model/cgroupmodel.h"
#include "model/historymodel.h"
#include "model/leakwatchmodel.h"
#include "model/librarymodel.h"
#include "model/mappingmodel.h"
#include "model/modelroles.h"
#include "model/processgrouping.h"
#include "model/systemhistory.h"
#include "model/topapplicationsmodel.h"
#include "parse/meminfoparser.h"
#include "parse/oomdaemonparser.h"
#include "parse/smapsparser.h"
#include "sample/processsampler.h"
#include "source/recenthosts.h"
#include "stream/snapshotstream.h"
#include "support/fixtures.h"
#include "support/journaltext.h"
#include "support/waits.h"
#include "support/widgets.h"

#include <QApplication>
#include <QAreaSeries>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace
{
constexpr const char *treeName = "linux-6.1-swap";

qint64 meminfo(QByteArrayView field)
{
    return parseMeminfo(Fixtures::file(treeName, "proc/meminfo")).value.value(field).value();
}

// The first row, depth first, whose cell in `column` reads `text`.
QModelIndex findRow(const QAbstractItemModel *model, const QString &text, int column = 0, const QModelIndex &parent = {})
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex row = model->index(r, 0, parent);
        if (row.siblingAtColumn(column).data(Qt::DisplayRole).toString() == text)
            return row;
        if (const QModelIndex found = findRow(model, text, column, row); found.isValid())
            return found;
    }
    return {};
}
}

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void overviewShowsTheFixturesMemory();
    void overviewListsTheLargestApplications();
    void processesShowPssAgainstRss();
    void detailsShowTheSelectedProcess();
    void detailsShowMemoryPerNumaNode();
    void librariesRankMappedFiles();
    void cgroupsShowUsageAgainstLimits();
    void pressureSwapAndOom();
    void leakWatchFindsTheGrowingProcess();
    void onlyThePageInFrontFollowsEveryRefresh();
    void statusSaysWhatIsPartial();
    void killHistoryAndZram();
    void unreadableKillHistoryIsSaid();
    void killHistoryNamesTheDaemons();
    void pressureSaysWhenMemoryRunsOut();
    void tuningShowsTheKnobsAsTheyAre();
    void oomAdjustDialogStartsFromTheProcess();
    void replayShowsTheRecording();
    void aRemoteHostIsNamedAndCanBeReconnected();
    void connectDialogTakesOnlyHosts();
    void everyPageIsReachableByKeyboard();
    void layoutPersists();
    void hostileNamesAreShownEscaped();
    void aLongCommandLineKeepsToOneLine();

private:
    void waitForSamples();
    // A window on root in place of init()'s, shown and filled.
    void openWindow(const SysRoot &root);

    std::unique_ptr<MainWindow> m_window;
    ProcessSnapshot m_processes;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings go to a test location, not the user's
    m_processes = Fixtures::processes(treeName);
    QVERIFY(!m_processes.processes.isEmpty());
}

void TestMainWindow::init()
{
    QSettings().clear(); // each test starts from a first run
    openWindow(SysRoot(Fixtures::tree(treeName)));
}

void TestMainWindow::cleanup()
{
    m_window->close();
    m_window.reset();
}

void TestMainWindow::openWindow(const SysRoot &root)
{
    m_window = std::make_unique<MainWindow>(SourceChoice::local(root), 500);
    m_window->show();
    waitForSamples();
}

void TestMainWindow::waitForSamples()
{
    // The sampling thread's first snapshots arrive through the event loop.
    QTRY_VERIFY_WITH_TIMEOUT(m_window->overviewPage()->card(OverviewPage::TotalCard)->value() != u"—" && m_window->statusText().startsWith(u"Processes:"),
                             Waits::patientMs);
}

void TestMainWindow::overviewShowsTheFixturesMemory()
{
    m_window->showPage(MainWindow::OverviewPageIndex);
    OverviewPage *page = m_window->overviewPage();
    QCOMPARE(page->card(OverviewPage::TotalCard)->value(), ByteFormat::human(meminfo("MemTotal")));
    QCOMPARE(page->card(OverviewPage::AvailableCard)->value(), ByteFormat::human(meminfo("MemAvailable")));
    QCOMPARE(page->card(OverviewPage::UsedCard)->value(), ByteFormat::human(meminfo("MemTotal") - meminfo("MemAvailable")));
    QCOMPARE(page->card(OverviewPage::CacheCard)->value(), ByteFormat::human(meminfo("Buffers") + meminfo("Cached") + meminfo("SReclaimable")));
    QCOMPARE(page->card(OverviewPage::SwapCard)->value(), ByteFormat::human(meminfo("SwapTotal") - meminfo("SwapFree")));
    QVERIFY(page->card(OverviewPage::SwapCard)->detail().contains(ByteFormat::human(meminfo("SwapTotal"))));
    QCOMPARE(page->card(OverviewPage::CommitCard)->value(), ByteFormat::human(meminfo("Committed_AS")));
    QVERIFY(page->card(OverviewPage::CommitCard)->detail().contains(ByteFormat::human(meminfo("CommitLimit"))));

    // The bar: every part with its own bytes, and the remainder is what the parts leave of MemTotal.
    AccountingBar *bar = page->accountingBar();
    QVERIFY(bar->legendText(MemoryComposition::Anonymous).contains(ByteFormat::human(meminfo("AnonPages"))));
    QVERIFY(bar->legendText(MemoryComposition::Shmem).contains(ByteFormat::human(meminfo("Shmem"))));
    QVERIFY(bar->legendText(MemoryComposition::Free).contains(ByteFormat::human(meminfo("MemFree"))));
    const qint64 accounted = meminfo("AnonPages") + meminfo("Buffers") + meminfo("Cached") + meminfo("SwapCached") + meminfo("SReclaimable")
        + meminfo("SUnreclaim") + meminfo("KernelStack") + meminfo("PageTables") + meminfo("SecPageTables") + meminfo("MemFree");
    QVERIFY(bar->legendText(MemoryComposition::Unaccounted).contains(ByteFormat::human(meminfo("MemTotal") - accounted)));

    // The chart's newest point, as the hover readout writes it.
    HistoryChart *chart = page->chart();
    const QString readout = chart->readoutAt(0);
    QVERIFY2(readout.contains(ByteFormat::human(meminfo("AnonPages"))), qPrintable(readout));
    QVERIFY(readout.contains(ByteFormat::human(meminfo("SwapTotal") - meminfo("SwapFree"))));
    // And the plotted bands: anonymous memory at the bottom, the stack's top at what is in use,
    // free memory being the remainder (MiB here); asked for, free is drawn and the top is MemTotal.
    const auto *anonymous = qobject_cast<QAreaSeries *>(chart->chartSeries().at(MemoryComposition::Anonymous));
    const auto *top = qobject_cast<QAreaSeries *>(chart->chartSeries().at(MemoryComposition::Unaccounted));
    QVERIFY(anonymous && top && anonymous->upperSeries()->count() > 0);
    constexpr double mib = 1024.0 * 1024.0;
    QCOMPARE(anonymous->upperSeries()->points().last().y(), double(meminfo("AnonPages")) / mib);
    QCOMPARE(top->upperSeries()->points().last().y(), double(meminfo("MemTotal") - meminfo("MemFree")) / mib);
    QVERIFY(!chart->chartSeries().at(MemoryComposition::Free)->isVisible());
    auto *showFree = page->findChild<QCheckBox *>();
    QVERIFY(showFree && !showFree->isChecked());
    showFree->setChecked(true);
    QCOMPARE(top->upperSeries()->points().last().y(), double(meminfo("MemTotal")) / mib);
    QVERIFY(chart->chartSeries().at(MemoryComposition::Free)->isVisible());
    showFree->setChecked(false);
    // The value axis ticks on round numbers from 0.
    const auto *axis = qobject_cast<QValueAxis *>(chart->chart()->axes(Qt::Vertical).first());
    QVERIFY(axis);
    QCOMPARE(axis->tickType(), QValueAxis::TicksDynamic);
    QCOMPARE(axis->tickAnchor(), 0.0);
    const double step = axis->tickInterval();
    const double magnitude = std::pow(10.0, std::floor(std::log10(step)));
    QVERIFY2(QList<double>({1, 2, 2.5, 5}).contains(step / magnitude), qPrintable(QString::number(step)));
    QVERIFY(axis->max() / step <= 5.0 + 1e-9);

    // Out of sight the chart stops following; shown again, it has every sample of its window.
    m_window->showPage(MainWindow::ProcessesPageIndex);
    const int pointsBefore = anonymous->upperSeries()->count();
    const int samplesBefore = chart->model()->rowCount();
    QTRY_VERIFY_WITH_TIMEOUT(chart->model()->rowCount() >= samplesBefore + 2, Waits::patientMs);
    QCOMPARE(anonymous->upperSeries()->count(), pointsBefore);
    m_window->showPage(MainWindow::OverviewPageIndex);
    QCOMPARE(anonymous->upperSeries()->count(), chart->model()->rowCount());

    QVERIFY(page->freeVersusAvailable().contains(ByteFormat::human(meminfo("MemFree"))));
    // Here the kernel's reserves make available smaller than free, and the sentence says by how much.
    QVERIFY(meminfo("MemAvailable") < meminfo("MemFree"));
    QVERIFY(page->freeVersusAvailable().contains(ByteFormat::human(meminfo("MemFree") - meminfo("MemAvailable"))));
}

void TestMainWindow::overviewListsTheLargestApplications()
{
    m_window->showPage(MainWindow::OverviewPageIndex);
    auto *list = m_window->overviewPage()->findChild<QTreeView *>(u"topApplications"_s);
    QVERIFY(list);
    QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, Waits::patientMs);
    // Largest first: the first row's PSS is the sum of its processes' PSS.
    const QModelIndex first = list->model()->index(0, TopApplicationsModel::NameColumn);
    const QString name = first.data(ModelRoles::KeyRole).toString();
    qint64 pss = 0;
    for (const ProcessRecord &process : std::as_const(m_processes.processes)) {
        if (!process.kernelThread && ProcessGrouping::applicationOf(process) == name)
            pss += process.pss().value_or(0);
    }
    QCOMPARE(first.siblingAtColumn(TopApplicationsModel::PssColumn).data(ModelRoles::RawValueRole).toLongLong(), pss);
    for (int row = 1; row < list->model()->rowCount(); ++row)
        QVERIFY(list->model()->index(row, TopApplicationsModel::PssColumn).data(ModelRoles::RawValueRole).toLongLong() <= pss);

    // A click leads to its processes.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(first).center());
    QCOMPARE(m_window->currentPage(), MainWindow::ProcessesPageIndex);
    ProcessesPage *processes = m_window->processesPage();
    QCOMPARE(processes->layoutMode(), ProcessModel::Layout::ByApplication);
    QCOMPARE(processes->view()->currentIndex().siblingAtColumn(ProcessModel::NameColumn).data(ModelRoles::RawValueRole).toString(), name);
    QVERIFY(processes->view()->isExpanded(processes->view()->currentIndex().siblingAtColumn(0)));
}

void TestMainWindow::processesShowPssAgainstRss()
{
    m_window->showPage(MainWindow::ProcessesPageIndex);
    ProcessesPage *page = m_window->processesPage();
    ProcessFilterProxy *proxy = page->proxy();
    // A machine without a GPU gets no column of zeros (tst_gpupages has one with a GPU).
    QVERIFY(page->view()->header()->isSectionHidden(ProcessModel::GpuColumn));
    int userProcesses = 0;
    const ProcessRecord *largest = nullptr;
    qint64 rssSum = 0;
    qint64 pssSum = 0;
    for (const ProcessRecord &p : std::as_const(m_processes.processes)) {
        if (p.kernelThread)
            continue;
        ++userProcesses;
        if (p.pss() && p.rss.value) {
            rssSum += *p.rss.value;
            pssSum += *p.pss();
        }
        if (p.pss() && (!largest || *p.pss() > *largest->pss()))
            largest = &p;
    }
    QCOMPARE(proxy->rowCount(), userProcesses);
    // Sorted by PSS, largest first, with human units and the exact bytes on hover.
    const QModelIndex top = proxy->index(0, ProcessModel::PssColumn);
    QCOMPARE(top.data(ModelRoles::PidRole).toLongLong(), largest->key.pid);
    QCOMPARE(top.data(Qt::DisplayRole).toString(), ByteFormat::human(*largest->pss()));
    QCOMPARE(top.data(Qt::ToolTipRole).toString().section(u'\n', 0, 0), ByteFormat::exact(*largest->pss()));

    PssRssChart *chart = page->pssRssChart();
    chart->refresh();
    QCOMPARE(chart->categories().first(), u"%1 (%2)"_s.arg(largest->name).arg(largest->key.pid));
    QCOMPARE(chart->values(1).first(), double(*largest->pss()) / (1024.0 * 1024.0));
    QCOMPARE(chart->values(0).first(), double(*largest->rss.value) / (1024.0 * 1024.0));
    QVERIFY2(chart->overcountText().contains(ByteFormat::human(rssSum - pssSum)), qPrintable(chart->overcountText()));

    // The chart follows the filter: only the matching process remains.
    page->filter()->setText(largest->name);
    chart->refresh();
    QVERIFY(chart->categories().contains(u"%1 (%2)"_s.arg(largest->name).arg(largest->key.pid)));
    QVERIFY(chart->categories().size() < userProcesses);
    page->filter()->clear();

    // Grouped by user: a group row per user with the sum of its members' RSS.
    page->setLayoutMode(ProcessModel::Layout::ByUser);
    QHash<QString, qint64> rssByUser;
    for (const ProcessRecord &p : std::as_const(m_processes.processes)) {
        if (!p.kernelThread)
            rssByUser[p.user] += p.rss.value.value_or(0);
    }
    for (auto it = rssByUser.cbegin(); it != rssByUser.cend(); ++it) {
        const QModelIndex group = findRow(proxy, it.key(), ProcessModel::NameColumn);
        QVERIFY2(group.isValid(), qPrintable(it.key()));
        QCOMPARE(group.siblingAtColumn(ProcessModel::RssColumn).data(ModelRoles::RawValueRole).toLongLong(), it.value());
    }

    // In the tree, filtering by a child's name keeps the path to it from its parent.
    page->setLayoutMode(ProcessModel::Layout::TreeByParent);
    const ProcessRecord *child = nullptr;
    for (const ProcessRecord &p : std::as_const(m_processes.processes)) {
        const ProcessRecord *parent = Fixtures::find(m_processes, p.ppid);
        if (!p.kernelThread && parent && !parent->kernelThread && parent->name != p.name)
            child = &p;
    }
    QVERIFY(child);
    page->filter()->setText(child->name);
    const QModelIndex found = findRow(proxy, child->name, ProcessModel::NameColumn);
    QVERIFY(found.isValid());
    QCOMPARE(found.parent().data(ModelRoles::PidRole).toLongLong(), child->ppid);
    page->filter()->clear();
    page->setLayoutMode(ProcessModel::Layout::Flat);
}

// On the capture of a two-node machine, the selected process's resident memory node by node, as
// numa_maps gives it; on the one-node fixture of the other tests that row never gets a value.
void TestMainWindow::detailsShowMemoryPerNumaNode()
{
    QCOMPARE(m_window->processesPage()->details()->figureText(ProcessDetailsPanel::NumaNodes), ByteFormat::unavailable());
    const char *numaTree = "linux-6.1-numa";
    openWindow(SysRoot(Fixtures::tree(numaTree)));
    m_window->showPage(MainWindow::ProcessesPageIndex);
    ProcessesPage *page = m_window->processesPage();
    const QModelIndex row = findRow(page->proxy(), u"111"_s, ProcessModel::PidColumn);
    QVERIFY(row.isValid());
    page->view()->setCurrentIndex(row);
    const ProcessKey key = *page->details()->process();
    const NumaResidency expected = ProcessSampler(SysRoot(Fixtures::tree(numaTree))).sampleNumaResidency(key);
    QVERIFY(expected.nodeBytes.value && expected.nodeBytes.value->size() == 2);
    QStringList parts;
    for (const NodeAmount &node : *expected.nodeBytes.value)
        parts.append(u"node %1: %2"_s.arg(node.node).arg(ByteFormat::human(node.amount)));
    QTRY_COMPARE_WITH_TIMEOUT(page->details()->figureText(ProcessDetailsPanel::NumaNodes), parts.join(u" · "_s), Waits::patientMs);
}

void TestMainWindow::detailsShowTheSelectedProcess()
{
    m_window->showPage(MainWindow::ProcessesPageIndex);
    ProcessesPage *page = m_window->processesPage();
    const QModelIndex top = page->proxy()->index(0, 0);
    page->view()->setCurrentIndex(top);
    const ProcessRecord *record = Fixtures::find(m_processes, top.data(ModelRoles::PidRole).toLongLong());
    QVERIFY(record);
    ProcessDetailsPanel *details = page->details();
    QCOMPARE(details->process(), std::optional<ProcessKey>(record->key));
    QCOMPARE(details->figureText(ProcessDetailsPanel::Pss), ByteFormat::human(*record->pss()));
    QCOMPARE(details->figureText(ProcessDetailsPanel::Rss), ByteFormat::human(*record->rss.value));
    QCOMPARE(details->figureText(ProcessDetailsPanel::PssAnon), ByteFormat::human(*record->smaps.value->value(SmapsCounters::PssAnon)));
    QCOMPARE(details->figureText(ProcessDetailsPanel::OomScore), QString::number(*record->oomScore.value));
    QCOMPARE(details->figureText(ProcessDetailsPanel::OomScoreAdj), QString::number(*record->oomScoreAdj.value));
    QVERIFY(details->history()->rowCount() >= 1);

    // The mappings arrive from the sampling thread: one group per backing file, with its PSS.
    const auto smaps = parseSmaps(Fixtures::file(treeName, qPrintable(u"proc/%1/smaps"_s.arg(record->key.pid))));
    QVERIFY(smaps.ok());
    QTRY_VERIFY_WITH_TIMEOUT(details->mappings()->rowCount() > 0, Waits::patientMs);
    qint64 pssSum = 0;
    for (int r = 0; r < details->mappings()->rowCount(); ++r)
        pssSum += details->mappings()->index(r, MappingModel::PssColumn).data(ModelRoles::RawValueRole).toLongLong();
    QCOMPARE(pssSum, *record->smaps.value->value(SmapsCounters::Pss));
}

void TestMainWindow::librariesRankMappedFiles()
{
    m_window->showPage(MainWindow::LibrariesPageIndex);
    QTreeView *view = m_window->librariesPage()->view();
    QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, Waits::patientMs);
    // The top row by PSS: the PSS its users' smaps give that file, summed.
    const QModelIndex top = view->model()->index(0, LibraryModel::NameColumn);
    const QString path = top.data(ModelRoles::RawValueRole).toString();
    qint64 expected = 0;
    for (const ProcessRecord &p : std::as_const(m_processes.processes)) {
        QFile file(Fixtures::tree(treeName) + u"/proc/%1/smaps"_s.arg(p.key.pid));
        if (p.kernelThread || !file.open(QIODevice::ReadOnly))
            continue;
        for (const Mapping &mapping : parseSmaps(file.readAll()).value) {
            if (mapping.path == path)
                expected += mapping.counters.value(SmapsCounters::Pss).value_or(0);
        }
    }
    QVERIFY(expected > 0);
    QCOMPARE(top.siblingAtColumn(LibraryModel::PssColumn).data(ModelRoles::RawValueRole).toLongLong(), expected);
    QVERIFY(!m_window->librariesPage()->note().isEmpty());
}

void TestMainWindow::cgroupsShowUsageAgainstLimits()
{
    m_window->showPage(MainWindow::CgroupsPageIndex);
    QTreeView *view = m_window->cgroupsPage()->view();
    QTRY_VERIFY_WITH_TIMEOUT(findRow(view->model(), u"swap-hog.service"_s).isValid(), Waits::patientMs);
    const QModelIndex hog = findRow(view->model(), u"swap-hog.service"_s);
    const qint64 current = Fixtures::file(treeName, "sys/fs/cgroup/system.slice/swap-hog.service/memory.current").trimmed().toLongLong();
    const qint64 max = Fixtures::file(treeName, "sys/fs/cgroup/system.slice/swap-hog.service/memory.max").trimmed().toLongLong();
    const QModelIndex currentCell = hog.siblingAtColumn(CgroupModel::CurrentColumn);
    QCOMPARE(currentCell.data(ModelRoles::RawValueRole).toLongLong(), current);
    QCOMPARE(currentCell.data(Qt::DisplayRole).toString(), ByteFormat::human(current));
    const auto fraction = m_window->cgroupsPage()->usageBars()->fraction(currentCell);
    QVERIFY(fraction.has_value());
    QCOMPARE(*fraction, double(current) / double(max));
    QVERIFY(m_window->cgroupsPage()->note().contains(u"max"_s));
}

void TestMainWindow::pressureSwapAndOom()
{
    m_window->showPage(MainWindow::PressurePageIndex);
    PressurePage *page = m_window->pressurePage();
    // PSI some/full avg10 from proc/pressure/memory, as the chart's readout writes them.
    const HistoryChart *psi = page->pressureChart();
    const QString readout = psi->readoutAt(0);
    QVERIFY2(readout.contains(QLocale().toString(6.64, 'f', 2)) && readout.contains(QLocale().toString(6.36, 'f', 2)), qPrintable(readout));

    const auto swaps = parseSwaps(Fixtures::file(treeName, "proc/swaps")).value;
    QTreeWidget *devices = page->swapDevices();
    QCOMPARE(devices->topLevelItemCount(), swaps.size());
    for (qsizetype i = 0; i < swaps.size(); ++i) {
        QCOMPARE(devices->topLevelItem(int(i))->text(0), swaps[i].path);
        QCOMPARE(devices->topLevelItem(int(i))->text(3), ByteFormat::human(swaps[i].usedBytes));
        QCOMPARE(devices->topLevelItem(int(i))->text(4), QString::number(swaps[i].priority));
    }
    QCOMPARE(devices->topLevelItem(0)->text(1), u"zram (compressed RAM)"_s);

    // The OOM ranking: highest oom_score first.
    const ProcessRecord *likeliest = nullptr;
    for (const ProcessRecord &p : std::as_const(m_processes.processes)) {
        if (!p.kernelThread && p.oomScore.value && (!likeliest || *p.oomScore.value > *likeliest->oomScore.value))
            likeliest = &p;
    }
    const QModelIndex first = page->oomRanking()->model()->index(0, ProcessModel::OomScoreColumn);
    QCOMPARE(first.data(ModelRoles::RawValueRole).toLongLong(), *likeliest->oomScore.value);
    QVERIFY(page->oomKillText().contains(u"<b>0</b>"_s));
}

void TestMainWindow::leakWatchFindsTheGrowingProcess()
{
    m_window->setPaused(true);
    const auto grower = std::find_if(m_processes.processes.cbegin(), m_processes.processes.cend(), [](const ProcessRecord &process) {
        return !process.kernelThread && process.pss();
    });
    QVERIFY(grower != m_processes.processes.cend());
    // A scripted 40 minutes of the fixture's processes, a minute apart: one of them grows 2 MiB a
    // minute, the others stay level.
    constexpr qint64 minute = 60'000;
    constexpr qint64 mib = 1 << 20;
    const qint64 start = QDateTime::currentMSecsSinceEpoch() + 120 * minute;
    for (int i = 0; i < 40; ++i) {
        ProcessSnapshot snapshot = m_processes;
        snapshot.sampledAtMs = start + i * minute;
        for (ProcessRecord &process : snapshot.processes) {
            process.readAtMs = snapshot.sampledAtMs;
            if (process.key == grower->key)
                process.smaps.value->set(SmapsCounters::Pss, *grower->pss() + i * 2 * mib);
        }
        m_window->applyProcesses(snapshot);
    }
    m_window->showPage(MainWindow::LeakWatchPageIndex);
    LeakWatchPage *page = m_window->leakWatchPage();
    const QAbstractItemModel *rows = page->view()->model();
    QCOMPARE(rows->rowCount(), 1);
    const QModelIndex row = rows->index(0, 0);
    QCOMPARE(row.data().toString(), grower->name);
    QCOMPARE(row.siblingAtColumn(LeakWatchModel::PidColumn).data().toLongLong(), grower->key.pid);
    QCOMPARE(row.siblingAtColumn(LeakWatchModel::TrendColumn).data().toString(), u"Steady"_s);
    QCOMPARE(row.siblingAtColumn(LeakWatchModel::RateColumn).data().toString(), u"120.0 MiB/h"_s);
    QCOMPARE(row.siblingAtColumn(LeakWatchModel::FitColumn).data().toString(), u"100 %"_s);
    QCOMPARE(row.siblingAtColumn(LeakWatchModel::WatchedColumn).data().toString(), u"39 min"_s);
    QCOMPARE(row.siblingAtColumn(LeakWatchModel::NowColumn).data().toString(), ByteFormat::human(*grower->pss() + 39 * 2 * mib));
    QCOMPARE(page->note(), u"These processes grew over the last 60 min. Hover a row for what each did."_s);
    // The top growers' lines; selecting a row shows its line alone and its sentence.
    QCOMPARE(page->chart()->series().size(), 1);
    QCOMPARE(static_cast<QLineSeries *>(page->chart()->series().first())->count(), 40);
    page->view()->setCurrentIndex(row);
    QCOMPARE(page->sentence(), u"%1 has grown 120.0 MiB/h steadily for 39 min"_s.arg(grower->name));
    QCOMPARE(row.data(Qt::ToolTipRole).toString(), page->sentence());

    // The Processes table marks the grower, and only it, with the same sentence.
    m_window->showPage(MainWindow::ProcessesPageIndex);
    const QAbstractItemModel *table = m_window->processesPage()->view()->model();
    int marked = 0;
    for (int i = 0; i < table->rowCount(); ++i) {
        const QModelIndex name = table->index(i, ProcessModel::NameColumn);
        const QString growth = name.data(ModelRoles::GrowthRole).toString();
        if (growth.isEmpty()) {
            QVERIFY(name.data(Qt::DecorationRole).isNull());
            continue;
        }
        ++marked;
        QCOMPARE(name.data(ModelRoles::PidRole).toLongLong(), grower->key.pid);
        QCOMPARE(growth, page->sentence());
        QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().pixmap(16).isNull());
        QVERIFY(name.data(Qt::ToolTipRole).toString().endsWith(page->sentence()));
    }
    QCOMPARE(marked, 1);
}

void TestMainWindow::killHistoryAndZram()
{
    // The 6.1 capture with two later ones laid over it: the kernel log of two OOM kills in a
    // cgroup (and the boot time that dates them), and a zram device holding data.
    QTemporaryDir tree;
    QVERIFY(Fixtures::copyTree(treeName, tree));
    for (const char *overlay : {"linux-6.18-oom", "linux-6.18-zram"})
        QCOMPARE(QProcess::execute(u"cp"_s, {u"-a"_s, Fixtures::tree(overlay) + u"/."_s, tree.path()}), 0);
    m_window = std::make_unique<MainWindow>(SourceChoice::local(SysRoot(tree.path())), 500);
    m_window->show();
    m_window->showPage(MainWindow::PressurePageIndex);
    PressurePage *page = m_window->pressurePage();
    QTreeWidget *kills = page->killHistory();
    QTRY_COMPARE_WITH_TIMEOUT(kills->topLevelItemCount(), 2, Waits::patientMs);
    // Newest first, RSS as anon + file + shmem from the kernel's message.
    QCOMPARE(kills->topLevelItem(0)->text(1), u"hog (6374)"_s);
    QCOMPARE(kills->topLevelItem(0)->text(2), ByteFormat::human((32384 + 1112) * 1024LL));
    QCOMPARE(kills->topLevelItem(0)->text(4), u"500"_s);
    QCOMPARE(kills->topLevelItem(1)->text(1), u"oom) (hog), x (6372)"_s);
    QCOMPARE(kills->topLevelItem(1)->text(2), ByteFormat::human((32640 + 1072) * 1024LL));
    QVERIFY(kills->topLevelItem(1)->text(3).endsWith(u"hit its limit"_s));
    QVERIFY(kills->topLevelItem(1)->text(0) != ByteFormat::unavailable()); // dated through btime
    QVERIFY(page->killHistoryNote().contains(u"kernel log buffer"_s));

    QTRY_VERIFY_WITH_TIMEOUT(page->compressionText().contains(u"zram0"_s), Waits::patientMs);
    const QString zram = page->compressionText();
    QVERIFY2(zram.contains(ByteFormat::human(29360128)) && zram.contains(ByteFormat::human(4533566)) && zram.contains(ByteFormat::human(4587520)),
             qPrintable(zram));
    QVERIFY(zram.contains(QLocale().toString(29360128.0 / 4533566.0, 'f', 2)));
    QVERIFY(zram.contains(u"lz4"_s));
    QVERIFY(zram.contains(u"<b>zram1</b>: not set up."_s));
}

void TestMainWindow::killHistoryNamesTheDaemons()
{
    // systemd-oomd's and earlyoom's kills come from the journal, which a captured tree has not:
    // the page is given those of the journal fixture as the reader would give them.
    OomDaemonParser parser;
    for (const JournalLine &line : journalLines(Fixtures::file("oom-daemons", "journal.txt")))
        parser.add(line.timeMs, line.identifier, line.message);
    KillHistory history;
    history.kills = parser.takeKills();
    history.source = u"systemd journal"_s;
    PressurePage *page = m_window->pressurePage();
    page->applyKillHistory(history);
    QTreeWidget *kills = page->killHistory();
    QCOMPARE(kills->topLevelItemCount(), 7);
    // Newest first: earlyoom's kill of bun before 1.6, then the one whose name holds a quote.
    QCOMPARE(kills->topLevelItem(0)->text(1), u"bun (3321)"_s);
    QCOMPARE(kills->topLevelItem(0)->text(2), ByteFormat::human(321LL << 20));
    QVERIFY(kills->topLevelItem(0)->text(3).startsWith(u"earlyoom (SIGTERM)"_s));
    QCOMPARE(kills->topLevelItem(1)->text(4), u"300"_s);
    const QString ollama = kills->topLevelItem(2)->text(3);
    QVERIFY2(ollama.contains(u"SIGKILL"_s) && ollama.contains(QLocale().toString(4.56, 'f', 1)), qPrintable(ollama));
    // systemd-oomd ends a control group: its unit, no pid, and the pressure it saw.
    const QTreeWidgetItem *firefox = kills->topLevelItem(6);
    QCOMPARE(firefox->text(1), u"app-org.mozilla.firefox-4123.scope"_s);
    QVERIFY(firefox->toolTip(1).startsWith(u"/user.slice/"_s));
    QCOMPARE(firefox->text(2), ByteFormat::unavailable());
    QVERIFY2(firefox->text(3).contains(QLocale().toString(62.17, 'f', 1)) && firefox->text(3).contains(u"20s"_s), qPrintable(firefox->text(3)));
    QVERIFY(kills->topLevelItem(4)->text(3).contains(u"swap"_s));
}

void TestMainWindow::pressureSaysWhenMemoryRunsOut()
{
    // A page of its own, fed a runaway: 50 MiB a second going from 2 GiB, no swap.
    SystemHistory history;
    ProcessModel processes(ProcessModel::Layout::Flat);
    PressurePage page(&history, &processes);
    auto *note = named<QLabel>(&page, u"Memory pressure now"_s);
    QVERIFY(note);
    const NamedValues base = parseMeminfo(Fixtures::file(treeName, "proc/meminfo")).value;
    const auto at = [&](int second, qint64 available) {
        SystemSnapshot snapshot;
        snapshot.sampledAtMs = 1'800'000'000'000 + second * 1000LL;
        NamedValues meminfo;
        for (const NamedValue &field : base.list())
            meminfo.append({field.name, field.name == "MemAvailable" ? available : field.name == "SwapFree" ? 0 : field.value, field.unit});
        snapshot.meminfo = {meminfo, {}, {}};
        return snapshot;
    };
    for (int second = 0; second <= 12; ++second)
        page.applySystem(at(second, 2048LL * 1024 * 1024 - second * 50LL * 1024 * 1024));
    QVERIFY2(note->text().contains(u"run out in about 29 s"_s), qPrintable(note->text()));
    // Steady again for a minute: nothing said.
    for (int second = 13; second <= 80; ++second)
        page.applySystem(at(second, 1400LL * 1024 * 1024));
    QVERIFY2(!note->text().contains(u"run out"_s), qPrintable(note->text()));
}

void TestMainWindow::unreadableKillHistoryIsSaid()
{
    // The 6.1 capture has no kernel log: the page says so instead of showing an empty list as "no kills".
    m_window->showPage(MainWindow::PressurePageIndex);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->pressurePage()->killHistoryNote().startsWith(u"Reading"_s), Waits::patientMs);
    QCOMPARE(m_window->pressurePage()->killHistory()->topLevelItemCount(), 0);
    QVERIFY(!m_window->pressurePage()->killHistoryNote().startsWith(u"No OOM kills"_s));
}

void TestMainWindow::onlyThePageInFrontFollowsEveryRefresh()
{
    // The overview is in front: the process table waits, and catches up the moment it is shown.
    m_window->showPage(MainWindow::OverviewPageIndex);
    QCOMPARE(m_window->processesPage()->proxy()->rowCount(), 0);
    m_window->showPage(MainWindow::ProcessesPageIndex);
    QVERIFY(m_window->processesPage()->proxy()->rowCount() > 0);
}

void TestMainWindow::statusSaysWhatIsPartial()
{
    // A scripted refresh: the fixture's processes, one of them now without PSS (its smaps
    // unreadable) and two that ended while the snapshot was read.
    m_window->setPaused(true);
    ProcessSnapshot snapshot = m_processes;
    ProcessRecord *victim = nullptr;
    for (ProcessRecord &p : snapshot.processes) {
        if (!p.kernelThread && p.smaps.available())
            victim = &p;
    }
    QVERIFY(victim);
    victim->smaps = Reading<SmapsCounters>::missing(u"permission denied reading smaps_rollup"_s);
    snapshot.vanished = 2;
    int withoutPss = 0;
    for (const ProcessRecord &p : std::as_const(snapshot.processes))
        withoutPss += !p.kernelThread && !p.smaps.available();
    m_window->applyProcesses(snapshot);
    const QString status = m_window->statusText();
    QVERIFY2(status.contains(u"Processes: %1"_s.arg(snapshot.processes.size())), qPrintable(status));
    // Run as root (as CI does) the reason is not other users' privacy: the count and where to look.
    QVERIFY2(status.contains(u"PSS unavailable for %1 of them"_s.arg(withoutPss)), qPrintable(status));
    QVERIFY(status.contains(u"ended while being read: 2"_s));
}

void TestMainWindow::tuningShowsTheKnobsAsTheyAre()
{
    // Only what is read is tested here: a click would go through polkit to the real helper,
    // which e2e-helper.sh proves with a test user of its own.
    m_window->showPage(MainWindow::TuningPageIndex);
    TuningPage *page = m_window->tuningPage();
    const QString swappiness = QString::fromLatin1(Fixtures::file(treeName, "proc/sys/vm/swappiness").trimmed());
    const QString now = named<QLabel>(page, u"Swappiness now"_s)->text();
    QVERIFY2(now.contains(u"<b>%1</b>"_s.arg(swappiness)), qPrintable(now));
    QCOMPARE(named<QSlider>(page, u"Swappiness"_s)->value(), swappiness.toInt());
    QCOMPARE(named<QSlider>(page, u"Swappiness"_s)->maximum(), 200);
    QCOMPARE(named<QTreeView>(page, u"Changes made here"_s)->model()->rowCount(), 0);
    // A captured tree's knobs are shown, not offered: a click would change this machine.
    int offered = 0;
    for (const QPushButton *apply : page->findChildren<QPushButton *>()) {
        if (!apply->isVisibleTo(page))
            continue; // a trial's keep and put back, shown only during one
        QVERIFY2(!apply->isEnabled(), qPrintable(apply->text()));
        QVERIFY(apply->toolTip().contains(u"captured tree"_s));
        ++offered;
    }
    QCOMPARE(offered, 3); // swappiness, THP, drop caches
    QVERIFY(named<QLabel>(page, u"Tuning status"_s)->text().contains(u"changes would act on this machine"_s));
    for (const QPushButton *button : m_window->processesPage()->findChildren<QPushButton *>()) {
        if (button->text().contains(u"all processes"_s))
            QVERIFY(!button->isEnabled() && button->toolTip().contains(u"captured tree"_s));
    }
}

void TestMainWindow::oomAdjustDialogStartsFromTheProcess()
{
    // On a captured tree the adjustment would act on whatever process of this machine has that
    // pid: not offered, and the button says why.
    m_window->showPage(MainWindow::ProcessesPageIndex);
    ProcessesPage *page = m_window->processesPage();
    page->view()->setCurrentIndex(page->proxy()->index(0, 0));
    auto *button = page->details()->findChild<QPushButton *>();
    QVERIFY(button && !button->isEnabled());
    QVERIFY2(button->toolTip().contains(u"captured tree"_s), qPrintable(button->toolTip()));

    // On this machine, live: from the details panel's button, for the selected process (this one).
    openWindow(SysRoot(u"/"_s));
    m_window->showPage(MainWindow::ProcessesPageIndex);
    page = m_window->processesPage();
    const QString self = QString::number(QCoreApplication::applicationPid());
    QTRY_VERIFY_WITH_TIMEOUT(findRow(page->proxy(), self, ProcessModel::PidColumn).isValid(), Waits::patientMs);
    page->view()->setCurrentIndex(findRow(page->proxy(), self, ProcessModel::PidColumn));
    QFile ownAdjustment(u"/proc/self/oom_score_adj"_s);
    QVERIFY(ownAdjustment.open(QIODevice::ReadOnly));
    const int adjustment = ownAdjustment.readAll().trimmed().toInt();
    button = page->details()->findChild<QPushButton *>();
    QVERIFY(button && button->isEnabled());
    button->click();
    auto *dialog = page->findChild<OomAdjustDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->slider()->value(), adjustment);
    QVERIFY(dialog->windowTitle().contains(self));
    QVERIFY(!dialog->immunityWarningShown());
    dialog->slider()->setValue(-1000); // immune: said before anything is written
    QVERIFY(dialog->immunityWarningShown());
    QVERIFY(dialog->resultText().isEmpty());
    dialog->close();
}

void TestMainWindow::replayShowsTheRecording()
{
    // A recording of the captured tree, played in a window whose root is this live machine:
    // what shows is the recording's, not this machine's.
    QTemporaryDir directory;
    QFile recording(directory.filePath(u"recording"_s));
    QVERIFY(recording.open(QIODevice::WriteOnly));
    {
        SnapshotStream::Writer writer(&recording);
        QVERIFY(writer.write(Fixtures::system(treeName)) && writer.write(m_processes));
    }
    recording.close();
    m_window = std::make_unique<MainWindow>(SourceChoice::replay(recording.fileName()), 500);
    m_window->show();
    QTRY_COMPARE_WITH_TIMEOUT(m_window->overviewPage()->card(OverviewPage::TotalCard)->value(), ByteFormat::human(meminfo("MemTotal")), Waits::patientMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusText().startsWith(u"Processes: %1"_s.arg(m_processes.processes.size())), Waits::patientMs);
    QVERIFY(m_window->windowTitle().contains(u"recording"_s));
    // The recording's machine is not this one: nothing is offered that would change this one.
    QVERIFY(named<QLabel>(m_window->tuningPage(), u"Tuning status"_s)->text().contains(u"plays a recording"_s));
}

// A window on another machine (here memlens-agent on the captured tree, as ssh would run it there,
// ending after two refreshes as a lost connection does): its name in the title and the status,
// nothing offered that would change this machine, and when the stream ends the last figures
// stay, said to be the last, with Reconnect, which starts the agent again.
void TestMainWindow::aRemoteHostIsNamedAndCanBeReconnected()
{
    AgentCommand command;
    command.program = QStringLiteral(MEMLENS_AGENT);
    command.arguments = {u"--count"_s, u"2"_s, u"--root"_s, Fixtures::tree(treeName)};
    command.hostName = u"build-server"_s;
    m_window = std::make_unique<MainWindow>(SourceChoice::remoteAgent(command), 500);
    m_window->show();
    m_window->showPage(MainWindow::ProcessesPageIndex);
    QVERIFY(m_window->windowTitle().contains(u"build-server"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusText().startsWith(u"build-server · processes: %1"_s.arg(m_processes.processes.size())), Waits::patientMs);
    QVERIFY(named<QLabel>(m_window->tuningPage(), u"Tuning status"_s)->text().contains(u"build-server"_s));
    auto *reconnect = m_window->findChild<QPushButton *>(u"reconnectButton"_s);
    QVERIFY(reconnect);
    QTRY_VERIFY_WITH_TIMEOUT(reconnect->isVisible(), Waits::patientMs);
    QVERIFY2(m_window->statusText().contains(u"ended"_s), qPrintable(m_window->statusText()));
    QVERIFY(m_window->processesPage()->proxy()->rowCount() > 0); // the last figures stay
    reconnect->click();
    QVERIFY(!reconnect->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusText().startsWith(u"build-server · processes"_s), Waits::patientMs);
    QTRY_VERIFY_WITH_TIMEOUT(reconnect->isVisible(), Waits::patientMs); // and it ends again after two
}

void TestMainWindow::connectDialogTakesOnlyHosts()
{
    RecentHosts::remember(u"me@older:2222"_s);
    RecentHosts::remember(u"build-server"_s);
    ConnectDialog dialog;
    auto *host = dialog.findChild<QComboBox *>();
    auto *connect = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(host->count(), 2);
    QCOMPARE(host->itemText(0), u"build-server"_s); // the newest first
    QVERIFY(connect->isEnabled());
    for (const QString &bad : {u"-oProxyCommand=touch /tmp/x"_s, u"host name"_s, u"host:99999"_s, u"a@b@c"_s, u"evil\u202Eexe"_s}) {
        host->setCurrentText(bad);
        QVERIFY2(!connect->isEnabled(), qPrintable(bad));
    }
    host->setCurrentText(u"  me@db-1.example.org:2222 "_s);
    QVERIFY(connect->isEnabled());
    QCOMPARE(dialog.host(), u"me@db-1.example.org:2222"_s);
}

void TestMainWindow::everyPageIsReachableByKeyboard()
{
    for (int page = 0; page < MainWindow::PageCount; ++page) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Page(page));
    }
    // Every widget that takes focus has a name for screen readers.
    for (const QWidget *widget : m_window->findChildren<QWidget *>()) {
        if (widget->focusPolicy() != Qt::NoFocus && widget->isVisibleTo(m_window.get()) && qobject_cast<const QAbstractItemView *>(widget))
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
    }
}

void TestMainWindow::layoutPersists()
{
    m_window->showPage(MainWindow::CgroupsPageIndex);
    m_window->processesPage()->setLayoutMode(ProcessModel::Layout::ByApplication);
    m_window->close(); // saves
    m_window = std::make_unique<MainWindow>(SourceChoice::local(SysRoot(Fixtures::tree(treeName))), 500);
    QCOMPARE(m_window->currentPage(), MainWindow::CgroupsPageIndex);
    QCOMPARE(m_window->processesPage()->layoutMode(), ProcessModel::Layout::ByApplication);
    m_window->processesPage()->setLayoutMode(ProcessModel::Layout::Flat);
    m_window->showPage(MainWindow::OverviewPageIndex);
}

void TestMainWindow::hostileNamesAreShownEscaped()
{
    // Process 101 of the tree renamed itself and rewrote its argv to attack whoever looks: markup,
    // an OSC title change and a right-to-left override.
    QTemporaryDir tree;
    QVERIFY(Fixtures::copyTree(treeName, tree));
    QVERIFY(Fixtures::rewrite(tree.filePath(u"proc/101/stat"_s), "(my (odd)) prog)", "(<h1>\x1b]0;x\xe2\x80\xae)"));
    QVERIFY(Fixtures::rewrite(tree.filePath(u"proc/101/status"_s), "Name:\tmy (odd)) prog", "Name:\t<h1>\x1b]0;x\xe2\x80\xae"));
    QVERIFY(Fixtures::overwrite(tree.filePath(u"proc/101/cmdline"_s), "\x1b]0;pwned\x07\0--arg\0"_ba));
    openWindow(SysRoot(tree.path()));
    m_window->showPage(MainWindow::ProcessesPageIndex);
    ProcessesPage *page = m_window->processesPage();
    const QModelIndex row = findRow(page->proxy(), u"<h1>\\x1b]0;x\\u202e"_s, ProcessModel::NameColumn);
    QVERIFY(row.isValid());
    page->view()->setCurrentIndex(row);

    // The details panel: the escaped text, as plain text, and not one raw control or override.
    bool commandShown = false;
    for (const QLabel *label : page->details()->findChildren<QLabel *>()) {
        const QString text = label->text();
        QVERIFY2(!text.contains(QChar(0x1b)) && !text.contains(QChar(0x07)) && !text.contains(QChar(0x202e)), qPrintable(text));
        if (text.contains(u"<h1>"_s))
            QCOMPARE(label->textFormat(), Qt::PlainText);
        commandShown |= text == u"\\x1b]0;pwned\\x07 --arg"_s;
    }
    QVERIFY(commandShown);
}

void TestMainWindow::aLongCommandLineKeepsToOneLine()
{
    // A compiler's command line of 4 KiB: one line in the details panel, cut with an ellipsis,
    // the whole of it on hover; the figures below keep their room.
    QTemporaryDir tree;
    QVERIFY(Fixtures::copyTree(treeName, tree));
    const QByteArray commandLine = Fixtures::longCommandLine();
    QVERIFY(Fixtures::overwrite(tree.filePath(u"proc/101/cmdline"_s), QByteArray(commandLine + '\0')));
    m_window = std::make_unique<MainWindow>(SourceChoice::local(SysRoot(tree.path())), 500);
    m_window->resize(1024, 700);
    m_window->show();
    waitForSamples();
    m_window->showPage(MainWindow::ProcessesPageIndex);
    ProcessesPage *page = m_window->processesPage();
    const QModelIndex row = findRow(page->proxy(), u"101"_s, ProcessModel::PidColumn);
    QVERIFY(row.isValid());
    page->view()->setCurrentIndex(row);

    const QString last = QString::fromLatin1(commandLine.mid(commandLine.lastIndexOf('\0') + 1));
    const QLabel *command = nullptr;
    for (const QLabel *label : page->details()->findChildren<QLabel *>()) {
        if (label->toolTip().contains(last))
            command = label;
    }
    QVERIFY2(command, "no label offers the whole command line on hover");
    QVERIFY(command->text().startsWith(u"/usr/lib/gcc/x86_64-linux-gnu/12/cc1plus -I/a/rather"_s));
    QVERIFY(command->text().endsWith(u'…'));
    QVERIFY(command->height() < 2 * command->fontMetrics().height());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
