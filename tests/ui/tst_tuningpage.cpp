// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The Tuning page and the window's questions about trials, clicked as a user would, on this
// machine live, with the helper and the kernel played by a scripted backend: what the buttons
// do, what the window asks when it closes during a trial, and what it offers when an earlier
// MemLens left a trial behind. The session's own cases are tst_tuningsession's.
#include "mainwindow.h"
#include "tuningpage.h"

#include "read/sysroot.h"
#include "support/scriptedbackend.h"
#include "support/waits.h"
#include "support/widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestTuningPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void twoTrialsAtOnceEachWithItsButtons();
    void closingDuringATrialAsksAndPutsBackByDefault();
    void closingAndKeepingLeavesTheValue();
    void aPutBackRefusedAtCloseKeepsTheWindowOpen();
    void aTrialLeftByAnEarlierMemLensIsOfferedAtStart();

private:
    void openWindow();
    TuningPage *page() const
    {
        return m_window->tuningPage();
    }
    QPushButton *button(const QString &text) const;
    // The buttons in the log's row whose change starts with description.
    QList<QPushButton *> offerOf(const QString &description) const;
    void tryFirst();
    void applySwappiness(int value);
    QMessageBox *question(const QString &objectName) const;

    QTemporaryDir m_state;
    std::unique_ptr<MainWindow> m_window;
    ScriptedBackend *m_kernel = nullptr;
};

void TestTuningPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The journal of open trials goes here, not to the user's state directory.
    qputenv("XDG_STATE_HOME", m_state.path().toUtf8());
}

void TestTuningPage::init()
{
    QDir(m_state.filePath(u"memlens"_s)).removeRecursively();
}

void TestTuningPage::cleanup()
{
    if (m_window) {
        // Whatever a test left on trial is kept: the window closes without asking.
        for (QMessageBox *box : m_window->findChildren<QMessageBox *>())
            box->close();
        m_window.reset();
    }
}

void TestTuningPage::openWindow()
{
    m_kernel = new ScriptedBackend;
    m_window = std::make_unique<MainWindow>(SourceChoice::local(SysRoot(u"/"_s)), 500, m_kernel);
    m_window->resize(1400, 900);
    m_window->show();
    m_window->showPage(MainWindow::TuningPageIndex);
    // The knobs show the live kernel's values once the first snapshot is in.
    QTRY_VERIFY_WITH_TIMEOUT(named<QComboBox>(page(), u"Huge pages enabled"_s)->count() > 0, Waits::patientMs);
}

QPushButton *TestTuningPage::button(const QString &text) const
{
    for (QPushButton *button : page()->findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

QList<QPushButton *> TestTuningPage::offerOf(const QString &description) const
{
    auto *view = named<QTreeView>(page(), u"Changes made here"_s);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex change = view->model()->index(row, 1);
        if (!change.data().toString().startsWith(description))
            continue;
        QWidget *offer = view->indexWidget(change.siblingAtColumn(TuningLogModel::OfferColumn));
        return offer ? offer->findChildren<QPushButton *>() : QList<QPushButton *>();
    }
    return {};
}

void TestTuningPage::tryFirst()
{
    named<QCheckBox>(page(), u"Try changes first"_s)->setChecked(true);
}

void TestTuningPage::applySwappiness(int value)
{
    named<QSlider>(page(), u"Swappiness"_s)->setValue(value);
    button(u"&Apply swappiness"_s)->click();
}

QMessageBox *TestTuningPage::question(const QString &objectName) const
{
    auto *box = m_window->findChild<QMessageBox *>(objectName);
    return box && box->isVisible() ? box : nullptr;
}

void TestTuningPage::twoTrialsAtOnceEachWithItsButtons()
{
    openWindow();
    tryFirst();
    applySwappiness(m_kernel->swappiness == 10 ? 20 : 10);
    const int tried = m_kernel->swappiness == 10 ? 20 : 10;
    // A word the live kernel does not have selected, so that the page asks for it.
    auto *enabled = named<QComboBox>(page(), u"Huge pages enabled"_s);
    const QString word = enabled->itemText(enabled->currentIndex() == 0 ? 1 : 0);
    enabled->setCurrentText(word);
    button(u"Apply &huge pages"_s)->click();
    QTRY_COMPARE(offerOf(u"huge pages enabled"_s).size(), 2);
    QTRY_COMPARE(offerOf(u"swappiness 60 → %1"_s.arg(tried)).size(), 2);
    QCOMPARE(m_kernel->swappiness, tried);
    QCOMPARE(m_kernel->thpEnabled, word);
    auto *banner = named<QLabel>(page(), u"Changes on trial"_s);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"swappiness 60 → %1"_s.arg(tried)) && banner->text().contains(u"huge pages enabled madvise → %1"_s.arg(word)),
             qPrintable(banner->text()));

    // Keep the first, put the second back now.
    QCOMPARE(offerOf(u"swappiness"_s).at(0)->text(), u"Keep"_s);
    offerOf(u"swappiness"_s).at(0)->click();
    QCOMPARE(offerOf(u"huge pages"_s).at(1)->text(), u"Put back"_s);
    offerOf(u"huge pages"_s).at(1)->click();
    QTRY_COMPARE(m_kernel->thpEnabled, u"madvise"_s);
    QCOMPARE(m_kernel->swappiness, tried);
    QTRY_VERIFY(!banner->isVisible());
    // The kept change offers its undo; the one put back offers nothing more.
    QTRY_COMPARE(offerOf(u"swappiness"_s).size(), 1);
    QCOMPARE(offerOf(u"swappiness"_s).first()->text(), u"Undo"_s);
    QCOMPARE(offerOf(u"swappiness"_s).first()->toolTip(), u"swappiness back to 60"_s);
    QVERIFY(offerOf(u"huge pages"_s).isEmpty());
}

