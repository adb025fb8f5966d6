// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "watcherdialog.h"

#include "themedicon.h"
#include "viewsetup.h"
#include "watch/pressuretrigger.h"
#include "watch/watcher.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

WatcherDialog::WatcherDialog(const QString &memlens, QWidget *parent)
    : QDialog(parent)
    , m_control(memlens)
    , m_loaded(WatcherSettings::load())
    , m_enabled(new QCheckBox(tr("&Watch memory in the background"), this))
    , m_state(new QLabel(this))
    , m_beforeKill(new QCheckBox(tr("Warn &before memory runs out"), this))
    , m_afterKill(new QCheckBox(tr("Tell me when a program was &ended to free memory"), this))
    , m_hours(new QSpinBox(this))
    , m_mebibytes(new QSpinBox(this))
{
    setWindowTitle(tr("Background watcher"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    auto *about = ViewSetup::paragraph(this, tr("What the watcher does"));
    about->setText(
        tr("While you work, MemLens records memory every 10 seconds (every second under pressure), marks pressure and kills "
           "in the recording, and warns you before memory runs out. It starts when you log in."));
    m_enabled->setChecked(m_control.isEnabled());
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);

    auto *notifications = new QGroupBox(tr("Notifications"), this);
    auto *notificationLayout = new QVBoxLayout(notifications);
    notificationLayout->addWidget(m_beforeKill);
    notificationLayout->addWidget(m_afterKill);
    m_beforeKill->setChecked(m_loaded.notifyBeforeKill);
    m_afterKill->setChecked(m_loaded.notifyAfterKill);

    auto *recording = new QGroupBox(tr("Recording"), this);
    auto *recordingLayout = new QFormLayout(recording);
    m_hours->setRange(1, WatcherSettings::maxRecordingHours);
    m_hours->setSuffix(tr(" h"));
    m_hours->setValue(m_loaded.recordingHours);
    m_mebibytes->setRange(1, WatcherSettings::maxRecordingMiB);
    m_mebibytes->setSuffix(tr(" MiB"));
    m_mebibytes->setValue(m_loaded.recordingMiB);
    recordingLayout->addRow(tr("Keep the last:"), m_hours);
    recordingLayout->addRow(tr("At most:"), m_mebibytes);
    // Any moment of it, in a window of its own with the timeline.
    auto *open = new QPushButton(ThemedIcon::named(QStringLiteral("view-history")), tr("&Open the recording"), recording);
    open->setToolTip(QDir::toNativeSeparators(WatcherSettings::recordingDirectory()));
    open->setEnabled(QFileInfo(WatcherSettings::recordingDirectory()).isDir());
    connect(open, &QPushButton::clicked, this, [memlens] {
        QProcess::startDetached(memlens, {QStringLiteral("--replay"), WatcherSettings::recordingDirectory()});
    });
    recordingLayout->addRow(open);

    // Asked of this kernel now, as the watcher asks it when it starts.
    const PressureTrigger trial(QStringLiteral("/proc/pressure/memory"), Watcher::Settings().triggerStallMs);
    auto *pressure = ViewSetup::paragraph(this, tr("Where pressure comes from"));
    pressure->setTextFormat(Qt::PlainText);
    pressure->setText(trial.unavailableReason().isEmpty()
                          ? Watcher::describePressureSource({trial.path()}, {}, Watcher::Settings().calmIntervalMs)
                          : Watcher::describePressureSource({}, {trial.unavailableReason()}, Watcher::Settings().calmIntervalMs));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(m_enabled);
    layout->addWidget(m_state);
    layout->addWidget(notifications);
    layout->addWidget(recording);
    layout->addWidget(pressure);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_enabled, &QCheckBox::toggled, &m_control, &WatcherControl::setEnabled);
    connect(&m_control, &WatcherControl::finished, this, &WatcherDialog::showState);
    m_poll.setInterval(500);
    connect(&m_poll, &QTimer::timeout, this, &WatcherDialog::showRunning);
    m_poll.start();
    showRunning();
}

void WatcherDialog::showState(const QString &error)
{
    m_failed = !error.isEmpty();
    if (m_failed)
        m_state->setText(tr("Could not: %1").arg(error));
    else
        showRunning();
}

void WatcherDialog::showRunning()
{
    if (m_failed)
        return; // the error stays until the next try
    const std::optional<qint64> pid = m_control.runningPid();
    const QString how = m_control.manager() == WatcherControl::Manager::Systemd
        ? tr("as the systemd user service %1").arg(QLatin1StringView(WatcherControl::unitName))
        : tr("from your autostart entries");
    m_state->setText(pid ? tr("Running (process %1), started %2.").arg(*pid).arg(how) : tr("Not running."));
}

void WatcherDialog::done(int result)
{
    WatcherSettings chosen;
    chosen.notifyBeforeKill = m_beforeKill->isChecked();
    chosen.notifyAfterKill = m_afterKill->isChecked();
    chosen.recordingHours = m_hours->value();
    chosen.recordingMiB = m_mebibytes->value();
    if (chosen.notifyBeforeKill != m_loaded.notifyBeforeKill || chosen.notifyAfterKill != m_loaded.notifyAfterKill
        || chosen.recordingHours != m_loaded.recordingHours || chosen.recordingMiB != m_loaded.recordingMiB) {
        chosen.save();
        m_control.restart(); // it reads its settings when it starts
    }
    QDialog::done(result);
}
