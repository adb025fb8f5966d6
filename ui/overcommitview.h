// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
struct SystemSnapshot;

// How much memory the kernel has promised programs (Committed_AS) against how much it would
// promise in strict mode (CommitLimit, recomputed here from its inputs and checked against the
// kernel's), and what vm.overcommit_memory makes of that limit.
class OvercommitView : public QWidget
{
    Q_OBJECT

public:
    explicit OvercommitView(QWidget *parent = nullptr);

    void applySystem(const SystemSnapshot &snapshot);

    QString modeText() const;
    QString limitText() const;
    QString headroomText() const;
    QProgressBar *gauge() const
    {
        return m_gauge;
    }

private:
    QLabel *m_mode;
    QProgressBar *m_gauge;
    QLabel *m_limit;
    QLabel *m_headroom;
};
