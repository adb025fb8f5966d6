// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "headlinecard.h"

#include <QLabel>
#include <QVBoxLayout>

HeadlineCard::HeadlineCard(const QString &caption, const QString &explanation, QWidget *parent)
    : QFrame(parent)
    , m_value(new QLabel(QStringLiteral("—"), this))
    , m_detail(new QLabel(this))
    , m_explanation(explanation)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(caption);
    setAccessibleDescription(explanation);
    setToolTip(explanation);
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(2);
    auto *captionLabel = new QLabel(caption, this);
    QFont small = captionLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    captionLabel->setFont(small);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont large = m_value->font();
    large.setPointSizeF(large.pointSizeF() * 1.6);
    large.setBold(true);
    m_value->setFont(large);
    m_detail->setFont(small);
    m_detail->setWordWrap(true);
    layout->addWidget(captionLabel);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch();
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void HeadlineCard::setValue(const QString &value, const QString &detail, const QString &exactValue)
{
    m_value->setText(value);
    m_detail->setText(detail);
    setToolTip(exactValue.isEmpty() ? m_explanation : QStringLiteral("%1<br><i>%2</i>").arg(m_explanation.toHtmlEscaped(), exactValue.toHtmlEscaped()));
}

QString HeadlineCard::value() const
{
    return m_value->text();
}

QString HeadlineCard::detail() const
{
    return m_detail->text();
}
