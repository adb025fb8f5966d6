// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// memlens-screenshot: one page of the MemLens window as a PNG, drawn without a display
// (QT_QPA_PLATFORM=offscreen), in the light palette of the style or a dark one — what a desktop
// with a dark colour scheme (Breeze Dark) hands the window.
//
//   memlens-screenshot [--dark] [--size WxH] [--page N] [--kernel-tab N] [--select PID] [--wait SECONDS]
//                      [--root DIR] OUT.png
#include "kernelpage.h"
#include "mainwindow.h"
#include "processespage.h"
#include "processfilterproxy.h"
#include "translationloader.h"
#include "watcherdialog.h"

#include "model/processmodel.h"
#include "read/sysroot.h"
#include "record/recordingmoment.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDialog>
#include <QPalette>
#include <QPushButton>
#include <QStyleFactory>
#include <QTimer>
#include <QTreeView>

namespace
{
// Breeze Dark's colours, as Plasma's colour scheme sets them.
QPalette darkPalette()
{
    QPalette palette;
    const auto set = [&palette](QPalette::ColorRole role, const char *active, const char *disabled) {
        palette.setColor(QPalette::Active, role, QColor(QLatin1StringView(active)));
        palette.setColor(QPalette::Inactive, role, QColor(QLatin1StringView(active)));
        palette.setColor(QPalette::Disabled, role, QColor(QLatin1StringView(disabled)));
    };
    set(QPalette::Window, "#2a2e32", "#282c30");
    set(QPalette::WindowText, "#fcfcfc", "#6e7175");
    set(QPalette::Base, "#1b1e20", "#1a1d1f");
    set(QPalette::AlternateBase, "#232629", "#212427");
    set(QPalette::Text, "#fcfcfc", "#656768");
    set(QPalette::Button, "#31363b", "#2f3338");
    set(QPalette::ButtonText, "#fcfcfc", "#727679");
    set(QPalette::Highlight, "#3daee9", "#2a2e32");
    set(QPalette::HighlightedText, "#fcfcfc", "#a5a6a8");
    set(QPalette::ToolTipBase, "#31363b", "#31363b");
    set(QPalette::ToolTipText, "#fcfcfc", "#fcfcfc");
    set(QPalette::Link, "#1d99f3", "#1a72bb");
    set(QPalette::Light, "#40464c", "#3e444a");
    set(QPalette::Midlight, "#363b40", "#343a3f");
    set(QPalette::Mid, "#202326", "#1f2225");
    set(QPalette::Dark, "#191b1d", "#181a1c");
    set(QPalette::Shadow, "#101112", "#101112");
    set(QPalette::PlaceholderText, "#a1a9b1", "#6e7175");
    return palette;
}
}

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Breeze Dark's palette, with the Fusion style"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("window size"), QStringLiteral("WxH"), QStringLiteral("1400x900"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("page, 1-8"), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption select(QStringLiteral("select"), QStringLiteral("process to select on the Processes page"), QStringLiteral("PID"));
    const QCommandLineOption wait(QStringLiteral("wait"), QStringLiteral("seconds of sampling first"), QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption root(QStringLiteral("root"), QStringLiteral("a captured tree instead of /"), QStringLiteral("DIR"), QStringLiteral("/"));
    const QCommandLineOption tab(QStringLiteral("kernel-tab"), QStringLiteral("the Kernel page's tab in front, 1-7"), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption replay(QStringLiteral("replay"), QStringLiteral("a recording instead of /"), QStringLiteral("PATH"));
    const QCommandLineOption at(QStringLiteral("at"), QStringLiteral("with --replay: the moment, as memlens --at takes it"), QStringLiteral("TIME"));
    const QCommandLineOption watcher(QStringLiteral("watcher-dialog"), QStringLiteral("the background watcher's settings instead of the window"));
    const QCommandLineOption compare(QStringLiteral("compare"),
                                     QStringLiteral("with --replay: the Compare dialog, against its Nth choice, instead of the window"),
                                     QStringLiteral("N"));
    parser.addOptions({dark, size, page, select, wait, root, tab, replay, at, watcher, compare});
    parser.addPositionalArgument(QStringLiteral("OUT.png"), QStringLiteral("where to write the picture"));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    TranslationLoader::install(&app); // as the application does: LANGUAGE=de draws the German window
    if (parser.isSet(dark)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    if (parser.isSet(watcher)) {
        WatcherDialog dialog(QCoreApplication::applicationFilePath());
        dialog.show();
        QTimer::singleShot(500, &app, [&] {
            app.exit(dialog.grab().save(parser.positionalArguments().first()) ? 0 : 1);
        });
        return app.exec();
    }
    const SourceChoice source = parser.isSet(replay)
        ? SourceChoice::replay(parser.value(replay), RecordingMoment::parse(parser.value(at), QDateTime::currentDateTime()))
        : SourceChoice::local(SysRoot(parser.value(root)));
    MainWindow window(source, 1000);
    const QStringList extent = parser.value(size).split(u'x');
    window.resize(extent.value(0).toInt(), extent.value(1).toInt());
    window.show();
    if (parser.isSet(at))
        window.setPaused(true); // the moment asked for, not what plays after it
    QTimer::singleShot(parser.value(wait).toDouble() * 1000, &app, [&] {
        if (parser.isSet(select)) {
            window.showPage(MainWindow::ProcessesPageIndex);
            ProcessesPage *processes = window.processesPage();
            for (int row = 0; row < processes->proxy()->rowCount(); ++row) {
                if (processes->proxy()->index(row, ProcessModel::PidColumn).data().toString() == parser.value(select))
                    processes->view()->setCurrentIndex(processes->proxy()->index(row, 0));
            }
        }
        window.kernelPage()->showTab(KernelPage::Tab(parser.value(tab).toInt() - 1));
        window.showPage(MainWindow::Page(parser.value(page).toInt() - 1));
        if (parser.isSet(compare)) {
            window.findChild<QPushButton *>(QStringLiteral("compareButton"))->click();
            auto *dialog = window.findChild<QDialog *>();
            dialog->findChild<QComboBox *>()->setCurrentIndex(parser.value(compare).toInt() - 1);
            QTimer::singleShot(500, &app, [&app, dialog, out = parser.positionalArguments().first()] {
                app.exit(dialog->grab().save(out) ? 0 : 1);
            });
            return;
        }
        // Two refreshes on the page in front, so that it shows what it follows.
        QTimer::singleShot(2500, &app, [&] {
            app.exit(window.grab().save(parser.positionalArguments().first()) ? 0 : 1);
        });
    });
    return app.exec();
}
