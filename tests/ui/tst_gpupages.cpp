// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The window on the GPU desktop tree (an amdgpu card, its clients, a ZFS ARC): the fixture's GPU
// figures in the Processes table, its application groups and the details panel, the accounting
// bar's Graphics and ARC parts, the cache card and sentence, and the Kernel page's Graphics tab,
// with real widgets as the person sees them.
#include "accountingbar.h"
#include "graphicsview.h"
#include "headlinecard.h"
#include "kernelpage.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "processdetailspanel.h"
#include "processespage.h"
#include "processfilterproxy.h"

#include "format/byteformat.h"
#include "model/gpudevicemodel.h"
#include "model/modelroles.h"
#include "model/processmodel.h"
#include "parse/meminfoparser.h"
#include "support/fixtures.h"
#include "support/waits.h"

#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

namespace
{
constexpr qint64 MiB = 1024 * 1024;

// The cell of a column in the row of a pid, or of a group by its label, as the table shows it.
QModelIndex rowOf(QAbstractItemModel *model, const QString &text, int column, const QModelIndex &parent = {})
{
    bool pid = false;
    text.toLongLong(&pid);
    const int key = pid ? ProcessModel::PidColumn : ProcessModel::NameColumn;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        if (model->index(row, key, parent).data().toString() == text)
            return model->index(row, column, parent);
    }
    return {};
}
}

class TestGpuPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(!Fixtures::gpuDesktop().isEmpty());
        m_window = std::make_unique<MainWindow>(SourceChoice::local(SysRoot(Fixtures::gpuDesktop())), 500);
        m_window->resize(1400, 900);
        m_window->show();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusText().startsWith(u"Processes:"), Waits::patientMs);
    }

    void cleanupTestCase()
    {
        m_window.reset();
    }

    void processesTableAndGroups()
    {
        m_window->showPage(MainWindow::ProcessesPageIndex);
        ProcessesPage *page = m_window->processesPage();
        QAbstractItemModel *table = page->proxy();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(table, u"23158"_s, ProcessModel::GpuColumn).isValid(), Waits::patientMs);
        QCOMPARE(rowOf(table, u"23158"_s, ProcessModel::GpuColumn).data().toString(), ByteFormat::human(328 * MiB));
        QCOMPARE(rowOf(table, u"23160"_s, ProcessModel::GpuColumn).data().toString(), ByteFormat::human(368 * MiB));
        QCOMPARE(rowOf(table, u"1170"_s, ProcessModel::GpuColumn).data(ModelRoles::RawValueRole).toLongLong(), 0);
        const QString shared = rowOf(table, u"23160"_s, ProcessModel::GpuColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(shared.contains(u"23158"_s), qPrintable(shared));
        QVERIFY(!rowOf(table, u"1"_s, ProcessModel::GpuColumn).data(ModelRoles::UnavailableReasonRole).toString().isEmpty());
        QCOMPARE(table->headerData(ProcessModel::GpuColumn, Qt::Horizontal).toString(), u"GPU"_s);
        QVERIFY(!page->view()->header()->isSectionHidden(ProcessModel::GpuColumn));

        // By application: the two processes of the program hold client 14 between them, once.
        auto *layout = page->findChild<QComboBox *>();
        layout->setCurrentIndex(layout->findData(int(ProcessModel::Layout::ByApplication)));
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(table, u"odd prog"_s, ProcessModel::GpuColumn).isValid(), Waits::patientMs);
        QVERIFY(!page->view()->header()->isSectionHidden(ProcessModel::GpuColumn)); // another model, the column still there
        QCOMPARE(rowOf(table, u"odd prog"_s, ProcessModel::GpuColumn).data().toString(), ByteFormat::human((8 + 256 + 64 + 32 + 16) * MiB));
        layout->setCurrentIndex(layout->findData(int(ProcessModel::Layout::Flat)));
    }

    void detailsPanel()
    {
        m_window->showPage(MainWindow::ProcessesPageIndex);
        ProcessesPage *page = m_window->processesPage();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->proxy(), u"23160"_s, 0).isValid(), Waits::patientMs);
        page->view()->setCurrentIndex(rowOf(page->proxy(), u"23160"_s, 0));
        ProcessDetailsPanel *details = page->details();
        QTRY_COMPARE_WITH_TIMEOUT(details->figureText(ProcessDetailsPanel::Gpu), ByteFormat::human(368 * MiB), Waits::patientMs);
        QCOMPARE(details->figureText(ProcessDetailsPanel::GpuCard), ByteFormat::human(288 * MiB));
        QCOMPARE(details->figureText(ProcessDetailsPanel::GpuSystemRam), ByteFormat::human(80 * MiB));
        const QString devices = details->figureText(ProcessDetailsPanel::GpuDevices);
        QVERIFY2(devices.contains(u"0000:03:00.0"_s) && devices.contains(u"vram "_s + ByteFormat::human(288 * MiB)), qPrintable(devices));
        QVERIFY2(devices.contains(u"gtt "_s + ByteFormat::human(80 * MiB)), qPrintable(devices));
        QVERIFY(details->figureText(ProcessDetailsPanel::GpuShared).contains(u"23158"_s));

        // A process without a GPU shows none of the split.
        page->view()->setCurrentIndex(rowOf(page->proxy(), u"1170"_s, 0));
        QTRY_COMPARE_WITH_TIMEOUT(details->figureText(ProcessDetailsPanel::Gpu), ByteFormat::human(0), Waits::patientMs);
    }

    void accountingBarAndCards()
    {
        m_window->showPage(MainWindow::OverviewPageIndex);
        OverviewPage *overview = m_window->overviewPage();
        AccountingBar *bar = overview->accountingBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->legendText(MemoryComposition::GpuSystemRam).contains(ByteFormat::human(512 * MiB)), Waits::patientMs);
        QVERIFY(bar->legendText(MemoryComposition::ZfsArc).contains(ByteFormat::human(7168 * MiB)));
        QFile file(Fixtures::gpuDesktop() + u"/proc/meminfo"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const NamedValues meminfo = parseMeminfo(file.readAll()).value;
        const qint64 cache = *meminfo.value("Buffers") + *meminfo.value("Cached") + *meminfo.value("SReclaimable") + 7168 * MiB;
        QCOMPARE(overview->card(OverviewPage::CacheCard)->value(), ByteFormat::human(cache));
        QVERIFY(overview->freeVersusAvailable().contains(ByteFormat::human(6144 * MiB)));
    }

    void graphicsTab()
    {
        m_window->showPage(MainWindow::KernelPageIndex);
        m_window->kernelPage()->showTab(KernelPage::GraphicsTab);
        GraphicsView *graphics = m_window->kernelPage()->graphics();
        QTRY_COMPARE_WITH_TIMEOUT(graphics->model()->rowCount(), 1, Waits::patientMs);
        const auto cell = [&](int column) {
            return graphics->model()->index(0, column).data().toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(cell(GpuDeviceModel::ClientsColumn), u"3"_s, Waits::patientMs);
        QCOMPARE(cell(GpuDeviceModel::DeviceColumn), u"amdgpu 1002:73bf at 0000:03:00.0"_s);
        QCOMPARE(cell(GpuDeviceModel::GttUsedColumn), ByteFormat::human(512 * MiB));
        QCOMPARE(cell(GpuDeviceModel::ClientsCardColumn), ByteFormat::human(296 * MiB));
        QCOMPARE(cell(GpuDeviceModel::ClientsSystemRamColumn), ByteFormat::human(80 * MiB));
        QVERIFY2(graphics->summary().contains(ByteFormat::human(512 * MiB)), qPrintable(graphics->summary()));
    }

private:
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestGpuPages)
#include "tst_gpupages.moc"
