// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

// Turning the background watcher on and off from the window, where no systemd user instance runs
// (as here): the dialog's switch writes the XDG autostart entry and starts a real
// `memlens --watch`, the settings it saves reach the watcher through a restart, and switching it
// off removes the entry and ends the watcher.
#include "watcherdialog.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

class TestWatcherDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Everything the watcher and the window keep, in a home of the test's own.
        for (const char *variable : {"XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_RUNTIME_DIR"}) {
            const QString dir = m_home.filePath(QLatin1StringView(variable));
            QVERIFY(QDir().mkpath(dir));
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            qputenv(variable, QFile::encodeName(dir));
        }
        qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no notifications from this watcher
        QCoreApplication::setOrganizationDomain(u"memlens.github.io"_s);
        QCoreApplication::setApplicationName(u"memlens"_s);
    }

    void cleanupTestCase()
    {
        // Whatever happened above, no watcher outlives the test.
        if (const auto pid = WatcherControl(QStringLiteral(MEMLENS_BINARY)).runningPid())
            ::kill(pid_t(*pid), SIGKILL);
    }

    void theSwitchStartsAndStopsARealWatcher()
    {
        const QString entry = m_home.filePath(u"XDG_CONFIG_HOME/autostart/io.github.memlens.MemLens.Watch.desktop"_s);
        WatcherControl control(QStringLiteral(MEMLENS_BINARY));
        QCOMPARE(control.manager(), WatcherControl::Manager::Autostart);
        QVERIFY(!control.runningPid());
        auto dialog = std::make_unique<WatcherDialog>(QStringLiteral(MEMLENS_BINARY));
        auto *enabled = dialog->findChild<QCheckBox *>();
        QVERIFY(enabled && !enabled->isChecked());
        QVERIFY(dialog->findChild<QLabel *>() != nullptr);

        enabled->setChecked(true);
        QVERIFY(QFile::exists(entry));
        QFile text(entry);
        QVERIFY(text.open(QIODevice::ReadOnly));
        QVERIFY(text.readAll().contains("Exec=\"" MEMLENS_BINARY "\" --watch\n"));
        QTRY_VERIFY_WITH_TIMEOUT(control.runningPid().has_value(), 10'000);
        const qint64 first = *control.runningPid();
        QVERIFY(control.isEnabled());
        QTRY_VERIFY(labelSays(*dialog, u"Running (process %1)"_s.arg(first)));

        // Settings changed and the dialog closed: saved, and the watcher started again to read them.
        dialog->findChildren<QSpinBox *>().at(0)->setValue(6);
        dialog->findChildren<QSpinBox *>().at(1)->setValue(50);
        dialog->findChildren<QCheckBox *>().at(2)->setChecked(false); // after a kill
        dialog->reject();
        dialog.reset();
        const WatcherSettings saved = WatcherSettings::load();
        QCOMPARE(saved.recordingHours, 6);
        QCOMPARE(saved.recordingMiB, 50);
        QVERIFY(saved.notifyBeforeKill && !saved.notifyAfterKill);
        QTRY_VERIFY_WITH_TIMEOUT(control.runningPid() && *control.runningPid() != first, 10'000);
        QVERIFY(::kill(pid_t(first), 0) != 0); // the first one is gone

        dialog = std::make_unique<WatcherDialog>(QStringLiteral(MEMLENS_BINARY));
        enabled = dialog->findChild<QCheckBox *>();
        QVERIFY(enabled->isChecked());
        const qint64 second = *control.runningPid();
        enabled->setChecked(false);
        QVERIFY(!QFile::exists(entry));
        QVERIFY(!control.runningPid());
        QVERIFY(::kill(pid_t(second), 0) != 0);
        QVERIFY(labelSays(*dialog, u"Not running."_s));
    }

private:
    static bool labelSays(const QDialog &dialog, const QString &text)
    {
        const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
        return std::any_of(labels.begin(), labels.end(), [&](const QLabel *label) {
            return label->text().contains(text);
        });
    }

    QTemporaryDir m_home;
};

QTEST_MAIN(TestWatcherDialog)
#include "tst_watcherdialog.moc"
