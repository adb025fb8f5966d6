// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The timeline of a recording, in the real window (offscreen): a recording of sixty samples, each
// with its own available memory, pressure and process size, and the watcher's bookmarks. Choosing
// a moment on the timeline (keys, a click, a click on a bookmark) shows that moment on the
// Overview, Processes and Pressure pages and in the status bar, earlier moments as well as later.
// A live window attached to a real background watcher shows the watcher's recording up to now,
// with the bookmarks as they are made, and chooses a moment to open only when it is let go of.
#include "comparedialog.h"
#include "historychart.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "pressurepage.h"
#include "processespage.h"
#include "processfilterproxy.h"
#include "timelinebar.h"

#include "format/byteformat.h"
#include "model/historymodel.h"
#include "model/modelroles.h"
#include "model/momentcomparisonmodel.h"
#include "model/processmodel.h"
#include "record/rollingrecorder.h"
#include "support/fixtures.h"
#include "support/runningwatcher.h"
#include "support/waits.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace
{
constexpr qint64 startMs = 1'780'000'000'000;
constexpr int samples = 60;

qint64 availableAt(int i)
{
    return (2000ll + 37 * i) << 20;
}

qint64 rssAt(int i)
{
    return (100ll + 3 * i) << 20;
}

// Sample i: the captured tree, a second after sample i - 1, with figures of its own.
QList<SnapshotStream::Snapshot> sample(int i)
{
    static const SystemSnapshot captured = Fixtures::system("linux-6.18");
    static const ProcessSnapshot processes = Fixtures::processes("linux-6.18");
    SystemSnapshot system = captured;
    system.sampledAtMs = startMs + i * 1000;
    NamedValues meminfo;
    for (NamedValue value : system.meminfo.value->list()) {
        if (value.name == "MemAvailable")
            value.value = availableAt(i);
        meminfo.append(value);
    }
    system.meminfo.value = meminfo;
    system.memoryPressure.value->some->avg10 = double(i);
    ProcessSnapshot these = processes;
    these.sampledAtMs = system.sampledAtMs;
    for (ProcessRecord &process : these.processes)
        process.readAtMs = system.sampledAtMs;
    these.processes[0].rss.value = rssAt(i);
    // From sample 30 on, a program that was not running before.
    if (i >= 30) {
        ProcessRecord newcomer = these.processes.constLast();
        newcomer.key = ProcessKey{99999, 4242};
        newcomer.name = u"newcomer"_s;
        newcomer.commandLine = {u"/usr/bin/newcomer"_s};
        these.processes.append(newcomer);
    }
    return {system, these};
}
}

class TestTimeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        RollingRecorder recorder(m_dir.path(), {});
        for (int i = 0; i < samples; ++i) {
            for (const SnapshotStream::Snapshot &snapshot : sample(i))
                QVERIFY(recorder.write(snapshot, startMs + i * 1000));
            if (i == 20)
                QVERIFY(recorder.write(Bookmark{startMs + 20'400, Bookmark::Kind::PressureBegan, u"Memory pressure began"_s}, startMs));
            if (i == 41)
                QVERIFY(recorder.write(Bookmark{startMs + 41'200, Bookmark::Kind::OomKill, u"The kernel's OOM killer ended chromium"_s}, startMs));
        }
        m_pid = Fixtures::processes("linux-6.18").processes[0].key.pid;
    }

    void aChosenMomentIsShownOnEveryPage()
    {
        MainWindow window(SourceChoice::replay(m_dir.path()), 1000);
        window.resize(1400, 900);
        window.show();
        auto *timeline = window.findChild<TimelineBar *>(u"timeline"_s);
        QVERIFY(timeline);
        QVERIFY(timeline->isVisible());
        QVERIFY(timeline->geometry().bottom() <= window.centralWidget()->height());
        window.setPaused(true); // the moments chosen stay on screen
        window.showPage(MainWindow::ProcessesPageIndex); // the page a process table is kept for
        timeline->setFocus();
        verifyShows(window, 0); // the recording's beginning, until a moment is chosen

        QTest::keyClick(timeline, Qt::Key_End);
        verifyShows(window, samples - 1);
        // Back in time: every page, the charts' history too, begins at the earlier moment.
        QTest::keyClick(timeline, Qt::Key_Home);
        verifyShows(window, 0);
        QTest::keyClick(timeline, Qt::Key_Right);
        verifyShows(window, 1);
        // The next bookmark: pressure began during sample 20; the kill during 41.
        QTest::keyClick(timeline, Qt::Key_PageDown);
        verifyShows(window, 20);
        QTest::keyClick(timeline, Qt::Key_PageDown);
        verifyShows(window, 41);
        QTest::keyClick(timeline, Qt::Key_PageUp);
        verifyShows(window, 20);
        // A click a third of the way along: the nearest sample.
        const int x = timeline->width() / 2;
        QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(x, timeline->height() / 4));
        QTRY_VERIFY(shownSample(window) > 20 && shownSample(window) < 40);
        verifyShows(window, shownSample(window));
    }

    void aLiveWindowShowsTheWatchersRecording()
    {
        RunningWatcher watcher(QString(), 1000);
        QVERIFY2(watcher.waitUntilWatching(Waits::patientMs), watcher.said().constData());
        MainWindow window(SourceChoice::local(SysRoot()), 1000);
        window.resize(1024, 700);
        window.show();
        auto *timeline = window.findChild<TimelineBar *>(u"timeline"_s);
        QVERIFY(timeline);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusText().contains(u"sampled by the background watcher"_s), Waits::patientMs);
        QTRY_VERIFY_WITH_TIMEOUT(timeline->isVisible(), Waits::patientMs);
        QVERIFY(timeline->accessibleName().contains(u"watcher"_s));
        // The present is where the handle is, and it follows the samples.
        QTRY_VERIFY_WITH_TIMEOUT(timeline->shownMs().has_value(), Waits::patientMs);
        const qint64 first = *timeline->shownMs();
        QTRY_VERIFY_WITH_TIMEOUT(*timeline->shownMs() > first, Waits::patientMs);

        // Dragging reads nothing; letting go chooses the moment under the mouse, in the past.
        QSignalSpy chosen(timeline, &TimelineBar::momentChosen);
        const int y = timeline->height() / 4;
        QTest::mousePress(timeline, Qt::LeftButton, {}, QPoint(timeline->width() / 2, y));
        QTest::mouseMove(timeline, QPoint(timeline->width() / 3, y));
        QTest::qWait(TimelineBar::dragPaceMs * 2);
        QCOMPARE(chosen.size(), 0);
        QTest::mouseRelease(timeline, Qt::LeftButton, {}, QPoint(timeline->width() / 3, y));
        QCOMPARE(chosen.size(), 1);
        QVERIFY(chosen.constFirst().constFirst().toLongLong() < *timeline->shownMs());
        // Keys move the handle; Return opens where it is, Escape puts it back.
        timeline->setFocus();
        QTest::keyClick(timeline, Qt::Key_Home);
        QTest::keyClick(timeline, Qt::Key_Right);
        QCOMPARE(chosen.size(), 1);
        // The samples that keep arriving leave the handle where the keys put it.
        const qint64 present = *timeline->shownMs();
        QTRY_VERIFY_WITH_TIMEOUT(*timeline->shownMs() > present, Waits::patientMs);
        QTest::keyClick(timeline, Qt::Key_Return);
        QCOMPARE(chosen.size(), 2);
        QTest::keyClick(timeline, Qt::Key_Home);
        QTest::keyClick(timeline, Qt::Key_Escape);
        QTest::keyClick(timeline, Qt::Key_Return);
        QCOMPARE(chosen.size(), 2);

        // The watcher gone, the window samples by itself, and the timeline goes.
        watcher.process().kill();
        QTRY_VERIFY_WITH_TIMEOUT(!timeline->isVisible(), Waits::patientMs);
        QTRY_VERIFY_WITH_TIMEOUT(!window.statusText().contains(u"watcher"_s), Waits::patientMs);
    }

    // "Compare with…" the recording's beginning, from its last moment: the program that appeared
    // since is listed first, with what it holds now, and available memory moved as recorded.
    void compareWithAnotherMoment()
    {
        MainWindow window(SourceChoice::replay(m_dir.path(), startMs + (samples - 1) * 1000), 1000);
        window.resize(1400, 900);
        window.show();
        window.setPaused(true);
        auto *timeline = window.findChild<TimelineBar *>(u"timeline"_s);
        QTRY_COMPARE(timeline->shownMs(), std::optional<qint64>(startMs + (samples - 1) * 1000));
        auto *compare = window.findChild<QPushButton *>(u"compareButton"_s);
        QVERIFY(compare && compare->isVisible());
        compare->click();
        auto *dialog = window.findChild<CompareDialog *>();
        QVERIFY(dialog);
        auto *other = dialog->findChild<QComboBox *>();
        // The beginning and the two bookmarks; the recording is a minute long: no "10 minutes before".
        QCOMPARE(other->count(), 3);
        QVERIFY2(other->itemText(2).contains(u"OOM killer ended chromium"_s), qPrintable(other->itemText(2)));
        other->setCurrentIndex(0);
        auto *view = dialog->findChild<QTreeView *>();
        QAbstractItemModel *model = view->model();
        QVERIFY(model->rowCount() >= 2);
        int newcomer = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, MomentComparisonModel::NameColumn).data().toString() == u"newcomer"_s)
                newcomer = row;
            // Largest growth first.
            if (row > 0)
                QVERIFY(model->index(row - 1, MomentComparisonModel::ChangeColumn).data(ModelRoles::RawValueRole).toLongLong()
                        >= model->index(row, MomentComparisonModel::ChangeColumn).data(ModelRoles::RawValueRole).toLongLong());
        }
        QVERIFY(newcomer >= 0);
        QCOMPARE(model->index(newcomer, MomentComparisonModel::ThenColumn).data().toString(), u"not running"_s);
        QCOMPARE(model->index(newcomer, MomentComparisonModel::ProcessesColumn).data().toString(), u"0 → 1"_s);
        QVERIFY(model->index(newcomer, MomentComparisonModel::ChangeColumn).data(ModelRoles::RawValueRole).toLongLong() > 0);
        // The process whose size moves: its application grew by exactly what was recorded.
        QCOMPARE(model->index(0, MomentComparisonModel::ChangeColumn).data(ModelRoles::RawValueRole).toLongLong(), rssAt(samples - 1) - rssAt(0));
        bool said = false;
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            said = said || (label->text().contains(ByteFormat::human(availableAt(0))) && label->text().contains(ByteFormat::human(availableAt(samples - 1))));
        QVERIFY(said);
        // Against a moment after the kill: the earlier is "then" whichever was chosen.
        other->setCurrentIndex(2);
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->index(row, MomentComparisonModel::NameColumn).data().toString() != u"newcomer"_s); // running at both
    }