void TestTuningPage::closingDuringATrialAsksAndPutsBackByDefault()
{
    openWindow();
    tryFirst();
    applySwappiness(10);
    QTRY_COMPARE(m_kernel->swappiness, 10);
    QTRY_VERIFY(!offerOf(u"swappiness"_s).isEmpty());
    QVERIFY(!m_window->close()); // asked first
    QTRY_VERIFY(question(u"trialQuestion"_s));
    QMessageBox *box = question(u"trialQuestion"_s);
    QVERIFY2(box->text().contains(u"swappiness 60 → 10"_s), qPrintable(box->text()));
    QCOMPARE(box->defaultButton()->text(), u"&Put back and close"_s);
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(m_kernel->swappiness, 60);
}

void TestTuningPage::closingAndKeepingLeavesTheValue()
{
    openWindow();
    tryFirst();
    applySwappiness(10);
    QTRY_VERIFY(!offerOf(u"swappiness"_s).isEmpty());
    m_window->close();
    QTRY_VERIFY(question(u"trialQuestion"_s));
    for (QAbstractButton *answer : question(u"trialQuestion"_s)->buttons()) {
        if (answer->text() == u"&Keep and close"_s)
            answer->click();
    }
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(m_kernel->swappiness, 10);
    QVERIFY(QDir(m_state.filePath(u"memlens"_s)).isEmpty()); // nothing left for a next start
}

void TestTuningPage::aPutBackRefusedAtCloseKeepsTheWindowOpen()
{
    openWindow();
    tryFirst();
    applySwappiness(10);
    QTRY_VERIFY(!offerOf(u"swappiness"_s).isEmpty());
    m_kernel->script = {ScriptedBackend::Answer::Cancel}; // the password dialog of the put-back, dismissed
    m_window->close();
    QTRY_VERIFY(question(u"trialQuestion"_s));
    QTest::keyClick(question(u"trialQuestion"_s), Qt::Key_Return);
    QTRY_COMPARE(offerOf(u"swappiness"_s).size(), 2); // try again, or keep
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->currentPage(), MainWindow::TuningPageIndex);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(u"could be put back"_s), qPrintable(m_window->statusBar()->currentMessage()));
    QCOMPARE(offerOf(u"swappiness"_s).at(0)->text(), u"Try again"_s);
    QCOMPARE(m_kernel->swappiness, 10);
    // Asked again on the next close, and this time it works.
    m_window->close();
    QTRY_VERIFY(question(u"trialQuestion"_s));
    QTest::keyClick(question(u"trialQuestion"_s), Qt::Key_Return);
    QTRY_VERIFY(!m_window->isVisible());
    QCOMPARE(m_kernel->swappiness, 60);
}

void TestTuningPage::aTrialLeftByAnEarlierMemLensIsOfferedAtStart()
{
    // The journal a MemLens killed during a trial leaves, this boot: process 1 with another start
    // time stands for a MemLens that no longer runs.
    QFile bootId(u"/proc/sys/kernel/random/boot_id"_s);
    QVERIFY(bootId.open(QIODevice::ReadOnly));
    const QJsonObject trial{{u"action"_s, u"setswappiness"_s},
                            {u"arguments"_s, QJsonObject{{u"value"_s, u"60"_s}}},
                            {u"message"_s, u"Set vm.swappiness to 60"_s},
                            {u"description"_s, u"swappiness 60 → 10"_s},
                            {u"back"_s, u"swappiness back to 60"_s},
                            {u"setAt"_s, QDateTime::currentMSecsSinceEpoch() - 120'000}};
    const QJsonObject journal{{u"format"_s, 1},
                              {u"pid"_s, 1},
                              {u"starttime"_s, u"0"_s},
                              {u"boot"_s, QString::fromLatin1(bootId.readAll().trimmed())},
                              {u"trials"_s, QJsonArray{trial}}};
    QVERIFY(QDir().mkpath(m_state.filePath(u"memlens"_s)));
    QFile file(m_state.filePath(u"memlens/trials-1.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(journal).toJson());
    file.close();

    openWindow();
    m_kernel->swappiness = 10;
    QTRY_VERIFY(question(u"leftTrialsQuestion"_s));
    QMessageBox *box = question(u"leftTrialsQuestion"_s);
    QVERIFY2(box->text().contains(u"swappiness 60 → 10, set "_s), qPrintable(box->text()));
    QCOMPARE(box->defaultButton()->text(), u"&Put back"_s);
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_COMPARE(m_kernel->swappiness, 60);
    QTRY_VERIFY(offerOf(u"swappiness 60 → 10"_s).isEmpty());
    QVERIFY(!QFile::exists(file.fileName()));
}

QTEST_MAIN(TestTuningPage)
#include "tst_tuningpage.moc"
