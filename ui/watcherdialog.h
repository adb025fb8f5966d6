// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "watch/watchercontrol.h"
#include "watch/watchersettings.h"

#include <QDialog>
#include <QTimer>

class QCheckBox;
class QLabel;
class QSpinBox;

// The background watcher's settings: on or off (started at login), which notifications, how much
// recording to keep, and where pressure comes from on this kernel. The switch acts at once; the
// rest is saved when the dialog closes, and a running watcher is restarted to read it.
class WatcherDialog : public QDialog
{
    Q_OBJECT

public:
    WatcherDialog(const QString &memlens, QWidget *parent = nullptr);

    void done(int result) override;

private:
    void showState(const QString &error);
    void showRunning();

    WatcherControl m_control;
    WatcherSettings m_loaded;
    QCheckBox *m_enabled;
    QLabel *m_state;
    QCheckBox *m_beforeKill;
    QCheckBox *m_afterKill;
    QSpinBox *m_hours;
    QSpinBox *m_mebibytes;
    QTimer m_poll; // a watcher started or stopped takes a moment to hold or leave its lock
    bool m_failed = false;
};
