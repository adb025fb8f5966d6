// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

// A kernel PSI trigger (Documentation/accounting/psi.rst): the kernel wakes us when tasks have
// stalled on memory for stallMs within a window, so nothing polls while all is well. Opened on
// /proc/pressure/memory or a cgroup v2 memory.pressure. Since Linux 6.5 an unprivileged process
// may set one only with a window in whole multiples of 2 s; before that only root may. Where the
// kernel refuses, unavailableReason() says why and the watcher reads the averages instead.
class PressureTrigger : public QObject
{
    Q_OBJECT

public:
    static constexpr int windowMs = 2000;

    PressureTrigger(const QString &path, int stallMs, QObject *parent = nullptr);
    ~PressureTrigger() override;

    QString path() const
    {
        return m_path;
    }
    // Empty while the trigger is set.
    QString unavailableReason() const
    {
        return m_unavailableReason;
    }

Q_SIGNALS:
    // Tasks stalled on memory for stallMs within the last window. At most once a window.
    void fired();

private:
    QString m_path;
    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QString m_unavailableReason;
};
