// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "connectdialog.h"

#include "source/recenthosts.h"
#include "stream/remotehost.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to Host"));
    m_host->setEditable(true);
    m_host->setInsertPolicy(QComboBox::NoInsert);
    m_host->addItems(RecentHosts::load());
    m_host->setCurrentText(m_host->count() > 0 ? m_host->itemText(0) : QString());
    m_host->lineEdit()->setPlaceholderText(tr("user@host:port"));
    m_host->setMinimumContentsLength(28);
    m_host->setAccessibleName(tr("Host"));

    auto *explanation = new QLabel(tr("MemLens runs memlens-agent on that machine through your ssh: your ssh configuration, keys and agent "
                                      "are used, and a passphrase or a new host key is asked for in a dialog. The machine needs MemLens "
                                      "installed."),
                                   this);
    explanation->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setForegroundRole(QPalette::PlaceholderText);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(QString(), m_problem);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_host, &QComboBox::currentTextChanged, this, &ConnectDialog::check);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

QString ConnectDialog::host() const
{
    return m_host->currentText().trimmed();
}

void ConnectDialog::check()
{
    QString error;
    const bool empty = host().isEmpty();
    const bool valid = !empty && RemoteHost::parseAddress(host(), &error);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_problem->setText(empty || valid ? QString() : error);
}
