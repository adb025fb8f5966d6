// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/leakwatch.h"
#include "record/recordingtimeline.h"
#include "snapshot/processsnapshot.h"
#include "source/sourcechoice.h"

#include <QMainWindow>

class CgroupModel;
class CgroupsPage;
class LeakWatchModel;
class KernelPage;
class LeakWatchPage;
class LibrariesPage;
class LibraryModel;
class OverviewPage;
class PressurePage;
class PrivilegedBackend;
class QMessageBox;
class TuningPage;
class TuningSession;
class TopApplicationsModel;
class ProcessModel;
class ProcessesPage;
class QAction;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QPushButton;
class TimelineBar;
class QStackedWidget;
class SamplingEngine;
class SystemHistory;
class SystemMemoryModel;
struct ProcessSnapshot;
struct SystemSnapshot;

// The MemLens window: a sidebar of pages (overview, processes, libraries, cgroups, pressure),
// the refresh interval and a pause button, and a status bar that says when figures are partial.
// Sampling runs on its own thread; this window only applies finished snapshots to the models.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page {
        OverviewPageIndex,
        ProcessesPageIndex,
        LibrariesPageIndex,
        CgroupsPageIndex,
        PressurePageIndex,
        LeakWatchPageIndex,
        KernelPageIndex,
        TuningPageIndex,
        PageCount
    };

    // source: where every page's figures come from, chosen before sampling starts.
    // intervalMs: from the command line, overriding the saved choice; nullopt to use the saved one.
    // privileged: what carries the tuning session's requests to the helper (taken over); null
    // for memlens-kauth-client.
    MainWindow(const SourceChoice &source, std::optional<int> intervalMs, PrivilegedBackend *privileged = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showPage(Page page);
    Page currentPage() const;
    void setPaused(bool paused);
    // "Show all processes": every figure read as root through the root agent, or no longer.
    void setAllProcesses(bool on);
    // No process's PSS shown is older than this; remembered for the next start.
    void setPssMaxAge(int seconds);

    OverviewPage *overviewPage() const
    {
        return m_overview;
    }
    ProcessesPage *processesPage() const
    {
        return m_processes;
    }
    LibrariesPage *librariesPage() const
    {
        return m_libraries;
    }
    CgroupsPage *cgroupsPage() const
    {
        return m_cgroups;
    }
    PressurePage *pressurePage() const
    {
        return m_pressure;
    }
    LeakWatchPage *leakWatchPage() const
    {
        return m_leakWatchPage;
    }
    KernelPage *kernelPage() const
    {
        return m_kernelPage;
    }
    TuningPage *tuningPage() const
    {
        return m_tuning;
    }
    QString statusText() const;

    // One refresh as it reaches the GUI thread: the sampling thread's snapshots, applied to every
    // model and page. Public so the refresh benchmark measures exactly this.
    void applySystem(const SystemSnapshot &snapshot);
    void applyProcesses(const ProcessSnapshot &snapshot);

protected:
    void closeEvent(QCloseEvent *event) override;
    // In front and showing this machine live, the window holds Notifier::windowInFrontName on the
    // session bus: the watcher's notifications would only repeat what it shows.
    void changeEvent(QEvent *event) override;

private:
    void createToolBar(int intervalMs);
    void addPage(QWidget *page, const QString &title, const QString &iconName);
    void pageChanged(int page);
    void applyProcessesToPage();
    void markGrowing(qint64 nowMs);
    void showProcessStatus(const ProcessSnapshot &snapshot);
    void sourceEnded(const QString &reason);
    // pages with a recording's timeline under them: a replay's, whose moments every page shows,
    // or (live) the background watcher's, whose moments open in a window of their own.
    QWidget *withTimeline(QWidget *pages, const QString &recording, bool live);
    void reloadTimeline();
    void connectToHost();
    void offerLeftTrials();
    void askAboutOpenTrials();
    void restoreSettings();
    void saveSettings() const;

    SamplingEngine *m_engine;
    SystemHistory *m_history;
    SystemMemoryModel *m_memoryModel;
    ProcessModel *m_flatProcesses;
    LibraryModel *m_libraryModel;
    CgroupModel *m_cgroupModel;
    // Fed every process snapshot, whichever page is in front: a trend needs the whole history.
    LeakWatch m_leakWatch;
    qint64 m_growingMarkedBucket = -1; // the leak-watch bucket the growing marks were judged in
    LeakWatchModel *m_leakWatchModel;
    TopApplicationsModel *m_topApplications;
    std::optional<qint64> m_memTotal; // of the last system snapshot, for shares of RAM
    bool m_gpuDevices = false; // the last system snapshot listed a GPU
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    OverviewPage *m_overview;
    ProcessesPage *m_processes;
    LibrariesPage *m_libraries;
    CgroupsPage *m_cgroups;
    PressurePage *m_pressure;
    LeakWatchPage *m_leakWatchPage;
    KernelPage *m_kernelPage;
    TuningSession *m_tuningSession;
    TuningPage *m_tuning;
    // Closing with changes on trial: asked once per close, then closed once their put-backs end.
    QMessageBox *m_trialQuestion = nullptr;
    bool m_trialsAnswered = false;
    bool m_watcherSamples = false; // the background watcher samples for this window (AttachingSource)
    QDoubleSpinBox *m_interval = nullptr;
    QAction *m_pause = nullptr;
    QLabel *m_status;
    QLabel *m_sampledAt;
    int m_pssMaxAgeS;
    SourceChoice m_source;
    QString m_sourceEnded; // why the source stopped, while what is shown is its last data
    QPushButton *m_reconnect;
    TimelineBar *m_timeline = nullptr; // replaying, or live on this machine
    QWidget *m_timelineRow = nullptr; // the timeline and its buttons; live, shown while attached
    std::optional<RecordingTimeline> m_recordingTimeline; // what m_timeline shows
    ProcessSnapshot m_shownProcesses;
};
