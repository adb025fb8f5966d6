// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFrame>

class QLabel;

// One headline figure of the overview: a caption, the value in large type, a line of context
// ("42 % of RAM"), and a tooltip saying in plain words what the figure is.
class HeadlineCard : public QFrame
{
    Q_OBJECT

public:
    HeadlineCard(const QString &caption, const QString &explanation, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail, const QString &exactValue = {});
    QString value() const;
    QString detail() const;

private:
    QLabel *m_value;
    QLabel *m_detail;
    QString m_explanation;
};
