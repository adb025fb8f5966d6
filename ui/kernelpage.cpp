#include "kernelpage.h"

#include "hugepagesview.h"
#include "kernelmemoryview.h"
#include "numaview.h"
#include "overcommitview.h"
#include "sharedmemoryview.h"
#include "writebackview.h"

#include <QTabWidget>
#include <QVBoxLayout>

KernelPage::KernelPage(const SysRoot &root, SystemHistory *history, bool replaying, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_kernelMemory(new KernelMemoryView(root, replaying, this))
    , m_writeback(new WritebackView(history, this))
    , m_hugePages(new HugePagesView(history, this))
    , m_overcommit(new OvercommitView(this))
    , m_numa(new NumaView(this))
    , m_sharedMemory(new SharedMemoryView(this))
{
    m_tabs->setObjectName(QStringLiteral("kernelTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_kernelMemory, tr("Kernel memory"));
    m_tabs->addTab(m_writeback, tr("Dirty pages"));
    m_tabs->addTab(m_hugePages, tr("Huge pages"));
    m_tabs->addTab(m_overcommit, tr("Overcommit"));
    m_tabs->addTab(m_numa, tr("NUMA"));
    m_tabs->addTab(m_sharedMemory, tr("Shared memory"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void KernelPage::applySystem(const SystemSnapshot &snapshot)
{
    m_kernelMemory->applySystem(snapshot);
    m_writeback->applySystem(snapshot);
    m_hugePages->applySystem(snapshot);
    m_overcommit->applySystem(snapshot);
    m_numa->applySystem(snapshot);
    m_sharedMemory->applySystem(snapshot);
}

void KernelPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}
