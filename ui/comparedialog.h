// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/momentcomparisonmodel.h"
#include "record/recordingtimeline.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTreeView;

// "Compare with…": the moment a recording's window shows against another one, chosen among the
// recording's bookmarks and moments before it: how available memory and swap moved, and per
// application what grew, shrank, appeared and ended (MomentComparisonModel).
class CompareDialog : public QDialog
{
    Q_OBJECT

public:
    CompareDialog(const QString &recording, const RecordingTimeline &timeline, qint64 shownMs, QWidget *parent = nullptr);

private:
    void compare();

    QString m_recording;
    qint64 m_shownMs;
    QComboBox *m_other;
    QLabel *m_summary;
    MomentComparisonModel *m_model;
    QTreeView *m_view;
};
