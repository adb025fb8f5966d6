// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "snapshot/processsnapshot.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QSlider;
class QSpinBox;
class TuningSession;

// Sets one process's oom_score_adj through the tuning session: −1000 (never chosen by the OOM
// killer) to 1000 (chosen first). The helper checks the pid still names this process (its start
// time); the dialog shows the oom_score the kernel computes after the write, and the change is
// listed on the Tuning page, where it can be undone.
class OomAdjustDialog : public QDialog
{
    Q_OBJECT

public:
    OomAdjustDialog(const ProcessRecord &process, TuningSession *session, QWidget *parent = nullptr);

    QSlider *slider() const
    {
        return m_slider;
    }
    QString resultText() const;
    bool immunityWarningShown() const;

private:
    void apply();
    void changed(quint64 id);
    void valueChanged(int value);

    ProcessKey m_process;
    QString m_name;
    TuningSession *m_session;
    std::optional<quint64> m_change;
    QSlider *m_slider;
    QSpinBox *m_value;
    QLabel *m_immunity;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
};
