// SPDX-FileCopyrightText: 2026 MemLens contributors
//
// SPDX-License-Identifier: GPL-3.0-or-later

#include "overcommitview.h"

#include "viewsetup.h"

#include "format/byteformat.h"
#include "snapshot/overcommit.h"
#include "snapshot/systemsnapshot.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace
{
QString modeSentence(Overcommit::Mode mode)
{
    switch (mode) {
    case Overcommit::Mode::Heuristic:
        return OvercommitView::tr(
            "<b>Heuristic</b> (vm.overcommit_memory = 0, the default): the kernel refuses only an "
            "allocation that could never fit in RAM and swap together. It promises more than it has, "
            "betting that programs never touch all they ask for; if they do, the OOM killer settles it.");
    case Overcommit::Mode::Always:
        return OvercommitView::tr(
            "<b>Always</b> (vm.overcommit_memory = 1): every allocation is granted, however large. "
            "Nothing fails at allocation time; running out is left to the OOM killer.");
    case Overcommit::Mode::Strict:
        return OvercommitView::tr(
            "<b>Strict</b> (vm.overcommit_memory = 2): the kernel refuses an allocation once what it has "
            "promised would pass the commit limit. Programs get errors instead of the OOM killer.");
    }
    return {};
}
}

OvercommitView::OvercommitView(QWidget *parent)
    : QWidget(parent)
    , m_mode(ViewSetup::paragraph(this, tr("Overcommit mode")))
    , m_gauge(new QProgressBar(this))
    , m_limit(ViewSetup::paragraph(this, tr("Commit limit")))
    , m_headroom(ViewSetup::paragraph(this, tr("Room left to commit")))
{
    QLabel *intro = ViewSetup::paragraph(this);
    intro->setText(
        tr("When a program asks for memory, the kernel only promises it; RAM is taken when the program first touches it. "
           "<b>Committed_AS</b> adds up every promise still open: heaps, stacks, private mappings. The <b>commit limit</b> is how much "
           "the kernel would promise in strict mode."));
    m_gauge->setAccessibleName(tr("Memory committed against the commit limit"));
    m_gauge->setRange(0, 1000);
    m_gauge->setTextVisible(true);
    m_gauge->setMinimumHeight(28);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_mode);
    layout->addWidget(m_gauge);
    layout->addWidget(m_limit);
    layout->addWidget(m_headroom);
    layout->addStretch(1);
}

void OvercommitView::applySystem(const SystemSnapshot &snapshot)
{
    const Reading<Overcommit> overcommit = Overcommit::fromSnapshot(snapshot);
    if (!overcommit.value) {
        m_mode->setText(tr("Overcommit is unknown: %1.").arg(overcommit.unavailableReason.toHtmlEscaped()));
        m_gauge->setValue(0);
        m_gauge->setFormat(QStringLiteral("—"));
        m_limit->clear();
        m_headroom->clear();
        return;
    }
    const Overcommit &o = *overcommit.value;
    const QLocale locale;
    m_mode->setText(modeSentence(o.mode));

    if (o.committed && o.limit > 0) {
        const double share = double(*o.committed) / double(o.limit);
        m_gauge->setValue(int(std::min(share, 1.0) * 1000));
        m_gauge->setFormat(
            tr("%1 committed of a %2 limit (%3 %)").arg(ByteFormat::human(*o.committed), ByteFormat::human(o.limit), locale.toString(100 * share, 'f', 0)));
    } else {
        m_gauge->setValue(0);
        m_gauge->setFormat(tr("Committed_AS is not in /proc/meminfo"));
    }

    const qint64 swap = snapshot.meminfo.value->value("SwapTotal").value_or(0);
    const QString source = o.fromKbytes ? tr("vm.overcommit_kbytes plus all swap (%1)").arg(ByteFormat::human(swap))
                                        : tr("%1 % of the RAM outside huge page pools (vm.overcommit_ratio) plus all swap (%2)")
                                              .arg(locale.toString(snapshot.tunable("overcommit_ratio").value.value_or(0)), ByteFormat::human(swap));
    QString limit = tr("Commit limit <b>%1</b>: %2.").arg(ByteFormat::human(o.limit), source);
    if (!o.kernelLimit)
        limit += u' ' + tr("This kernel's meminfo has no CommitLimit to check it against.");
    else if (o.agreesWithKernel())
        limit += u' ' + tr("The kernel's CommitLimit agrees.");
    else
        limit += u' '
            + tr("<b>The kernel's CommitLimit says %1</b>: a setting changed between the reads, or this kernel computes it "
                 "differently.")
                  .arg(ByteFormat::human(*o.kernelLimit));
    if (o.mode != Overcommit::Mode::Strict)
        limit += u' ' + tr("Outside strict mode the limit refuses nothing; it measures how far promises run ahead of memory.");
    m_limit->setText(limit);

    const Reading<qint64> reserve = snapshot.tunable("admin_reserve_kbytes");
    if (o.mode != Overcommit::Mode::Strict) {
        m_headroom->clear();
        return;
    }
    if (!reserve.value || !o.committed) {
        const QString why = !reserve.value ? reserve.unavailableReason : tr("/proc/meminfo has no Committed_AS");
        m_headroom->setText(tr("How much more can be committed is unknown: %1.").arg(why.toHtmlEscaped()));
        return;
    }
    const qint64 reserveBytes = *reserve.value * 1024;
    const qint64 headroom = *o.headroom(reserveBytes);
    if (headroom > 0) {
        m_headroom->setText(tr("<b>%1</b> more can be committed before allocations start to fail; a large process fails somewhat "
                               "sooner, as the kernel holds back up to a 32nd of its size (at most vm.user_reserve_kbytes) for it to "
                               "recover. Root keeps %2 beyond that (vm.admin_reserve_kbytes), to be able to log in and repair.")
                                .arg(ByteFormat::human(headroom), ByteFormat::human(reserveBytes)));
    } else {
        m_headroom->setText(tr("<b>The limit is reached</b>: new allocations of ordinary users fail; only root may use its reserve of %1.")
                                .arg(ByteFormat::human(reserveBytes)));
    }
}

QString OvercommitView::modeText() const
{
    return m_mode->text();
}

QString OvercommitView::limitText() const
{
    return m_limit->text();
}

QString OvercommitView::headroomText() const
{
    return m_headroom->text();
}
