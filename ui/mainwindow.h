#pragma once

#include "read/sysroot.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QTreeView;
class ProcessFilterProxy;
class ProcessModel;
class SamplingEngine;
class SystemMemoryModel;
struct ProcessSnapshot;
struct SystemSnapshot;

// The MemLens window: system memory explained field by field, and every process with RSS, PSS,
// USS and swap. Sampling runs on its own thread; this window only applies finished snapshots.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const SysRoot &root, int intervalMs, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    QWidget *createMemoryPage();
    QWidget *createProcessesPage();
    void applySystem(const SystemSnapshot &snapshot);
    void applyProcesses(const ProcessSnapshot &snapshot);
    void showProcessTree(bool tree);

    SamplingEngine *m_engine;
    SystemMemoryModel *m_memoryModel;
    ProcessModel *m_flatProcesses;
    ProcessModel *m_processTree;
    ProcessFilterProxy *m_processProxy;
    QTreeView *m_memoryView = nullptr;
    QTreeView *m_processView = nullptr;
    QLabel *m_explanation = nullptr;
    QLabel *m_status = nullptr;
};
