// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "kernelpage.h"

#include "graphicsview.h"
#include "hugepagesview.h"
#include "kernelmemoryview.h"
#include "numaview.h"
#include "overcommitview.h"
#include "sharedmemoryview.h"
#include "writebackview.h"

#include <QTabWidget>
#include <QVBoxLayout>

KernelPage::KernelPage(SystemHistory *history, bool replaying, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_kernelMemory(new KernelMemoryView(replaying, this))
    , m_writeback(new WritebackView(history, this))
    , m_hugePages(new HugePagesView(history, this))
    , m_overcommit(new OvercommitView(this))
    , m_numa(new NumaView(this))
    , m_sharedMemory(new SharedMemoryView(this))
    , m_graphics(new GraphicsView(this))
{
    m_tabs->setObjectName(QStringLiteral("kernelTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_kernelMemory, tr("Kernel memory"));
    m_tabs->addTab(m_writeback, tr("Dirty pages"));
    m_tabs->addTab(m_hugePages, tr("Huge pages"));
    m_tabs->addTab(m_overcommit, tr("Overcommit"));
    m_tabs->addTab(m_numa, tr("NUMA"));
    m_tabs->addTab(m_sharedMemory, tr("Shared memory"));
    m_tabs->addTab(m_graphics, tr("Graphics"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &KernelPage::applyToCurrentTab);
}

void KernelPage::applySystem(const SystemSnapshot &snapshot)
{
    m_last = snapshot;
    if (isVisible())
        applyToCurrentTab();
}

void KernelPage::applyProcesses(const QList<ProcessRecord> &processes)
{
    m_lastProcesses = processes;
    if (isVisible() && m_tabs->currentWidget() == m_graphics)
        applyToCurrentTab();
}

// Only the tab in front follows the refreshes, as only the page in front does: the GUI thread's
// time goes to what the user looks at. A tab brought forward catches up with the last snapshot.
// (The charts' histories are kept by SystemHistory whatever is shown.)
void KernelPage::applyToCurrentTab()
{
    if (m_last.sampledAtMs == 0)
        return;
    QWidget *tab = m_tabs->currentWidget();
    if (tab == m_kernelMemory)
        m_kernelMemory->applySystem(m_last);
    else if (tab == m_writeback)
        m_writeback->applySystem(m_last);
    else if (tab == m_hugePages)
        m_hugePages->applySystem(m_last);
    else if (tab == m_overcommit)
        m_overcommit->applySystem(m_last);
    else if (tab == m_numa)
        m_numa->applySystem(m_last);
    else if (tab == m_sharedMemory)
        m_sharedMemory->applySystem(m_last);
    else if (tab == m_graphics)
        m_graphics->apply(m_last, m_lastProcesses);
}

void KernelPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    applyToCurrentTab();
}

void KernelPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}
