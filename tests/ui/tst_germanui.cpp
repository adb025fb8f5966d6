// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// The window in German: the translation compiled into memlens_ui is loaded for a German locale,
// and every page shows German text. A string that tr() could not translate would show up in
// English, so besides a few fixed labels the test sweeps every label, button, group title, action
// and column header of every page for English text that the catalogue has.
#include "cgroupspage.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "processespage.h"
#include "translationloader.h"

#include "model/processmodel.h"
#include "support/fixtures.h"
#include "support/waits.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace
{
// English sources that must not be seen in German: all but the terms kept as they are ("PSS").
// unfinished counts the catalogue's messages without a finished translation.
QSet<QString> englishSources(int *unfinished)
{
    QFile file(QStringLiteral(MEMLENS_GERMAN_TS));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> sources;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            *unfinished += xml.attributes().value(QLatin1StringView("type")) == u"unfinished";
            if (xml.readElementText(QXmlStreamReader::IncludeChildElements) != source)
                sources.insert(source);
        }
    }
    return sources;
}

// Every piece of text a user reads on the window's widgets, as shown or as a screen reader says it.
QStringList shownTexts(const QWidget *window)
{
    QStringList texts;
    for (const QWidget *widget : window->findChildren<QWidget *>())
        texts << widget->accessibleName() << widget->accessibleDescription();
    for (const QLabel *label : window->findChildren<QLabel *>())
        texts << label->text() << label->toolTip();
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>())
        texts << button->text() << button->toolTip();
    for (const QGroupBox *box : window->findChildren<QGroupBox *>())
        texts << box->title();
    for (const QAction *action : window->findChildren<QAction *>())
        texts << action->text() << action->toolTip();
    for (const QTreeView *view : window->findChildren<QTreeView *>()) {
        const QAbstractItemModel *model = view->model();
        for (int column = 0; model && column < model->columnCount(); ++column)
            texts << model->headerData(column, Qt::Horizontal).toString() << model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString();
    }
    texts.removeAll(QString());
    return texts;
}
}

class TestGermanUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(TranslationLoader::install(qApp, QLocale(QLocale::German, QLocale::Germany)));
        int unfinished = 0;
        m_english = englishSources(&unfinished);
        QVERIFY2(m_english.size() > 400, "the German catalogue could not be read");
        QCOMPARE(unfinished, 0);
    }

    void pagesAndColumnsAreGerman()
    {
        MainWindow window(SourceChoice::local(SysRoot(Fixtures::tree("linux-6.1-swap"))), 500);
        window.show();
        auto *sidebar = window.findChild<QListWidget *>();
        QVERIFY(sidebar);
        const QStringList german = {u"Übersicht"_s,
                                    u"Prozesse"_s,
                                    u"Bibliotheken"_s,
                                    u"Control Groups"_s,
                                    u"Druck, Swap & OOM"_s,
                                    u"Leck-Überwachung"_s,
                                    u"Kernel"_s,
                                    u"Feinabstimmung"_s};
        QCOMPARE(sidebar->count(), german.size());
        for (int i = 0; i < german.size(); ++i)
            QCOMPARE(sidebar->item(i)->text(), german[i]);

        QTRY_VERIFY_WITH_TIMEOUT(window.statusText().startsWith(u"Prozesse: "_s), Waits::patientMs);
        const QStringList overview = shownTexts(window.overviewPage());
        QVERIFY(overview.contains(u"Verfügbar"_s) && overview.contains(u"Freier und verfügbarer Speicher"_s));

        // The process table's headers come from the model, translated too; terms stay.
        QTreeView *processes = window.processesPage()->view();
        QCOMPARE(processes->model()->headerData(ProcessModel::UserColumn, Qt::Horizontal).toString(), u"Benutzer"_s);
        QCOMPARE(processes->model()->headerData(ProcessModel::PssColumn, Qt::Horizontal).toString(), u"PSS"_s);
        QVERIFY(processes->model()
                    ->headerData(ProcessModel::PssColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .startsWith(u"Proportional Set Size: residenter Speicher"_s));

        // Plural forms: a user's group row counts its processes in German.
        window.showPage(MainWindow::ProcessesPageIndex);
        window.processesPage()->setLayoutMode(ProcessModel::Layout::ByUser);
        QTRY_VERIFY_WITH_TIMEOUT(processes->model()->rowCount() > 0, Waits::patientMs);
        const QString count = processes->model()->index(0, ProcessModel::CommandColumn).data().toString();
        QVERIFY2(count.endsWith(u" Prozesse"_s) || count == u"1 Prozess"_s, qPrintable(count));

        // Every page, once shown and filled: nothing the catalogue translates is left in English.
        for (int page = 0; page < MainWindow::PageCount; ++page) {
            window.showPage(MainWindow::Page(page));
            QTest::qWait(700);
            for (const QString &text : shownTexts(&window))
                QVERIFY2(!m_english.contains(text), qPrintable(u"page %1 shows English: %2"_s.arg(page).arg(text)));
        }
        // Filled, however late the refresh came: the note no longer says it is reading.
        QTRY_VERIFY_WITH_TIMEOUT(!window.cgroupsPage()->note().isEmpty() && !window.cgroupsPage()->note().startsWith(u"Control Groups werden gelesen"_s),
                                 Waits::patientMs);
    }

private:
    QSet<QString> m_english;
};

QTEST_MAIN(TestGermanUi)
#include "tst_germanui.moc"
