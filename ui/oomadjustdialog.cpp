// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "oomadjustdialog.h"

#include "viewsetup.h"

#include "format/byteformat.h"
#include "format/textescape.h"
#include "tuning/tuninglogmodel.h"
#include "tuning/tuningsession.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

OomAdjustDialog::OomAdjustDialog(const ProcessRecord &process, TuningSession *session, QWidget *parent)
    : QDialog(parent)
    , m_process(process.key)
    , m_name(process.name)
    , m_session(session)
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_value(new QSpinBox(this))
    , m_immunity(ViewSetup::paragraph(this, tr("Warning")))
    , m_result(ViewSetup::paragraph(this, tr("Result")))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close, this))
{
    setWindowTitle(tr("OOM score of %1 (%2)").arg(TextEscape::visible(process.name)).arg(process.key.pid));
    auto *intro = ViewSetup::paragraph(this);
    intro->setText(tr("When memory runs out, the kernel ends the process with the highest OOM score. <b>%1</b> (PID %2) has a score of "
                      "<b>%3</b> with an adjustment of <b>%4</b>. A negative adjustment protects it, a positive one offers it up first.")
                       .arg(TextEscape::visible(process.name).toHtmlEscaped())
                       .arg(process.key.pid)
                       .arg(process.oomScore.value ? QString::number(*process.oomScore.value) : ByteFormat::unavailable(),
                            process.oomScoreAdj.value ? QString::number(*process.oomScoreAdj.value) : ByteFormat::unavailable()));
    m_slider->setRange(-1000, 1000);
    m_slider->setTickInterval(250);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setAccessibleName(tr("OOM score adjustment"));
    m_value->setRange(-1000, 1000);
    m_value->setSingleStep(50);
    m_value->setAccessibleName(tr("OOM score adjustment value"));
    connect(m_slider, &QSlider::valueChanged, m_value, &QSpinBox::setValue);
    connect(m_value, &QSpinBox::valueChanged, m_slider, &QSlider::setValue);
    connect(m_value, &QSpinBox::valueChanged, this, &OomAdjustDialog::valueChanged);
    m_slider->setValue(int(process.oomScoreAdj.value.value_or(0)));
    valueChanged(m_slider->value());

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Never chosen"), this));
    row->addWidget(m_slider, 1);
    row->addWidget(new QLabel(tr("Chosen first"), this));
    row->addWidget(m_value);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(m_immunity);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &OomAdjustDialog::apply);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_session, &TuningSession::changed, this, &OomAdjustDialog::changed);
    resize(560, sizeHint().height());
}

void OomAdjustDialog::valueChanged(int value)
{
    m_immunity->setVisible(value == -1000);
    m_immunity->setText(
        tr("<b>−1000 makes the process immune:</b> however much memory it takes, the OOM killer ends other processes "
           "instead, and if nothing else is left the system can hang."));
}

bool OomAdjustDialog::immunityWarningShown() const
{
    return !m_immunity->isHidden();
}

void OomAdjustDialog::apply()
{
    const int value = m_slider->value();
    if (value == -1000
        && QMessageBox::warning(
               this,
               tr("Make %1 immune to the OOM killer?").arg(TextEscape::visible(m_name)),
               tr("With −1000 the kernel will never end %1 when memory runs out, even if it is what uses it all.").arg(TextEscape::visible(m_name)),
               QMessageBox::Yes | QMessageBox::Cancel,
               QMessageBox::Cancel)
            != QMessageBox::Yes) {
        return;
    }
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(false);
    m_change = m_session->setOomScoreAdj(m_process, m_name, value);
}

void OomAdjustDialog::changed(quint64 id)
{
    const TuningChange *change = id == m_change ? m_session->change(id) : nullptr;
    if (!change)
        return;
    using State = TuningChange::State;
    switch (change->state) {
    case State::Queued:
    case State::Asking:
        m_result->setText(TuningLogModel::stateText(*change, 0).toHtmlEscaped());
        return;
    case State::NotMade:
        m_result->setText(QStringLiteral("<b>%1</b>").arg(change->problem.toHtmlEscaped()));
        break;
    default:
        m_result->setText(tr("Done: %1; %2. The Tuning page lists it, to undo it.").arg(change->description.toHtmlEscaped(), change->result.toHtmlEscaped()));
        break;
    }
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(true);
    m_change.reset();
}

QString OomAdjustDialog::resultText() const
{
    return m_result->text();
}
