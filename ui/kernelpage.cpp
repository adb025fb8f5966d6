#include "kernelpage.h"

#include "hugepagesview.h"
#include "kernelmemoryview.h"
#include "overcommitview.h"
#include "writebackview.h"

#include <QTabWidget>
#include <QVBoxLayout>

KernelPage::KernelPage(const SysRoot &root, SystemHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_kernelMemory(new KernelMemoryView(root, this))
    , m_writeback(new WritebackView(history, this))
    , m_hugePages(new HugePagesView(history, this))
    , m_overcommit(new OvercommitView(this))
{
    m_tabs->setObjectName(QStringLiteral("kernelTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_kernelMemory, tr("Kernel memory"));
    m_tabs->addTab(m_writeback, tr("Dirty pages"));
    m_tabs->addTab(m_hugePages, tr("Huge pages"));
    m_tabs->addTab(m_overcommit, tr("Overcommit"));
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
}

void KernelPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}
