#pragma once

#include "read/sysroot.h"

#include <QWidget>

class KernelMemoryView;
class QTabWidget;
struct SystemSnapshot;

// The memory the kernel manages beside processes' own, a tab per question users bring: what the
// kernel keeps for itself, dirty pages waiting for the disk, huge pages, how far memory can be
// promised, NUMA nodes and shared memory.
class KernelPage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { KernelMemoryTab, TabCount };

    explicit KernelPage(const SysRoot &root, QWidget *parent = nullptr);

    void applySystem(const SystemSnapshot &snapshot);
    void showTab(Tab tab);

    KernelMemoryView *kernelMemory() const
    {
        return m_kernelMemory;
    }

private:
    QTabWidget *m_tabs;
    KernelMemoryView *m_kernelMemory;
};
