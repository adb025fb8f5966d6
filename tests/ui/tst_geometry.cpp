// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Every page at 1024×700 and 1400×900 (and, run with QT_SCALE_FACTOR=2, at twice the pixels), a
// process with a 4 KiB command line selected: no two widgets a layout places side by side
// overlap, no label is cut off (labels that elide on purpose show the whole text on hover and
// are not asked), and every chart leaves its axes room for their numbers.
#include "elidedlabel.h"
#include "mainwindow.h"
#include "processespage.h"
#include "processfilterproxy.h"

#include "read/sysroot.h"
#include "support/fixtures.h"
#include "support/waits.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLayout>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace
{
constexpr const char *treeName = "linux-6.1-swap";

QString describe(const QWidget *widget)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += u" "_s + widget->objectName();
    if (!widget->accessibleName().isEmpty())
        name += u" \""_s + widget->accessibleName() + u'"';
    if (const auto *label = qobject_cast<const QLabel *>(widget))
        name += u" \""_s + label->text().left(40) + u'"';
    return name;
}

// The widgets one layout places, its nested layouts' too: siblings meant not to overlap.
void widgetsOf(const QLayout *layout, QList<QWidget *> &into)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (QWidget *widget = item->widget())
            into.append(widget);
        else if (const QLayout *inner = item->layout())
            widgetsOf(inner, into);
    }
}

// Widgets whose insides are their own business (an item view's rows, a chart's scene).
bool opaque(const QWidget *widget)
{
    return qobject_cast<const QAbstractScrollArea *>(widget) != nullptr;
}
}

class TestGeometry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyPageFits_data();
    void everyPageFits();

private:
    void checkOverlaps(const QWidget *widget, QStringList &problems);
    void checkLabels(const QWidget *page, QStringList &problems);
    void checkCharts(const QWidget *page, QStringList &problems);

    QTemporaryDir m_tree;
    std::unique_ptr<MainWindow> m_window;
};

void TestGeometry::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Fixtures::copyTree(treeName, m_tree));
    const QByteArray commandLine = Fixtures::longCommandLine();
    QVERIFY(Fixtures::overwrite(m_tree.filePath(u"proc/101/cmdline"_s), QByteArray(commandLine + '\0')));
    m_window = std::make_unique<MainWindow>(SourceChoice::local(SysRoot(m_tree.path())), 500);
    m_window->resize(1400, 900);
    m_window->show();
    m_window->showPage(MainWindow::ProcessesPageIndex);
    ProcessesPage *processes = m_window->processesPage();
    // Charts need a few refreshes before they draw lines at all.
    QTRY_VERIFY_WITH_TIMEOUT(processes->proxy()->rowCount() > 0, Waits::patientMs);
    QModelIndex selected;
    for (int row = 0; row < processes->proxy()->rowCount() && !selected.isValid(); ++row) {
        if (processes->proxy()->index(row, ProcessModel::PidColumn).data().toString() == u"101"_s)
            selected = processes->proxy()->index(row, 0);
    }
    QVERIFY(selected.isValid());
    processes->view()->setCurrentIndex(selected);
    QTest::qWait(2500);
}

void TestGeometry::everyPageFits_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("page");
    for (const QSize size : {QSize(1024, 700), QSize(1400, 900)}) {
        for (int page = 0; page < MainWindow::PageCount; ++page)
            QTest::addRow("%dx%d page %d", size.width(), size.height(), page) << size << page;
    }
}

