// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "aboutdialog.h"

#include "viewsetup.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace
{
constexpr char homepage[] = "https://github.com/memlens/memlens";
constexpr char issues[] = "https://github.com/memlens/memlens/issues";
constexpr char license[] = "https://www.gnu.org/licenses/gpl-3.0.html";
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About MemLens"));
    auto *icon = new QLabel(this);
    icon->setPixmap(
        QIcon::fromTheme(QStringLiteral("io.github.memlens.MemLens"), QIcon(QStringLiteral(":/icons/io.github.memlens.MemLens.svg"))).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto *text = ViewSetup::paragraph(this, tr("About MemLens"));
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    const QString version = QApplication::applicationVersion();
    text->setText(tr("<h2>MemLens %1</h2>"
                     "<p>Where memory goes on Linux: the system, every process and mapping, and the kernel; and the few settings that change "
                     "it, tried safely.</p>"
                     "<p>Free software under the <a href=\"%2\">GNU General Public License, version 3 or later</a>: you may use, study, "
                     "share and change it. Its documentation, icons and screenshots are under CC-BY-SA-4.0, its metadata and captured "
                     "test data under CC0-1.0.</p>"
                     "<p><a href=\"%3\">Source code and documentation</a> · <a href=\"%4\">Report a problem</a></p>"
                     "<p>Built with Qt %5 (running on Qt %6).</p>")
                      .arg(version.toHtmlEscaped(),
                           QLatin1StringView(license),
                           QLatin1StringView(homepage),
                           QLatin1StringView(issues),
                           QStringLiteral(QT_VERSION_STR),
                           QString::fromLatin1(qVersion())));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}
