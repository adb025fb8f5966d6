#include "kernelpage.h"

#include "kernelmemoryview.h"

#include <QTabWidget>
#include <QVBoxLayout>

KernelPage::KernelPage(const SysRoot &root, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_kernelMemory(new KernelMemoryView(root, this))
{
    m_tabs->setObjectName(QStringLiteral("kernelTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_kernelMemory, tr("Kernel memory"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void KernelPage::applySystem(const SystemSnapshot &snapshot)
{
    m_kernelMemory->applySystem(snapshot);
}

void KernelPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}