void TestGeometry::everyPageFits()
{
    QFETCH(QSize, size);
    QFETCH(int, page);
    m_window->resize(size);
    m_window->showPage(MainWindow::Page(page));
    QTest::qWait(600); // a refresh, so that what the page shows is laid out
    QWidget *shown = m_window->findChild<QStackedWidget *>()->currentWidget();
    QStringList problems;
    const auto check = [&](const QString &where) {
        QStringList found;
        // A window that cannot be made this small hangs off the screen.
        if (m_window->minimumSizeHint().width() > size.width() || m_window->minimumSizeHint().height() > size.height())
            found.append(u"the window needs at least %1×%2"_s.arg(m_window->minimumSizeHint().width()).arg(m_window->minimumSizeHint().height()));
        checkOverlaps(m_window.get(), found);
        checkLabels(shown, found);
        checkCharts(shown, found);
        for (const QString &problem : std::as_const(found))
            problems.append(where + problem);
    };
    check({});
    // Pages with tabs (the Kernel page): every tab, each laid out in turn.
    for (QTabWidget *tabs : shown->findChildren<QTabWidget *>()) {
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            QTest::qWait(300);
            check(u"tab \"%1\": "_s.arg(tabs->tabText(tab)));
        }
        tabs->setCurrentIndex(0);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestGeometry::checkOverlaps(const QWidget *widget, QStringList &problems)
{
    if (!widget->isVisible() || opaque(widget))
        return;
    if (const QLayout *layout = widget->layout()) {
        QList<QWidget *> placed;
        widgetsOf(layout, placed);
        for (qsizetype i = 0; i < placed.size(); ++i) {
            for (qsizetype j = i + 1; j < placed.size(); ++j) {
                const QWidget *a = placed[i];
                const QWidget *b = placed[j];
                if (a->isVisible() && b->isVisible() && a->geometry().intersects(b->geometry()))
                    problems.append(u"overlap in %1: %2 %3 and %4 %5"_s
                                        .arg(describe(widget), describe(a), QDebug::toString(a->geometry()), describe(b), QDebug::toString(b->geometry())));
            }
        }
    }
    for (const QObject *child : widget->children()) {
        if (const auto *inner = qobject_cast<const QWidget *>(child); inner && !inner->isWindow())
            checkOverlaps(inner, problems);
    }
}

void TestGeometry::checkLabels(const QWidget *page, QStringList &problems)
{
    for (const QLabel *label : page->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || qobject_cast<const ElidedLabel *>(label) || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        // Inside an item view (an index widget) or a chart's overlay: sized by what holds it.
        bool inView = false;
        for (const QWidget *up = label->parentWidget(); up && up != page; up = up->parentWidget())
            inView = inView || qobject_cast<const QAbstractItemView *>(up) || qobject_cast<const QChartView *>(up);
        if (inView)
            continue;
        if (label->sizeHint().width() > label->width() + 1)
            problems.append(u"cut off: %1 needs %2 px, has %3"_s.arg(describe(label)).arg(label->sizeHint().width()).arg(label->width()));
    }
}

void TestGeometry::checkCharts(const QWidget *page, QStringList &problems)
{
    for (const QChartView *view : page->findChildren<QChartView *>()) {
        if (!view->isVisible())
            continue;
        const QRectF plot = view->chart()->plotArea();
        if (plot.height() < 60 || plot.width() < 120)
            problems.append(u"chart %1: plot area %2 leaves no room for lines"_s.arg(describe(view), QDebug::toString(plot)));
        for (const QAbstractAxis *axis : view->chart()->axes()) {
            if (!axis->isVisible() || !axis->labelsVisible())
                continue;
            const QFontMetrics metrics(axis->labelsFont());
            if (const auto *time = qobject_cast<const QDateTimeAxis *>(axis)) {
                // Each time label whole: Qt elides them to "…" when the ticks are closer.
                const int label = metrics.horizontalAdvance(time->min().toString(time->format()));
                if (time->tickCount() * label > plot.width())
                    problems.append(u"chart %1: %2 time labels of %3 px in %4 px"_s.arg(describe(view)).arg(time->tickCount()).arg(label).arg(plot.width()));
            } else if (const auto *values = qobject_cast<const QValueAxis *>(axis)) {
                const int ticks = values->tickType() == QValueAxis::TicksDynamic && values->tickInterval() > 0
                    ? int((values->max() - values->min()) / values->tickInterval()) + 1
                    : values->tickCount();
                const qreal room = axis->orientation() == Qt::Vertical ? plot.height() : plot.width();
                const int extent = axis->orientation() == Qt::Vertical ? metrics.height() : metrics.horizontalAdvance(u"0000"_s);
                if (ticks * extent > room)
                    problems.append(u"chart %1: %2 value labels in %3 px"_s.arg(describe(view)).arg(ticks).arg(room));
            }
        }
    }
}

QTEST_MAIN(TestGeometry)
#include "tst_geometry.moc"