private:
    // The sample the Processes page shows, by the size of the process whose size moves.
    int shownSample(MainWindow &window)
    {
        ProcessFilterProxy *proxy = window.processesPage()->proxy();
        for (int row = 0; row < proxy->rowCount(); ++row) {
            if (proxy->index(row, ProcessModel::PidColumn).data(ModelRoles::RawValueRole).toLongLong() == m_pid) {
                const qint64 rss = proxy->index(row, ProcessModel::RssColumn).data(ModelRoles::RawValueRole).toLongLong();
                return int(((rss >> 20) - 100) / 3);
            }
        }
        return -1;
    }

    void verifyShows(MainWindow &window, int i)
    {
        QTRY_COMPARE(shownSample(window), i);
        QVERIFY(!QTest::currentTestFailed());
        const qint64 at = startMs + i * 1000;
        QTRY_VERIFY2(window.overviewPage()->freeVersusAvailable().contains(ByteFormat::human(availableAt(i))),
                     qPrintable(window.overviewPage()->freeVersusAvailable()));
        HistoryModel *pressure = window.pressurePage()->pressureChart()->model();
        QTRY_COMPARE(pressure->index(pressure->rowCount() - 1, 0).data(ModelRoles::RawValueRole).toLongLong(), at);
        QCOMPARE(pressure->index(pressure->rowCount() - 1, 1).data(ModelRoles::RawValueRole).toDouble(), double(i));
        // The history before the moment, never after it: each earlier sample once.
        QCOMPARE(pressure->rowCount(), i + 1);
        // The status bar says when the shown figures were sampled.
        const QString time = QLocale().toString(QDateTime::fromMSecsSinceEpoch(at).time(), QLocale::LongFormat);
        const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
        QVERIFY2(std::any_of(labels.begin(),
                             labels.end(),
                             [&](const QLabel *label) {
                                 return label->text().contains(time);
                             }),
                 qPrintable(time));
    }

    QTemporaryDir m_dir;
    qint64 m_pid = 0;
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
