// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/processsnapshot.h"

#include <QDialog>

class PrivilegedClient;
class QDialogButtonBox;
class QLabel;
class QSlider;
class QSpinBox;
struct PrivilegedReply;

// Sets one process's oom_score_adj through the privileged helper: −1000 (never chosen by the
// OOM killer) to 1000 (chosen first). The helper checks the pid still names this process (its
// start time); the dialog shows the oom_score the kernel computes after the write.
class OomAdjustDialog : public QDialog
{
    Q_OBJECT

public:
    OomAdjustDialog(const ProcessRecord &process, QWidget *parent = nullptr);

    QSlider *slider() const
    {
        return m_slider;
    }
    QString resultText() const;
    bool immunityWarningShown() const;

private:
    void apply();
    void finished(const QString &action, const PrivilegedReply &reply);
    void valueChanged(int value);

    ProcessKey m_process;
    QString m_name;
    PrivilegedClient *m_client;
    QSlider *m_slider;
    QSpinBox *m_value;
    QLabel *m_immunity;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
};
