// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLabel>

// One line of text that never takes more room than the layout gives it: cut with an ellipsis
// to its width, the whole text in the tooltip. For text of any length from outside, such as a
// compiler's command line of several KiB, which a word-wrapped label lets push every figure
// below it off the panel.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    // The text to show; plain text, never markup.
    void setFullText(const QString &text);

    // As narrow as the layout wants: the text gives way, not the figures beside it.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
};
