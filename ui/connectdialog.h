// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

// "Connect to host…": which machine to show in a new window, [user@]host[:port] as ssh takes it
// (names from ~/.ssh/config too), with the recent ones offered. What cannot be a host is said
// below the field as it is typed, and Connect waits until it can.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    // The address as typed, trimmed; valid once the dialog is accepted.
    QString host() const;

private:
    void check();

    QComboBox *m_host;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
